// How a figure found in a sentence becomes a Mention.

package extract

import (
	"math"
	"strings"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
)

// mention writes into m the mention of the figure q of sentence si, after
// the document's mentions prev.
func (d *docState) mention(r *recogniser, si int, qs []quantity, q *quantity, ps []period, prev []model.Mention, m *model.Mention) {
	lx := d.x.lx
	s := d.sents[si]
	// "net migration of Britons at minus 77,000": a negative level (not
	// "plus or minus 34,000": a margin; nor "829,000 arrivals minus
	// 662,000 departures": a sum, one figure taken from another)
	minus := q.unit != "percent" && !q.ratio && (r.word(q.ts-1) == "minus" && !(r.word(q.ts-2) == "or" && r.word(q.ts-3) == "plus") && !r.subtraction(q.ts-1) || r.word(q.ts-1) == "negative") && q.ts == q.vs
	if minus {
		q.ts--
	}
	// (the words beside the figure, read by rule after rule below: mention
	// is too big for Go to inline word into it, and each read was a call)
	wb, wa := r.word(q.ts-1), r.word(q.te)
	*m = model.Mention{
		Start:     int(d.toks[q.ts].s),
		End:       int(d.toks[q.te-1].e),
		Quote:     d.slice(q.ts, q.te),
		Sentence:  d.slice(s.a, s.b),
		ValueText: d.slice(q.vs, q.ve),
		Qualifier: q.qualifier,
		Extractor: Version,
	}
	unit := q.unit
	// "-36" under "Change 2024-25 to 2025-26 (%)": a column of percentages,
	// whatever the table's title says of its sums
	pctCell := q.unit == "" && d.plainDigits(q) && d.percentColumn(q)
	if pctCell {
		unit = "percent"
	}
	// (the rules down to the fertility rate read a figure that has no unit
	// yet; one that has ("£4m", "700 people") skips them at one test, and
	// their code stays out of the instruction cache. Each keeps its own
	// test: a rule before it may have given the figure its unit.)
	if unit == "" {
		if unit == "" && d.rowBar >= 0 && d.plainDigits(q) && d.rateColumn(q) {
			unit = "other" // "35.0" under "Per 10,000 residents"
		}
		if unit == "" && d.scaleUnit != "" && d.plainDigits(q) {
			unit = d.scaleUnit // "4.19" under "Table 1. Asylum spending, £ billion"
		}
		// "Of the 63 families, 41 came through ARAP": a part of the whole
		// the sentence opens with counts what the whole counts
		if unit == "" && r.ofWholeOpener(q.ts) {
			if u := r.wholeUnit(q.ts); u == "other" || u == "boats" {
				unit = u
			}
		}
		if unit == "" && fateWord(wa) {
			unit = "persons" // "two missing after dinghy sinks": people
		}
		if unit == "" && q.hasValue && q.value == 1 {
			unit = singularCounts[wa] // "just one hotel"
		}
		if unit == "" && r.perBase(q.te) {
			unit = "other" // "1.5 claims per 1,000 residents": a rate, not a count
		}
		if unit == "" && wa == "of" && r.partsOf(q.te+1) {
			unit = "other" // "Nine of the 11 council areas": council areas
		}
		if unit == "" && wa == "of" && r.word(q.te+1) == "the" && r.isNum(q.te+2) {
			// "Eleven of the 14 hotels", "and 41 of the 196 hotels": what the
			// whole counts, when the part opens its clause (not "EU nationals
			// held 51,300 of the 823,400 jobs": people)
			switch w := wb; {
			case r.is(q.te+3, fTimeNoun) && r.word(q.te+3) != "year" && r.word(q.te+3) != "years" && q.hasValue && r.partOf(q.value, q.te+2):
				unit = "other" // "crossings on 48 of the 92 days": days, wherever it stands
			case q.ts == r.lo, w == "and", w == "but", w == "that", w == "while", r.punct(q.ts-1) == ",":
				unit = r.nounUnit(q.te + 3)
			}
		}
		if unit == "" {
			unit = r.nounUnit(q.te)
			// "22 – small boats": a line of a "by numbers" panel, the figure
			// and then what it counts
			if p := r.punct(q.te); unit == "" && q.ts == r.lo && (p == "–" || p == "—" || p == "-" && r.toks[q.te].space) {
				unit = r.nounUnit(q.te + 1)
			}
		}
		// "the number of small boats rose by 17": the noun counted
		if unit == "" && !q.ratio && d.hasNumberOf(s) {
			if unit = r.numberOf(q.ts); unit == sameCount {
				unit = ""
				for k := len(prev) - 1; k >= 0 && d.msent[k] >= si-1; k-- {
					// (not the boats they came in: "412 people reached the UK
					// in nine boats, bringing the number to 29,870")
					if prev[k].Unit == "boats" && d.wordBefore(prev[k].Start) == "in" {
						continue
					}
					if prev[k].Statistic == "level" && (unitBit(prev[k].Unit)&countBits != 0 || prev[k].Unit == "other") {
						unit = prev[k].Unit
						break
					}
				}
			}
		}
		// "rose from 20 to 30 per cent": the figure a percentage rose from is
		// one too
		if unit == "" && wa == "to" && (wb == "from" || r.word(q.ts-2) == "from" && r.is(q.ts-1, fQualifier)) {
			for k := range qs {
				if qs[k].ts == q.te+1 && qs[k].unit == "percent" {
					unit, q.unit = "percent", "percent" // (and its statistic reads it as one)
				}
			}
		}
		// "from more than 400 hotels at its peak to 176": the level a count
		// reached counts what the count it started from counted
		if f := r.fromBefore(q); unit == "" && f >= 0 {
			if n := len(prev); n > 0 && prev[n-1].Start >= int(d.toks[f].e) && prev[n-1].Unit != "percent" {
				unit = prev[n-1].Unit
			}
		}
		// "612 asylum seekers, down a third on the 918 of June 2025", "23,700
		// people, more than a fifth fewer than the 30,200 of a year earlier":
		// the bare figure a change is measured against counts what the figure
		// that changed counts (not what the sentence's first count counts, as
		// below: "three hotels were housing 612 asylum seekers"; nor the
		// things they were in: "31,470 people have crossed in 476 boats, 8%
		// more than the 29,140"; "the 19,030 who came over" are people)
		if n := len(prev); unit == "" && !q.ratio && n > 1 && d.msent[n-1] == si && prev[n-1].Unit == "percent" &&
			prev[n-1].Statistic == "percent_change" && wa != "who" && d.againstChange(r, q, prev[n-1].End) {
			for k := n - 2; k >= 0 && d.msent[k] == si; k-- {
				if prev[k].Unit != "percent" && d.wordBefore(prev[k].Start) != "in" {
					if prev[k].Statistic == "level" {
						unit = prev[k].Unit
					}
					break
				}
			}
		}
		// "2,310 refugee households, double the 1,150 of 2023/24", "four times
		// as many as the 880 housed that way": the base of a comparison counts
		// what the sentence's first count counts (or the sentence before's:
		// "That was up 38 per cent on the 10,050"), but "the 19,982 who
		// landed" are people
		if unit == "" && r.comparisonBase(q.ts) && wa != "who" {
			first, in := -1, -1
			for k := len(prev) - 1; k >= 0 && d.msent[k] >= si-1; k-- {
				if in >= 0 && d.msent[k] != in {
					break
				}
				if prev[k].Statistic == "level" && unitBit(prev[k].Unit)&(countBits|unitBit("other")) != 0 {
					first, in = k, d.msent[k]
				}
			}
			if first >= 0 && prev[first].Unit != "persons" {
				unit = prev[first].Unit
			}
		}
		// "1.5 million new homes in England, or 300,000 a year": a figure
		// restated counts what the one before it counts
		if unit == "" && wb == "or" && r.punct(q.ts-2) == "," && !r.perBoat(q.te) {
			unit = d.thingCountBefore(prev, si)
		}
		// "Ministers promised to close those hotels. 164 of them are still
		// open": a part counts what the noun the sentence before counts; "2,260
		// households in temporary accommodation, 310 of them in hotels": or
		// what the count before it in its own sentence counts, if not people
		if unit == "" && wa == "of" && r.word(q.te+1) == "them" {
			// ("24,310 asylum seekers were living in 168 hotels, 22,480 of
			// them in England": a part is no larger than its whole, so the
			// whole is an earlier count of the sentence)
			if n := len(prev); n > 1 && q.hasValue && d.msent[n-1] == si && prev[n-1].Value != nil && *prev[n-1].Value < q.value {
				for k := n - 2; k >= 0 && d.msent[k] == si; k-- {
					if v := prev[k].Value; prev[k].Statistic == "level" && prev[k].Unit != "percent" && v != nil && *v >= q.value {
						unit = prev[k].Unit
						break
					}
				}
			}
		}
		if unit == "" && wa == "of" && r.word(q.te+1) == "them" {
			switch n, u := len(prev), d.thingCountBefore(prev, si); {
			case u != "":
				unit = u
			case si == 0 || d.unitNounBefore(r, q.ts):
			case n > 0 && d.msent[n-1] == si-1:
				// (the sentence's last count, not a percentage: "3,140 were
				// in dispersed housing, up 12%. Plymouth accounted for 648 of
				// them")
				// (nor one smaller than the part: "57 for every 10,000
				// residents, … About 210 of them were living in hotels")
				unit = ""
				for k := n - 1; k >= 0 && d.msent[k] == si-1; k-- {
					if v := prev[k].Value; prev[k].Unit != "percent" && (v == nil || !q.hasValue || *v >= q.value) {
						unit = prev[k].Unit
						break
					}
				}
			case n == 0 || d.msent[n-1] < si-1:
				unit = d.unitBefore(si)
			}
		}
		// "one of 13 still in use", "eight remain open": things, not people
		if unit == "" && r.inUseAfter(q.te) {
			unit = "other"
		}
		// "gone from nine hotels to six": what the count it went from counts
		if k := q.ts - 3; unit == "" && wb == "to" && r.word(k-1) == "from" && (r.isNum(k) || r.is(k, fUnitWord|fTens)) {
			if u := r.nounUnit(k + 1); u == "other" || u == "boats" {
				unit = u
			}
		}
		// "Hotels in use | 215 | 180": a table's row counts what its label
		// names, in every cell (not "All nationalities | 831,000": a label
		// that does not open with the noun names a group)
		if unit == "" && r.punct(q.ts-1) == "|" {
			if n := len(prev); n > 0 && d.msent[n-1] == si {
				if prev[n-1].Unit != "percent" {
					unit = prev[n-1].Unit
				}
			} else if u, ok := lookup(r, r.lo, fUnitNoun, unitNouns); ok && (u == "other" || u == "boats") {
				unit = u
			}
		}
	}
	// "1.41 children per woman": a fertility rate counts no one
	if w := r.word(q.te + 1); wa == "children" && (w == "per" && r.word(q.te+2) == "woman" || w == "each") {
		unit = "other"
	}
	// (and so do these, to the sums in the hundreds of millions)
	if unit == "" {
		// "Hotels in use dropped to 158", "Boats crossing on Sunday rose to
		// 19": the first figure of a sentence that opens by naming what it
		// counts
		// ("Calls to its helpline doubled last year, to 6,240": after a
		// multiple, which counts nothing)
		if unit == "" && subjectVerb[wb] && d.firstCount(si, prev) {
			if u := r.subjectUnit(q.ts); u == "other" || u == "boats" || u == "persons" {
				unit = u
			}
		}
		// "the fact that hotels in use have fallen to 210": the subject of the
		// clause the figure ends, when it names a count of things
		if unit == "" && wb == "to" {
			if u := r.clauseSubjectUnit(q.ts - 1); u == "other" || u == "boats" {
				unit = u
			}
		}
		// "Boats: 83", "Days with crossings: 13": a figure after a label's
		// colon counts what the label names
		if unit == "" && d.sentLabel >= 0 && d.sentLabel == q.ts-1 {
			unit = d.labelUnit(s.a, d.sentLabel)
		}
		// "12 sites, including two in Kent": a part counts what the whole
		// before it counts
		// ("2,614 self-harm incidents last year, of which 417 needed
		// treatment")
		if unit == "" && (wb == "including" || wb == "which" && r.word(q.ts-2) == "of") {
			if n := len(prev); n > 0 && prev[n-1].Start >= int(d.toks[s.a].s) && prev[n-1].Unit != "percent" {
				unit = prev[n-1].Unit
			}
		}
		// "The median age in Wales is 42.9": an age is in years
		if unit == "" && d.scale == 1 && r.averageAgeBefore(q.ts) {
			unit = "years"
		}
		// "The UK received 1.5 claims per 1,000 residents. France received
		// 2.2": a bare decimal counts no one (but an average may: "Average per
		// boat: 61.7"); it is a figure of the kind just given (a rate, a
		// percentage) with its noun left out (the base of a comparison, "down
		// from 3.4", is left to the rules of comparisons below)
		// ("fell from 1.41 to 1.38": the first of a pair of bare decimals
		// too)
		if unit == "" && d.scale == 1 && d.plainDigits(q) && strings.IndexByte(m.ValueText, '.') >= 0 && r.nounUnit(q.te) == "" && (!r.comparedWith(q.ts) || wb == "from" && wa == "to" && r.isNum(q.te+1) && strings.IndexByte(r.text(q.te+1), '.') >= 0) && !r.isAverage(q) {
			unit = "other"
			// ("the median age has reached 43.1 years, against 40.9": the
			// last level before it, if it counts no one)
			for k := len(prev) - 1; k >= 0 && d.msent[k] >= si-1; k-- {
				if prev[k].Statistic == "level" {
					if unitBit(prev[k].Unit)&countBits == 0 {
						unit = prev[k].Unit
					}
					break
				}
			}
		}
		if unit == "" && d.backToWords(si, prev) {
			unit = d.unitBefore(si) // "… boats per year. The count fell from 1,110"
		}
		// "£280m paid to Kigali as well as tens of millions spent on flights":
		// a large figure with no unit of its own in a sentence about money
		if unit == "" && (q.vague && q.high >= 1e7 || q.hasValue && q.value >= 1e6) {
			if n := len(prev); n > 0 && prev[n-1].Start >= int(d.toks[s.a].s) {
				switch prev[n-1].Unit {
				case "GBP", "EUR", "USD":
					unit = prev[n-1].Unit
				}
			}
		}
		// "the bill could have run into the billions", "costing the taxpayer
		// millions"; "paid £290m, not half a billion": no count of people in
		// this country's migration reaches a hundred million
		if unit == "" && (q.vague && q.high >= 1e6 || q.hasValue && q.value >= 1e8) && d.aboutMoney(si) {
			unit = "GBP"
		}
		// "Firms have made hundreds of millions": however the sentence speaks
		// of it, a sum in the hundreds of millions that counts nothing named
		if unit == "" && q.vague && q.low >= 1e8 {
			unit = "GBP"
		}
	}
	// "129 asylum seekers for every 10,000 residents", "41 refugees per
	// 1,000 people": people counted against a number of others are a rate
	if unit == "persons" && !q.oneIn && !q.fraction && r.peoplePerNumber(q.te) {
		unit = "other"
	}
	q.perPeriod = r.rate(lx, q.te)
	// "rose from 500 to 700 a week", "from £5m to £8m a day": the rate
	// after the figure reached is the one it rose from's too
	if q.perPeriod == "" && wb == "from" && wa == "to" {
		for k := range qs {
			if qs[k].ts == q.te+1 {
				q.perPeriod = r.rate(lx, qs[k].te)
			}
		}
	}
	stat, sign := r.statistic(q)
	if minus {
		sign = -sign
	}
	// "growing, but at about 0.4% a year": a rate of growth
	if stat == "share" && unit == "percent" && q.perPeriod != "" && wb == "at" && r.growthBefore(q.ts) {
		stat = "change"
	}
	// "2025: 61" under "People per boat, by year": an average
	if d.scaleAvg && stat == "level" && d.plainDigits(q) {
		stat = "average"
	}
	// "compared with 764,000", "up from 41": the base of a comparison is the
	// same kind of figure as the one compared with it
	s0 := int(d.toks[s.a].s)
	// ("151 hotels are in use. That is down from 210": the sentence
	// before, when this one opens by referring back to it)
	if n := len(prev); n > 0 && prev[n-1].Start < s0 && unit == "" && prev[n-1].Unit != "persons" && prev[n-1].Unit != "percent" && d.msent[n-1] == si-1 && r.comparedWith(q.ts) && d.pronounOpens(si) {
		unit = prev[n-1].Unit
	}
	// "a deficit of £64.7m, and seven of the nine expect another": a part
	// of a whole that names no currency counts things, not money
	if n := len(prev); unit == "" && n > 0 && prev[n-1].Start >= s0 && wa == "of" && r.word(q.te+1) == "the" && (r.isNum(q.te+2) || r.is(q.te+2, fNumWord)) {
		switch prev[n-1].Unit {
		case "GBP", "EUR", "USD":
			unit = "other"
		}
	}
	if n := len(prev); n > 0 && prev[n-1].Start >= s0 && prev[n-1].Statistic != "ratio" && (r.comparedWith(q.ts) || d.coordinated(q.ts, prev[n-1])) {
		p := prev[n-1]
		// "1,240 people were living in nine hotels, down from 2,310": the
		// base goes with the count of people, not with where they were
		// ("… compared with 28,900 in 161": and the second count of a
		// pair with the second)
		switch {
		case n > 1 && d.whereCount(&p) && prev[n-2].Start >= s0 && prev[n-2].Unit == "persons":
			p = prev[n-2]
		case n > 1 && p.Unit == "persons" && wb == "in" && prev[n-2].Start >= s0 && prev[n-2].Unit == "other" && d.wordBefore(prev[n-2].Start) == "in":
			p = prev[n-2]
		}
		// "840 arriving on Saturday in 14 boats and 722 following on
		// Sunday": of the counts before it in the sentence, the one its
		// size is nearest
		if unit == "" && q.hasValue && q.value > 0 && p.Unit == "boats" && !r.comparedWith(q.ts) {
			best := math.Inf(1)
			for k := n - 1; k >= 0 && prev[k].Start >= s0; k-- {
				if v := prev[k].Value; v != nil && *v > 0 && (prev[k].Unit == "persons" || prev[k].Unit == "boats") {
					if dd := math.Abs(math.Log10(q.value / *v)); dd < best {
						best, p = dd, prev[k]
					}
				}
			}
		}
		// "25% more than 2023's 29,437": the base of a percentage is a count
		// (and "about one in five, and 21 have still not been identified":
		// a count that has a verb of its own after a share counts people;
		// "in 402 boats and 53 a boat": people per boat)
		// (but "from 14 to 19 a day" after a percentage: a pair whose
		// second says what both are)
		// ("one new home for every 3.4 residents, against an average
		// household of about 2.4": a share read from words is no
		// percentage the figure after it is written in)
		if unit == "" && !(p.Unit == "boats" && r.perBoat(q.te)) && (p.Unit != "percent" || !q.hasValue || q.value <= 100) && !(p.Unit == "percent" && oneInText(p.ValueText)) && !(p.Unit == "percent" && q.unit == "" && wb == "and" && shareVerb(wa)) &&
			!(p.Unit == "percent" && wb == "from" && wa == "to") {
			unit = p.Unit
		}
		// (not "up 32%, and 86% of these came on small boats", "rose 4%,
		// and 45% were paid late": a share)
		if (stat == "level" || stat == "share") && !(stat == "share" && (wa == "of" || shareVerb(wa))) {
			switch ps := p.Statistic; ps {
			case "average", "share", "level", "percent_change":
				if p.Unit == unit || unit == "" && p.Unit != "percent" {
					stat = p.Statistic
				}
			}
		}
	}
	// "Scotland recorded 9,900 more deaths than births and Wales 5,200",
	// "England had a net loss of 14,500 and Northern Ireland 1,100": a
	// place with no verb of its own after "and" repeats the figure before,
	// its sign too
	if n := len(prev); n > 0 && q.hasValue && prev[n-1].Start >= s0 && prev[n-1].Value != nil && *prev[n-1].Value < 0 && prev[n-1].Unit != "percent" &&
		(unit == "" || unit == prev[n-1].Unit) && (prev[n-1].Statistic == "level" || prev[n-1].Statistic == "change") && d.gappedPlace(q) {
		stat, sign = prev[n-1].Statistic, -1
	}
	// "net outflows of 62,000 and 56,000 respectively": the second of two
	// figures joined by "and" is a loss as the first is
	if n := len(prev); n > 0 && q.hasValue && prev[n-1].Start >= s0 && prev[n-1].Value != nil && *prev[n-1].Value < 0 && prev[n-1].Statistic == "level" && prev[n-1].Unit != "percent" &&
		(unit == "" || unit == prev[n-1].Unit) && wb == "and" && q.ts >= 2 && int(d.toks[q.ts-2].e) == prev[n-1].End {
		sign = -1
	}
	// "a net loss of 105,000, nearly four times the 27,000 recorded in
	// 2019": the base of a ratio is a figure of the kind compared with it,
	// a loss too
	if n := len(prev); n > 1 && q.hasValue && prev[n-1].Statistic == "ratio" && prev[n-2].Start >= s0 && prev[n-2].Statistic == "level" && prev[n-2].Value != nil && *prev[n-2].Value < 0 &&
		(unit == "" || unit == prev[n-2].Unit) && d.ratioBaseAfter(r, q.ts, prev[n-1].End) {
		sign = -1
	}
	// "an average of 68 people, more than twice the 28 of 2021": the base
	// of a ratio of an average count is an average count too, of the same
	// measure
	ratioBase := -1
	if n := len(prev); n > 1 && q.hasValue && stat == "level" && prev[n-1].Statistic == "ratio" && prev[n-2].Start >= s0 && prev[n-2].Statistic == "average" && prev[n-2].Unit == "persons" &&
		(unit == "" || unit == prev[n-2].Unit) && d.ratioBaseAfter(r, q.ts, prev[n-1].End) {
		stat, ratioBase = prev[n-2].Statistic, n-2
	}
	// "77 for every 10,000 residents, nearly five times the UK average of
	// 16": the base of a ratio counts what the figure compared counts,
	// when it names nothing of its own
	if n := len(prev); n > 1 && q.hasValue && (unit == "" || unit == "persons") && prev[n-1].Statistic == "ratio" && prev[n-2].Start >= s0 && prev[n-2].Unit == "other" && prev[n-2].Statistic == "level" &&
		r.nounUnit(q.te) == "" && d.justAfter(q.ts, prev[n-1].End, 5) {
		unit = prev[n-2].Unit
	}
	// "a fall of 68,000, or 30%", "rose by 17 (2%)": the same change as a
	// percentage, with its sign
	// ("The increase of 1,720, or 1.8%": a level of a change measure is a
	// change too)
	if n := len(prev); n > 0 && unit == "percent" && (prev[n-1].Statistic == "change" || prev[n-1].Statistic == "level" && d.changeMeasure(prev[n-1].Measure)) && prev[n-1].Unit != "percent" && prev[n-1].Value != nil &&
		(prev[n-1].Start >= s0 && wb == "or" && d.coordinated(q.ts, prev[n-1]) || d.restates(q, unit, prev) ||
			// "cut by 86,000, almost exactly a fifth, to 345,000"
			prev[n-1].Statistic == "change" && q.fraction && q.ts >= 1 && d.toks[q.ts-1].low == "," && int(d.toks[q.ts-2].e) == prev[n-1].End) {
		stat, sign = "change", math.Copysign(1, *prev[n-1].Value)
	}
	// "a drop of 69%, or more than two-thirds": the same change again, as
	// a fraction (not "up 12%, or one in eight were children": a share)
	if n := len(prev); n > 0 && unit == "percent" && q.fraction && !q.oneIn && stat != "percent_change" && prev[n-1].Statistic == "percent_change" && prev[n-1].Start >= s0 && prev[n-1].Value != nil &&
		wb == "or" && r.punct(q.ts-2) == "," && int(d.toks[q.ts-2].s) == prev[n-1].End {
		stat, sign = "percent_change", math.Copysign(1, *prev[n-1].Value)
	}
	// "a fall of 69%, not 80%", "up by 12,000, not 20,000 as claimed": the
	// figure a correction puts right, of its kind and sign
	if n := len(prev); n > 0 && wb == "not" && r.punct(q.ts-2) == "," && int(d.toks[q.ts-2].s) == prev[n-1].End && prev[n-1].Value != nil &&
		(prev[n-1].Statistic == "percent_change" || prev[n-1].Statistic == "change") && (unit == prev[n-1].Unit || unit == "" && prev[n-1].Unit != "percent") {
		stat, sign = prev[n-1].Statistic, math.Copysign(1, *prev[n-1].Value)
	}
	// "Cardiff grew 1.1% to 383,600 and Wrexham 0.9%", "faster than
	// Northern Ireland, at 0.3 per cent", "outpacing Scotland's 0.5%": a
	// place's own percentage after a change in percent, the same kind of
	// figure
	if unit == "percent" && stat == "share" && !q.fraction && !q.oneIn && d.parallelPercent(r, q) {
		for k := len(prev) - 1; k >= 0 && prev[k].Start >= s0; k-- {
			if prev[k].Unit == "percent" {
				if prev[k].Statistic == "percent_change" && prev[k].Value != nil {
					stat, sign = "percent_change", math.Copysign(1, *prev[k].Value)
				}
				break
			}
		}
	}
	// "down by almost three-quarters (74%)": a percentage restating a
	// change given as a fraction
	if n := len(prev); n > 0 && unit == "percent" && prev[n-1].Statistic == "percent_change" && prev[n-1].Value != nil && d.restates(q, unit, prev) {
		stat, sign = "change", math.Copysign(1, *prev[n-1].Value)
	}
	// "… carrying an average of 57 people each. Last year the figure was
	// 53": the figure goes on with the one before, an average too
	if n := len(prev); n > 0 && stat == "level" && prev[n-1].Statistic == "average" && d.msent[n-1] >= si-1 && (unit == "" || unit == prev[n-1].Unit) {
		k := q.ts - 1
		switch r.word(k) {
		case "at", "just", "only":
			k-- // ("the figure was just 28")
		}
		// (and "In 2023 the average was 49, and in 2022 it was 41")
		if w := r.word(k); (w == "was" || w == "is" || w == "stood") && (r.word(k-1) == "figure" || r.word(k-1) == "it" && d.msent[n-1] == si) {
			stat = "average"
		}
		// "rising from 28 people each in 2021 to 53 in 2024 and 62 last
		// year": the later points of a series of averages
		// (of a size with it: not "takes the running total to 34,948")
		// (", 49 in 2023 and 53 in 2024")
		if w := wb; (w == "to" || w == "and" || w == "" && r.punct(q.ts-1) == "," && r.word(q.te) == "in" && r.yearToken(q.te+1)) && d.msent[n-1] == si && q.unit == "" && !r.is(q.te, fUnitNoun) && r.boatsBefore(q.ts) &&
			q.hasValue && prev[n-1].Value != nil && q.value <= 3**prev[n-1].Value && 3*q.value >= *prev[n-1].Value {
			stat = "average"
		}
	}
	// "21 people on asylum support for every 10,000 residents, a little
	// above the England average of about 17": the average a rate is set
	// against is a rate too
	if n := len(prev); n > 0 && (unit == "" || unit == "persons") && q.unit == "" && wb == "of" && (r.word(q.ts-2) == "average" || r.word(q.ts-2) == "rate") &&
		prev[n-1].Start >= s0 && prev[n-1].Unit == "other" && prev[n-1].Statistic == "level" && r.nounUnit(q.te) == "" && (d.rateAfter(prev[n-1].End) || r.peoplePerNumber(d.tokenAt(prev[n-1].End))) {
		unit = "other"
	}
	// "Redcar had the highest rate, at 58 per 10,000, followed by
	// Darlington on 39": a place's bare figure after one that counts no
	// one counts what it counts
	if n := len(prev); n > 0 && (unit == "" || unit == "persons") && q.unit == "" && prev[n-1].Start >= s0 && prev[n-1].Unit == "other" && prev[n-1].Statistic == "level" &&
		(wb == "at" || wb == "on") && q.ts-2 >= r.lo && r.toks[q.ts-2].upper && !r.lineStart(q.ts-2) && r.nounUnit(q.te) == "" &&
		allOther(prev, s0) {
		// (not "Bradford housed 1,690, or 30 per 10,000, followed by
		// Sheffield on 1,420 (25)": a list of counts, each with its rate)
		unit = prev[n-1].Unit
	}
	// "Midlothian saw the fastest growth, at 1.7%, followed by East Lothian
	// (1.2%)": a percentage in brackets after a name, in a sentence whose
	// percentage came before, is another of the same
	// (or after "at" or "on": "followed by Tower Hamlets at 1.7%", "ahead
	// of Aberdeen City on 0.9%")
	// (or the next of a list: "grew by 1.2%, against 0.9% in Wales, 0.8%
	// in Scotland and 0.5% in Northern Ireland")
	listed := -1
	if n := len(prev); n > 0 && unit == "percent" && q.signed == 0 && prev[n-1].Start >= s0 && prev[n-1].Unit == "percent" && (r.punct(q.ts-1) == "(" && r.punct(q.te) == ")" && r.word(q.ts-2) != "" && !d.restates(q, unit, prev) || (wb == "at" || wb == "on" || wb == "with") && q.ts-2 >= r.lo && r.toks[q.ts-2].upper ||
		prev[n-1].Statistic == "percent_change" && d.nextInPlaceList(r, q, prev[n-1])) {
		listed = n - 1
		stat, sign = prev[n-1].Statistic, 1
		if prev[n-1].Value != nil && *prev[n-1].Value < 0 {
			sign = -1
		}
	}
	// "EU citizens had negative net migration of about 117,000, and British
	// citizens of about 80,000": negative levels
	if stat == "level" && wb == "of" && unit != "percent" {
		// "negative" a few words before "of" ("negative net migration of"),
		// or earlier in the sentence when the figure before it was made
		// negative so ("…, and British citizens of about 80,000")
		n := len(prev)
		elided := n > 0 && prev[n-1].Start >= s0 && prev[n-1].Statistic == "level" && prev[n-1].Value != nil && *prev[n-1].Value < 0
		// ("the largest net outflow to the rest of the UK, of 84,200": the
		// phrase may stand a clause before, over a comma)
		comma, reach := r.punct(q.ts-2) == ",", 5
		if comma {
			reach = 10
		}
		for k := q.ts - 2; k >= r.lo && (elided || k >= q.ts-reach); k-- {
			if r.word(k) == "negative" || (r.word(k) == "outflow" || r.word(k) == "outflows") && r.word(k-1) == "net" {
				sign = -1 // ("a net outflow of 107,000 Britons")
				break
			}
			if !elided && r.toks[k].kind != tWord && !(k == q.ts-2 && comma) {
				break
			}
		}
	}
	// "the net outflow of British nationals was 139,000", "net emigration
	// of Britons reached 92,000": a net outflow that the clause is about
	// is net migration below zero (signed once the measure is known)
	netOut := stat == "level" && sign > 0 && q.signed == 0 && (unit == "" || unit == "persons") && r.netOutflowSubject(q.ts)
	// "712 small boats were detected, 2% more than in 2024 (695)": the base
	// in brackets is the kind of figure the sentence began with
	base := -1
	// (a figure that has a unit, or is a ratio, skips the rules down to the
	// elided noun at one test; each keeps its own)
	elided := -1
	if unit == "" && !q.ratio {
		// "Hotels in use: 148 (217 a year earlier)": a bare figure that opens
		// the brackets just after a count counts what that count counts
		if n := len(prev); unit == "" && !q.ratio && n > 0 && d.paren[q.ts] != 0 && q.ts-2 >= s.a && r.punct(q.ts-1) == "(" &&
			prev[n-1].End == int(d.toks[q.ts-2].e) && prev[n-1].Statistic == "level" && prev[n-1].Unit != "percent" {
			unit = prev[n-1].Unit
			// ("6,510 people in the system (12 per 10,000), Wales 3,480
			// (11)": a rate, as brackets before in the list held)
			for k := n - 2; k >= 0 && prev[k].Start >= s0; k-- {
				if j := d.tokenAt(prev[k].Start); d.paren[j] != 0 && d.toks[j-1].low == "(" {
					if e := d.tokenAt(prev[k].End); prev[k].Unit == "other" && d.toks[e].low == "per" {
						unit = "other"
						break
					}
				}
			}
		}
		if unit == "" && !q.ratio && d.paren[q.ts] != 0 {
			if n := len(prev); n > 1 && prev[n-1].Start >= s0 && prev[n-1].Unit == "percent" && prev[n-1].Statistic == "percent_change" {
				for k := n - 2; k >= 0 && prev[k].Start >= s0; k-- {
					if prev[k].Unit != "percent" && prev[k].Statistic == "level" {
						unit, base = prev[k].Unit, k
						break
					}
				}
			}
		}
		// "at least 78 deaths in 2025, and at least 19 so far in 2026",
		// "26,480 people were in 183 hotels. At the peak there were more than
		// 400": a count with no noun of its own, in a clause that names
		// nothing, counts what the figure of its size just before counted
		// "Monday (612 people in 11 boats), Friday (688 in 12)": the second
		// number of a pair after "in" counts boats, as the first pair's does
		if unit == "" && !q.ratio && q.ts >= 2 && wb == "in" && r.isNum(q.ts-2) && r.boatsEarlier(q.ts-2) {
			unit = "boats"
		}
		// "176 hotels, only 35 fewer than in January", "118,400 organisations
		// …, 7 per cent fewer than a year earlier and 9,500 below the peak":
		// how many more or fewer of what the count before counts
		if unit == "" && !q.ratio && q.te+1 < r.hi && r.moreOrFewer(q.te) {
			for k := len(prev) - 1; k >= 0 && prev[k].Start >= s0; k-- {
				if prev[k].Unit != "percent" {
					if prev[k].Statistic == "level" {
						unit = prev[k].Unit
					}
					break
				}
			}
		}
		// "England has 149 of the hotels, Scotland 14": a place's count in a
		// list counts what the one before it counts, whatever their sizes
		// ("Scotland had 6,510 people in the system (12 per 10,000), Wales
		// 3,480 (11)": not a figure in brackets, when q is not in them)
		if unit == "" && !q.ratio && stat == "level" && d.gappedPlace(q) {
			lb := len(prev) // prev[lb-1] is the figure the list goes on from
			for lb > 0 && prev[lb-1].Start >= s0 && d.paren[q.ts] == 0 && d.paren[d.tokenAt(prev[lb-1].Start)] != 0 {
				lb--
			}
			if lb > 0 && prev[lb-1].Start >= s0 && prev[lb-1].Statistic == "level" && prev[lb-1].Unit != "percent" && prev[lb-1].Unit != "persons" {
				unit = prev[lb-1].Unit
			}
		}
		if unit == "" && !q.ratio && stat == "level" {
			if elided = d.elided(r, si, q, prev); elided >= 0 {
				unit = prev[elided].Unit
			}
		}
	}
	// measure: cues near the number, among the measures allowed for the unit
	mu := unit
	if q.ratio {
		mu = anyUnit
	}
	mi := d.measure(r, si, q, mu, stat, prev)
	if listed >= 0 {
		if li, ok := lx.measureIdx[prev[listed].Measure]; ok {
			mi = li
		}
	}
	if base >= 0 {
		if bi, ok := lx.measureIdx[prev[base].Measure]; ok {
			mi = bi
		}
	}
	// "Divided between those four": the count named again is of the
	// measure it was given in
	if q.inWords && q.hasValue && !q.fraction && q.unit == "" && r.countAgain(q.vs, q.ve, q.value) {
		for k := len(prev) - 1; k >= 0; k-- {
			if v := prev[k].Value; v != nil && *v == q.value && prev[k].Unit == "persons" && prev[k].Statistic == "level" {
				if pi, ok := lx.measureIdx[prev[k].Measure]; ok {
					mi = pi
				}
				break
			}
		}
	}
	if ratioBase >= 0 {
		if bi, ok := lx.measureIdx[prev[ratioBase].Measure]; ok && d.unitAllowed(bi, unit) {
			mi = bi
		}
	}
	// "net migration was 38,600, made up of 25,900 from overseas and
	// 12,700 from elsewhere in the UK": the parts of a whole broken down
	// keep its measure
	if w := d.brokenDown(r, si, q, unit, prev); w >= 0 {
		if wi, ok := lx.measureIdx[prev[w].Measure]; ok && wi != lx.other {
			mi = wi
		}
	} else if (unit == "persons" || unit == "") && stat == "level" {
		if wi := d.byOrigin(r, si, q, prev); wi >= 0 {
			mi = wi
		}
	}
	// "1,180 asylum seekers, roughly one in every 125 residents", "about
	// 0.6% of Glasgow's population": the share of a place's people who
	// are asylum seekers is a figure of theirs (none of the vocabulary's),
	// not one of the population
	if n := lx.measures[mi].Name; stat == "share" && (n == "population" || n == "population_change") && d.speaksOfAsylumSeekers(si, q) {
		mi = lx.other
	}
	// "Of those who crossed in the year, 95% lodged an asylum claim",
	// "Nearly all of them - 95% - went on to claim asylum": the share of
	// the arrivals who claimed is a share of the arrivals, as "96% of
	// small-boat arrivals claimed asylum" is
	if stat == "share" && lx.measures[mi].Name == "asylum_applications" {
		if ai, ok := lx.measureIdx["small_boat_arrivals"]; ok && d.arrivalsWhoClaimed(r, si, q, prev) {
			mi = ai
		}
	}
	// "Appeals are taking about 13 months", "can wait more than two
	// years": a length of time is no measure of the vocabulary
	if unit == "years" || unit == "other" && !q.ratio && (r.is(q.te-1, fTimeNoun) || q.unit == "" && r.is(q.te, fTimeNoun)) {
		mi = lx.other
	}
	// "the cost of relocating the first 300 people": a count that marks a
	// threshold counts nothing that happened
	if elided >= 0 || q.unit == "" && !q.ratio && wb == "first" && r.word(q.ts-2) == "the" {
		mi = lx.other
	}
	// "a dinghy designed for 20", "boats built for perhaps 30 people": what
	// a thing holds is no count of the vocabulary's
	if q.unit == "" && !q.ratio && wb == "for" {
		switch r.word(q.ts - 2) {
		case "designed", "built", "made", "meant", "intended", "rated":
			mi = lx.other
		}
	}
	if q.unit == "" && !q.ratio && (unit == "other" || r.staffAfter(q.te)) {
		// "more than 400 hotels", "250 more caseworkers": no measure
		// counts hotels or staff
		mi = lx.other
	}
	// "nearly four times as much as in 2019/20": a ratio compares the figure
	// before it in the sentence
	// (not one whose own subject stands just before it: "Grants rose to
	// 49,700 from 38,100, but refusals more than doubled")
	if q.ratio && !d.ownSubject(q, mi) {
		// or the sentence before: "Spending reached £5.4bn. That is nearly
		// four times what was spent in 2019/20."
		if si > 0 && d.anaphoric(si) {
			s0 = int(d.toks[d.sents[si-1].a].s)
		}
		if n := len(prev); n > 0 && prev[n-1].Start >= s0 {
			if pi, ok := lx.measureIdx[prev[n-1].Measure]; ok {
				mi = pi
			}
			// "1,027 people crossed in 17 boats. That is more than double
			// Sunday's total of 448": the figure the ratio is of says what
			// kind of figure it compares (people, not boats)
			if u := r.ratioBaseUnit(q); u != "" && prev[n-1].Unit != u {
				for k := n - 2; k >= 0 && prev[k].Start >= s0; k-- {
					if pi, ok := lx.measureIdx[prev[k].Measure]; ok && prev[k].Unit == u && prev[k].Statistic == "level" {
						mi = pi
						break
					}
				}
			}
			// "an average of 61 people in every dinghy, nearly four times
			// as many as in 2019": a ratio of an average count (people per
			// boat) is no ratio of the measure's count, and the vocabulary
			// has no name for it (a ratio of an average sum, "£145 a night,
			// six times the £24 …", is still one of the spending's)
			if prev[n-1].Statistic == "average" && unitBit(prev[n-1].Unit)&countBits != 0 {
				mi = lx.other
				// (in the sentence before, after the count it averages, the
				// ratio is of that count: "1,014 people made the journey in
				// 18 boats, an average of 56 per boat. It was nearly four
				// times as many as …")
				if ps := d.msent[n-1]; ps < si {
					for k := n - 2; k >= 0 && d.msent[k] == ps; k-- {
						if prev[k].Statistic == "level" && prev[k].Unit == "persons" {
							if pi, ok := lx.measureIdx[prev[k].Measure]; ok {
								mi = pi
							}
						}
					}
				}
			}
		}
		// "the average boat now carries about four times as many people
		// as in 2020": the same, said of the boat
		if r.loadRatio(q) {
			mi = lx.other
		}
		// "The increase was less than a third of …", "roughly a third of
		// the growth in the year to mid-2024": a ratio of growth is one of
		// the change measure
		if cm := lx.measures[mi].ChangeMeasure; cm != "" && (wa == "of" && r.word(q.te+1) == "the" && growthNoun(r.word(q.te+2)) ||
			(wb == "was" || wb == "is") && growthNoun(r.word(q.ts-2))) {
			mi = lx.measureIdx[cm]
		}
	}
	// "less than a third of the 690,400 recorded in the previous 12
	// months": the figure a ratio is of is of the ratio's measure
	if n := len(prev); n > 0 && !q.ratio && q.ts >= r.lo+3 && prev[n-1].Statistic == "ratio" && prev[n-1].Measure != "other" &&
		wb == "the" && r.word(q.ts-2) == "of" && int(d.toks[q.ts-3].e) == prev[n-1].End {
		if pi, ok := lx.measureIdx[prev[n-1].Measure]; ok && d.unitAllowed(pi, unit) {
			mi = pi
		}
	}
	// "deaths exceeded births by 3,700": a natural decrease, births
	// minus deaths (natural change is a change of the population, as "a
	// natural decrease of 12,000" is)
	if q.unit == "" && wb == "by" {
		switch r.word(q.ts - 3) {
		case "exceeded", "outnumbered", "outstripped", "exceed", "exceeds", "outnumber", "outnumbers", "outstrip", "outstrips":
			a, b := r.word(q.ts-4), r.word(q.ts-2)
			if a == "there" || a == "again" || a == "also" || a == "still" || a == "now" || a == "already" {
				a = r.word(q.ts - 5) // "deaths there exceeded births by 14,800"
			}
			if nat, ok := lx.measureIdx["natural_change"]; ok && (a == "deaths" && b == "births" || a == "births" && b == "deaths") {
				mi, stat, unit = nat, "change", "persons"
				if a == "deaths" {
					sign = -1
				} else {
					sign = 1
				}
			}
		}
	}
	// "departures exceeded arrivals by 68,000", "Britons leaving
	// outnumbered those coming home by 87,000": net migration, a loss when
	// those who left are the more
	if q.unit == "" {
		if sg := r.flowExcess(q); sg != 0 {
			if nm, ok := lx.measureIdx["net_migration"]; ok {
				mi, stat, unit, sign = nm, "level", "persons", sg
			}
		}
	}
	// "5,400 more people moved to Wales from England … than went the other
	// way", "a net 1,047 moved to Harrowfield from other parts of the UK":
	// moves within the UK are none of the vocabulary's migration
	if unit == "persons" && lx.measures[mi].NotInternal && d.internalMove(r, q) {
		mi = lx.other
	}
	if lx.measures[mi].NotPersonal && r.personalSum(q) || r.allowanceSum(q) {
		// "offered up to £3,000 each to relocate", "an allowance of £49.18
		// a week": a payment to a person
		mi = lx.other
	}
	measure := lx.measures[mi]
	// "natural change added just 23,200 people": births minus deaths is a
	// change of the population, whatever word gives it
	if measure.Name == "natural_change" && stat == "level" && unit != "percent" {
		stat = "change"
	}
	// folded: a change the figure states, which a change measure holds as
	// its level ("the population grew by 133,000" is population_change,
	// level)
	folded := false
	if stat == "change" && measure.ChangeMeasure != "" && unit != "percent" && !r.revision(q.ts) {
		mi = lx.measureIdx[measure.ChangeMeasure]
		measure = lx.measures[mi]
		stat, folded = "level", true
	} else if lx.isChangeMeasure[mi] && unit == "percent" {
		// "the population grew by 1.2%": a percent change of the population;
		// "one in five people (19.4%) were aged 65 and over": a share of it
		mi = lx.changeOf[mi]
		measure = lx.measures[mi]
		if d.restates(q, unit, prev) {
			stat = prev[len(prev)-1].Statistic // "706,900 (1.2%)", "one in five (19.4%)"
		}
		if stat != "share" {
			stat = "change"
		}
	} else if stat == "change" && lx.isChangeMeasure[mi] && unit != "percent" && r.revision(q.ts) {
		// "revised its estimate of the mid-2024 population up by 1,900": a
		// change of the estimate, not growth of the population
		mi = lx.changeOf[mi]
		measure = lx.measures[mi]
	} else if stat == "change" && lx.isChangeMeasure[mi] {
		stat, folded = "level", true // "the population grew by 133,000": the growth is the figure
	} else if stat == "level" && lx.isChangeMeasure[mi] && (wb == "to" || wb == "reaching" && r.punct(q.ts-2) == ",") && r.changeContext(q.ts) {
		// "the population grew by 0.8% to 58,950,000", "grew by 25,100 in
		// the year, reaching 5,571,800": the level it reached
		mi = lx.changeOf[mi]
		measure = lx.measures[mi]
	}
	// "2.4 unemployed people for every vacancy", "3.2 people of working
	// age for each one over 65": one count over another, which the
	// vocabulary has no measure for
	// ("that ratio stands at about 3.3": a figure the sentence calls a
	// ratio)
	// ("more than 18 objections for every one in favour": things, one for
	// every one of others)
	if !q.ratio && (unit == "" || unit == "persons" || unit == "other" && (r.nounUnit(q.te) == "" || r.forEveryOne(q))) && q.unit == "" && !q.fraction && !q.oneIn && stat == "level" && (r.forEvery(q) || r.ratioSubject(q.ts)) {
		mi, stat, unit = lx.other, "ratio", "other"
		measure = lx.measures[mi]
		// "almost eight left for every ten who arrived": eight to ten, 0.8
		// ("3.5 asylum seekers for every 1,000 residents" is a rate, as
		// "per 1,000" is)
		switch base := r.forEveryBase(q); {
		case base >= 100:
			stat = "level"
		case base > 0:
			q.value, q.low, q.high = q.value/base, q.low/base, q.high/base
		}
	}
	if unit == "" {
		unit = defaultUnit(measure.Units)
	}
	// "British | 118,000 | 204,000 | -86,000" under "… | Net migration":
	// a signed cell is a change only in a column of changes
	if q.signed != 0 && stat == "change" && !d.changeColumn(q) {
		stat = "level"
	}
	if stat == "change" && unit == "percent" {
		stat = "percent_change"
	}
	if stat == "percent_change" && unit != "percent" {
		stat = "change"
	}
	margin := !d.learning && r.marginBefore(q.ts)
	// the measure model has the last word (see learn.go), but for the
	// figures the rules below settle
	if d.learning || lx.model != nil && !margin {
		fs := d.measureFeatures(si, q, mi, unit, stat, prev)
		if d.learning {
			e := Example{Start: m.Start, End: m.End, Features: make([]string, len(fs))}
			for i, f := range fs {
				e.Features[i] = f.String()
			}
			d.examples = append(d.examples, e)
		} else {
			d.mscores = append(newScores(d.mscores, 0), d.sentenceScores(lx.model, si)...)
			if k := lx.model.choose(fs, mi, func(k int) bool { return d.modelAllows(k, unit) }, d.mscores); k != mi {
				mi, measure = k, lx.measures[k]
				m.Extractor = ModelVersion
				// "numbers have dropped by almost 600": a change still,
				// when the model takes the figure from the population's
				// change to a measure that has no change measure (one that
				// has, the population, is the model's choice as it stands)
				// ("gained 14,900 people from overseas", "added 277,000 to
				// the population": the flow the model names, a level)
				if folded && !lx.isChangeMeasure[k] && measure.ChangeMeasure == "" && wb == "by" {
					stat = "change"
				}
				// "grew by 4,000": the population's change, as the rules
				// give it above (not a revision of its estimate)
				if cm := measure.ChangeMeasure; cm != "" && stat == "change" && unit != "percent" && !r.revision(q.ts) {
					mi, stat = lx.measureIdx[cm], "level"
					measure = lx.measures[mi]
				}
			}
		}
	}
	// "431,000 +/- 52,000", "± 61,000", "plus or minus 34,000": the margin
	// of an estimate is no level of the estimate's measure (a sum of its
	// levels must not take it in), and the vocabulary has no statistic for
	// it: other, with the estimate's unit and period. The measure model,
	// which learnt from the words around levels, does not overrule it; it
	// learns from the rules' choice before this (d.learning), so that the
	// committed model stays the one learnt from its sets
	if margin {
		mi, stat = lx.other, "level"
		measure = lx.measures[mi]
	}
	// "the grant rate peaked at 76%", "a grant rate of 41%", "the initial
	// grant rate fell to 47%": the share of asylum decisions that were
	// grants, whatever the model learnt of the story's other figures (the
	// backlog's, the arrivals'); as the margin, after the model
	if !d.learning && unit == "percent" && (stat == "share" || stat == "level") && r.grantRateOf(q) {
		if gi, ok := lx.measureIdx["asylum_grants"]; ok && d.requirementMet(gi, si) {
			mi, stat = gi, "share"
			measure = lx.measures[mi]
			m.Extractor = Version
		}
	}
	// "Scotland gained 34,600 people from overseas", "gained 1,160 people
	// through migration": what a place gains or loses by migration is the
	// level of net migration (not "net migration rose by 20,000", its
	// change), after the model has named the measure (not "the ONS has
	// added 38,000 to the year to June": a revision of the estimate)
	if stat == "change" && measure.Name == "net_migration" && unit != "percent" && wa != "to" {
		switch wb {
		case "gained", "lost", "added", "gains", "loses", "adds", "gaining", "losing", "adding":
			stat = "level"
		}
	}
	if netOut && measure.Name == "net_migration" && stat == "level" {
		sign = -1
	}
	m.Measure, m.Statistic, m.Unit, m.PerPeriod = measure.Name, stat, unit, q.perPeriod
	d.lastMI = mi
	// the three figures go to scratch reused from one document to the
	// next; Extract copies them out with the mentions
	n := len(d.figs)
	d.figs = append(d.figs, 0, 0, 0)
	vals := d.figs[n : n+3 : n+3]
	if q.hasValue {
		vals[0] = sign * q.value
		m.Value = &vals[0]
	}
	if q.hasLow {
		vals[1] = sign * q.low
		m.Low = &vals[1]
	}
	if q.hasHigh {
		vals[2] = sign * q.high
		m.High = &vals[2]
	}
	// a plain number in a table "(thousands)": 948 is 948,000
	if d.scale != 1 && q.unit == "" && !pctCell && d.plainDigits(q) {
		// (read again with the scale's exponent where the figure is the
		// number as written, as the recogniser reads "4.19bn": 4.19×10⁹
		// is not 4190000000)
		exp := int(math.Round(math.Log10(d.scale)))
		scaled, ok := numberValue(d.toks[q.ve-1].str(d.text), exp)
		for i := range vals {
			if ok && q.hasValue && vals[i] == sign*q.value {
				vals[i] = sign * math.Copysign(scaled, q.value) // ("-9" in a column of changes)
			} else {
				vals[i] *= d.scale
			}
		}
	}
	if sign < 0 && m.Low != nil && m.High != nil && *m.Low > *m.High {
		m.Low, m.High = m.High, m.Low
	} else if sign < 0 {
		m.Low, m.High = m.High, m.Low
	}
	// geography: the place the sentence names, else the part of the UK the
	// document is about or the measure's own place
	pi, local := -1, ""
	if !measure.GeographyFixed {
		pi = d.place(s, q, measure.Name == "emigration", stat == "share")
		if pi >= 0 && measure.GeographyNational && lx.local[pi] {
			pi = -1
		}
		// "Britain had returned 1,842 people to France": returns are about
		// the country people are returned to, when the sentence names one
		if measure.Name == "returns" {
			if to := d.returnedTo(s); to >= 0 {
				pi = to
			} else if fr := d.returnsTo(); pi < 0 && fr >= 0 && d.speaksOfDeal(s) {
				// "some 900 people have been sent back across the water",
				// in a story on returns to France: there
				pi = fr
			}
		}
		// "NRS put the city's population at 150,390": a body's place
		// yields to the town or council the sentence speaks of
		body := -1
		if pi >= 0 && lx.body[pi] {
			body, pi = lx.canon[pi], -1
		}
		if pi < 0 && !measure.GeographyNational {
			// "Skellbridge Metropolitan Borough Council says it has spent
			// £1.6m", "the council is almost £1m out of pocket": a local
			// authority's area, which has no entry in the lexicon
			local = d.council(s)
		}
		// "612 people were living in dispersed flats across the borough":
		// the town a local story is about, when the lexicon does not know
		// it and the sentence names it or speaks of the town
		townRef := pi < 0 && local == "" && !measure.GeographyNational && d.localRef(s)
		if townRef {
			local = d.localArea()
			// (but the lexicon's town, when the story names it twice as
			// often: "the city's total", in a story on Stoke-on-Trent
			// that names Hanley three times)
			if lh := d.localHome(); lh >= 0 && local != "" && d.placeCount[lh] >= 2*strings.Count(d.text, local) {
				pi, local = lh, ""
			}
		}
		// "The city received 3,960 applications", in a story on Glasgow:
		// the local place of the lexicon the story is about
		if pi < 0 && local == "" && !measure.GeographyNational {
			if lh := d.localHome(); lh >= 0 && (d.speaksOfPlace(s) || d.mostlyLocal(lh, measure.Name)) {
				pi = lh
			}
		}
		if pi < 0 && local == "" && !townRef {
			pi = body // (not "NISRA counted 20,400 across the town", a town the lexicon does not know)
		}
	}
	if pi < 0 && local == "" && d.home >= 0 && (lx.defaultPlace[mi] < 0 || measure.GeographyFromDocument && d.placeCount[d.home] > 1) {
		pi = d.home // a place named once is too little to go against the measure's own
	}
	if pi < 0 && local == "" {
		pi = lx.defaultPlace[mi]
	}
	// "Two hotels still house 310 people between them", in a story on a
	// town the lexicon does not know and that names no part of the UK:
	// the town (rather than no place at all)
	if pi < 0 && local == "" && !measure.GeographyFixed && !measure.GeographyNational {
		local = d.localArea()
	}
	if pi >= 0 {
		m.Geography, m.GeographyCode = lx.places[pi].Name, lx.places[pi].Code
	} else if local != "" {
		m.Geography = local
	}
	// period
	d.lastBase = false
	if p, ok := r.nearestPeriod(ps, qs, q, stat == "change" || stat == "percent_change"); ok {
		p = d.yearEndingLabel(p)
		if stat == "change" || stat == "percent_change" {
			p = stockSince(p, measure.Stock)
		}
		m.PeriodLabel = d.slice(p.s, p.e)
		m.PeriodStart, m.PeriodEnd = p.start, p.end
		// (", when 8,900 had crossed" after "than at the same point last
		// year": the base of the comparison, whose period the figures after
		// it do not go on with)
		d.lastBase = r.comparison(p.s)
		// "45,183 in the year ending September 2025, 38% more than in the
		// previous year (32,691)": the year before the period the sentence
		// names, not the calendar year before publication
		if o, years, ok := r.baseOfNamed(ps, qs, q, p); ok {
			m.PeriodLabel = d.slice(o.s, o.e) + " (" + d.slice(p.s, p.e) + ")"
			m.PeriodStart, m.PeriodEnd = earlierBy(o.start.Time, years), earlierBy(o.end.Time, years)
		}
		// "down 49% from 860,000 a year earlier": the base is of the
		// period a year before the one the sentence names ("roughly
		// double the year before" is a ratio of the sentence's period)
		// (a period open at one end, "by the end of March", moves too)
		if at, n, years := r.yearsEarlierAfter(q.te); n > 0 && (stat == "level" || stat == "average" || stat == "share") && (p.e <= q.ts || p.s >= at+n) && (!p.start.IsZero() || !p.end.IsZero()) {
			m.PeriodLabel = d.slice(p.s, p.e) + " (" + d.slice(at, at+n) + ")"
			m.PeriodStart, m.PeriodEnd = earlierBy(p.start.Time, years), earlierBy(p.end.Time, years)
			d.lastBase = true
		}
	} else if hp, ok := d.headerPeriod(q); ok {
		// "North West | 8,300 | 9,120" under "Region | 2024 | 2025": the
		// period of the cell's column
		m.PeriodLabel = d.slice(hp.s, hp.e)
		m.PeriodStart, m.PeriodEnd = hp.start, hp.end
	} else if len(prev) > 0 && (d.para[d.msent[len(prev)-1]] == d.para[si] || d.refersBack(s) || d.listLead(si) >= 0 || d.msent[len(prev)-1] == si-1 && d.pronounOpens(si)) && !(wb == "to" && r.fromFigureBefore(qs, q.ts)) {
		// "during that period", or a figure that goes on with the one
		// before (an item of a list after "Of these:"; "That is 48%
		// higher …" in the next paragraph); not the base of
		// a comparison ("… from 285,000 a year earlier. In Scotland it was
		// 150,000": the sentence's period, not the year before)
		k := len(prev) - 1
		for k > 0 && d.mbase[k] && d.msent[k-1] == d.msent[k] {
			k--
		}
		// (from another sentence: its first figure's period, not that of
		// the figure it was compared with: "… fell to 204,000 in 2025,
		// from 1.2m in 2023. Emigration rose to 614,000")
		if d.msent[k] != si {
			for j := k - 1; j >= 0 && d.msent[j] == d.msent[k]; j-- {
				if prev[j].PeriodLabel != "" && !d.mbase[j] {
					k = j
				}
			}
		}
		if !d.mbase[k] {
			last := prev[k]
			m.PeriodLabel, m.PeriodStart, m.PeriodEnd = last.PeriodLabel, last.PeriodStart, last.PeriodEnd
			// "… at the end of June. Twelve months earlier the figure was
			// 129,700": the year before the period carried
			// ("… nearly double the 24,100 of a year earlier": after it)
			// (a figure carried from earlier in this sentence has taken any
			// phrase before it already: "up 24% on the same period 12
			// months earlier, and 2,925 offenders, an increase of 21%"
			// moved 21% back twice)
			from := s.a
			if first := k; d.msent[k] == si {
				for first > 0 && d.msent[first-1] == si {
					first--
				}
				if i := k - first; i < len(qs) {
					from = qs[i].te
				}
			}
			j, n, years := r.yearsEarlierIn(from, q.ts)
			if n > 0 && r.baseOfFigure(qs, q, j) {
				n = 0
			}
			if n == 0 && (stat == "level" || stat == "average" || stat == "share") {
				j, n, years = r.yearsEarlierAfter(q.te)
			}
			if n > 0 && m.PeriodLabel != "" && (!m.PeriodStart.IsZero() || !m.PeriodEnd.IsZero()) {
				m.PeriodLabel += " (" + d.slice(j, j+n) + ")"
				m.PeriodStart, m.PeriodEnd = earlierBy(m.PeriodStart.Time, years), earlierBy(m.PeriodEnd.Time, years)
				d.lastBase = j >= q.te // (a base, when the phrase follows the figure)
			}
		}
	}
	// "The initial grant rate was 45%, compared with 60% in the previous
	// year", under "Data relates to the year ending September 2025": the
	// year before the document's, when the sentence names no other period
	if d.hasDocPeriod && m.PeriodLabel != "" && len(ps) == 1 && d.docPeriod.end.Sub(d.docPeriod.start.Time) > 360*24*time.Hour {
		if n, years := r.yearsEarlier(ps[0].s); n == ps[0].e-ps[0].s && years > 0 && m.PeriodStart.Equal(ps[0].start.Time) && m.PeriodEnd.Equal(ps[0].end.Time) {
			p := d.docPeriod
			m.PeriodLabel = d.slice(ps[0].s, ps[0].e) + " (" + d.slice(p.s, p.e) + ")"
			m.PeriodStart, m.PeriodEnd = earlierBy(p.start.Time, years), earlierBy(p.end.Time, years)
		}
	}
	// "taking the provisional total for 2025 to 30,164", in a document of
	// August 2025: a count of the year so far, to the document's date (not
	// a forecast, a quota or a plan for the whole year; nor "the year
	// ending December 2025", a year named as a whole)
	if y := d.pub.Year(); !d.pub.IsZero() && stat == "level" && !measure.Stock && (unit == "persons" || unit == "boats") &&
		m.PeriodStart.Equal(model.Day(y, time.January, 1).Time) && m.PeriodEnd.Equal(model.Day(y, time.December, 31).Time) &&
		d.pub.Before(model.Day(y, time.December, 31).Time) && bareYear(m.PeriodLabel) && !d.wholeYearAhead(s) {
		m.PeriodEnd = model.Day(y, d.pub.Month(), d.pub.Day())
	}
	if m.PeriodStart.IsZero() && m.PeriodEnd.IsZero() && m.PeriodLabel == "" {
		// "Key figures for the year ending June 2025:" and a list under
		// it: an item given no period of its own
		if p, ok := d.listPeriod(si); ok {
			m.PeriodLabel, m.PeriodStart, m.PeriodEnd = d.slice(p.s, p.e), p.start, p.end
		}
	}
	if m.PeriodStart.IsZero() && m.PeriodEnd.IsZero() && m.PeriodLabel == "" && d.hasDocPeriod {
		// "Figures are for the year ending March 2025 unless otherwise
		// stated": a figure given no period of its own
		p := d.docPeriod
		m.PeriodLabel, m.PeriodStart, m.PeriodEnd = d.slice(p.s, p.e), p.start, p.end
	}
	switch d.voice[q.ts] {
	case 0:
		m.AttributedTo = d.sentSrc[si]
	case 1:
		m.AttributedTo = d.sentQuote[si]
	case 2:
		m.AttributedTo = d.sentOut[si]
	}
}

// oneInText reports whether a share's text is "N in M" or "N for every M"
// ("one in five", "one new home for every 3.4"), not a percentage or a
// fraction.
func oneInText(t string) bool {
	return strings.Contains(t, " in ") || strings.Contains(t, " every ") || strings.Contains(t, " out of ") || strings.Contains(t, "-in-")
}

// againstChange reports whether the words between a percent change that
// ends at end and figure q make q what the change is measured against:
// "down a third on the 918", "a fifth fewer than the 30,200", "up 4% from
// 1,100", "12% lower than 2,050" (at most four words, one of them the
// preposition, none of them punctuation).
func (d *docState) againstChange(r *recogniser, q *quantity, end int) bool {
	k := q.ts - 1
	prep := false
	for ; k >= r.lo && int(d.toks[k].e) > end; k-- {
		switch r.word(k) {
		case "on", "than", "from", "against":
			prep = true
		case "the", "fewer", "more", "less", "lower", "higher", "down", "up":
		default:
			return false
		}
		if q.ts-k > 4 {
			return false
		}
	}
	return prep && k < q.ts-1
}

// subtraction reports whether "minus" at k takes one figure from another:
// "1,000 minus 600", "829,000 arrivals minus 662,000 departures" (not "at
// minus 82,000 and minus 92,000", "minus 92,000, minus 64,000": signs).
func (r *recogniser) subtraction(k int) bool {
	if r.isNum(k - 1) {
		return true
	}
	// (the noun of the figure before: not "went from minus 77,000 to
	// minus 120,000", a sign after "to")
	_, noun := lookup(r, k-1, fUnitNoun, unitNouns)
	return noun && r.isNum(k-2)
}

// ratioBaseAfter reports whether the figure at token i is the base of a
// ratio that ends at byte end: "twice the 28", "more than double the
// figure of 28" (the ratio's last token ends at end, "the" and at most
// "figure of", "average of" or "level of" between).
func (d *docState) ratioBaseAfter(r *recogniser, i, end int) bool {
	k := i - 1
	if r.word(k) == "of" {
		switch r.word(k - 1) {
		case "figure", "average", "level":
			k -= 2
		default:
			return false
		}
	}
	return r.word(k) == "the" && k >= 1 && int(d.toks[k-1].e) == end
}
