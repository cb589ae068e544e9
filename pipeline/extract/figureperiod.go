// Which period a figure is of: the nearest period expression, "a year earlier", comparisons.

package extract

import (
	"math"
	"strings"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
)

// fromFigureBefore reports whether a quantity after "from" ends before
// token i ("from more than 400 at the peak in 2023"), with no quantity
// between it and i.
func (r *recogniser) fromFigureBefore(qs []quantity, i int) bool {
	found := false
	for j := range qs {
		if qs[j].te <= i {
			found = r.word(qs[j].ts-1) == "from"
		}
	}
	return found
}

// publishedBefore reports whether a verb that says figures came out stands
// right before the period from token i ("published on Thursday", "it said
// in May", "first published it in May"): the period is when, not what the
// figures are of.
func (r *recogniser) publishedBefore(i int) bool {
	for k := i - 1; k >= r.lo && k >= i-3; k-- {
		switch r.word(k) {
		case "published", "released", "said", "announced", "reported", "updated", "revised":
			return true
		case "in", "on", "it", "them", "this":
		default:
			return false
		}
	}
	return false
}

// revisionDate reports whether period p, a month, a day or a phrase such
// as "last week", says when an estimate was revised rather than what it is
// of: it follows the verb or the revision's amount in the verb's clause
// ("revised in May 2025 to 906,000", "revised up by 166,000 in November
// 2024", "revised its estimate for 2024 down by 33,000 in November"), or
// opens a sentence whose verb is the revision ("In May 2025 the ONS revised
// the figure to 906,000"). A year or a longer period there is taken to be
// the figure's ("revised to 906,000 for 2023").
func (r *recogniser) revisionDate(p period) bool {
	if !p.start.IsZero() && !p.end.IsZero() && p.end.Sub(p.start.Time) > 31*24*time.Hour {
		return false
	}
	// back from the period: over a preposition, to the amount or the verb
	k := p.s - 1
	switch r.word(k) {
	case "in", "on", "during":
		k--
	}
	amount := false
	for ; k >= r.lo && (r.toks[k].kind == tNum || r.toks[k].kind == tWord && r.toks[k].flags&fScale != 0 || r.punct(k) == "%"); k-- {
		amount = true
	}
	if !amount {
		switch w := r.word(k); w {
		case "revised", "revision", "revisions":
			return true
		case "up", "down", "upwards", "downwards", "again", "further":
			k--
		default:
			k = r.lo - 1
		}
		if w := r.word(k); w == "revised" {
			return true
		}
	}
	if amount {
		for j := k; j >= r.lo && j >= k-10; j-- {
			switch r.word(j) {
			case "revised", "revision", "revisions":
				return !clauseEnds(r.toks, j, p.s)
			case "is", "was", "are", "were", "stood", "stands", "reached":
				return false // "the backlog of revisions is 12,000 in June": the amount's own verb
			}
		}
	}
	// forward from a period that opens the sentence to the verb of its
	// clause, over its subject ("In May 2025, the ONS revised", "Last week
	// statisticians revised")
	if s := p.s; s == r.lo || s == r.lo+1 && (r.word(r.lo) == "in" || r.word(r.lo) == "on") {
		for k, n := p.e, 0; k < r.hi && n < 6; k, n = k+1, n+1 {
			if w := r.word(k); w == "revised" {
				return true
			} else if w == "" && r.punct(k) != "," || clauseJoin[w] {
				return false
			}
		}
	}
	return false
}

// nearestPeriod picks the period expression closest to the quantity,
// preferring one that follows it. change says the quantity is a change.
func (r *recogniser) nearestPeriod(ps []period, qs []quantity, q *quantity, change bool) (period, bool) {
	// "rose by 0.4% to 5,402,000 in the year to mid-2025": the change and
	// the level it reached are of one period
	// ("up 0.6% to 594,677 in 2024", "rose 20% to 3,000": not "from 400
	// to 700", whose first figure is of its own period)
	from := q.te
	if r.word(q.te) == "to" && r.word(q.ts-1) != "from" {
		for i := range qs {
			if qs[i].ts == q.te+1 {
				from = qs[i].te
			}
		}
	} else if change && r.word(q.ts-1) != "from" {
		if l := r.levelAfterChange(qs, q); l >= 0 {
			from = qs[l].te
		}
	}
	// "down from £5bn the previous year", in a sentence that names its own
	// period: the year before that one (below), not the year before
	// publication
	earlier, _ := r.yearsEarlier(q.te)
	// ("So far 4,000 have been returned this year": a vague period yields
	// to any other the figure could take)
	vague := false
	for _, p := range ps {
		vague = vague || p.vague
	}
	if vague {
		if p, ok := r.nearestOf(ps, qs, q, from, earlier, false); ok {
			return p, true
		}
	}
	p, ok := r.nearestOf(ps, qs, q, from, earlier, true)
	if ok && change {
		p = r.yearToLevel(ps, qs, q, p)
	}
	if ok {
		p = r.pointOf(p, q)
	}
	return p, ok
}

// pointOf returns the day a period "since the end of 2024" names, when the
// figure stands in a clause on that day right after it ("has fallen by a
// fifth since the end of 2024, when 38,079 people were housed": 38,079 is
// of 31 December 2024); else p.
func (r *recogniser) pointOf(p period, q *quantity) period {
	if p.point.IsZero() || p.e > q.ts || r.punct(p.e) != "," || r.word(p.e+1) != "when" || clauseEnds(r.toks, p.e+1, q.ts) {
		return p
	}
	return period{s: p.s + 1, e: p.e, start: p.point, end: p.point}
}

// yearToLevel returns the period p of a change as the year to the date of
// the level the change reached, when p is "the past year" (the twelve
// months to publication) and the sentence names that date ("has fallen by
// almost 40% over the past year, to 106,050 at the end of June 2024": from
// 1 July 2023 to 30 June 2024; "Over the past year the backlog has fallen
// by 20%, to 80,000 by the end of March", where p is the level's); else p.
func (r *recogniser) yearToLevel(ps []period, qs []quantity, q *quantity, p period) period {
	l := r.levelAfterChange(qs, q)
	if l < 0 {
		return p
	}
	var lp *period // the level's period, right after it
	for k := range ps {
		if ps[k].s >= qs[l].te {
			if ps[k].s-qs[l].te <= 2 && !ps[k].trailing && !ps[k].vague && !ps[k].end.IsZero() {
				lp = &ps[k]
			}
			break
		}
	}
	if lp == nil {
		return p
	}
	tp := p
	if !p.trailing {
		if p.s != lp.s {
			return p
		}
		found := false
		for _, t := range ps {
			if t.trailing && t.e <= q.ts && !clauseEnds(r.toks, t.e, q.ts) {
				tp, found = t, true
			}
		}
		if !found {
			return p
		}
	}
	if !lp.end.Before(tp.end.Time) {
		return p
	}
	tp.start, tp.end = model.Date{Time: lp.end.AddDate(0, 0, 1).AddDate(-1, 0, 0)}, lp.end
	return tp
}

// levelAfterChange returns the index in qs of the level a change ending at
// q.te reached or stands at, when a few words of its base or its period
// may come between them ("down 20% on the year before, at 728,000 in the
// 12 months to June 2024", "up 12% on 2023 to 5,000 in 2024": the period
// is the level's, and so the change's); else -1. Not "compared to 5,000
// in 2023", the base's own figure and period.
func (r *recogniser) levelAfterChange(qs []quantity, q *quantity) int {
	for i := range qs {
		l := &qs[i]
		if l.ts < q.te {
			continue
		}
		if w := r.word(l.ts - 1); l.ts-q.te > 8 || w != "to" && w != "at" || clauseEnds(r.toks, q.te, l.ts) {
			return -1
		}
		if w := r.word(l.ts - 2); w == "compared" || w == "relative" {
			return -1
		}
		return i
	}
	return -1
}

// nearestOf is nearestPeriod's choice among ps, vague periods included or
// not.
func (r *recogniser) nearestOf(ps []period, qs []quantity, q *quantity, from, earlier int, withVague bool) (period, bool) {
	best, bestD := -1, math.MaxFloat64
	// "between 2019 and 2021 the backlog grew from 40,000 to 100,000": the
	// figure it grew from is of the first, the one it reached of the second
	if len(ps) == 2 && ps[1].s == ps[0].e+1 && (r.word(ps[0].e) == "and" || r.word(ps[0].e) == "to") &&
		(r.word(ps[0].s-1) == "between" || r.word(ps[0].s-1) == "from") && (q.te <= ps[0].s-1 || q.ts >= ps[1].e) {
		switch {
		case r.word(q.ts-1) == "from" && r.word(q.te) == "to":
			return ps[0], true
		case r.word(q.ts-1) == "to" && r.fromFigureBefore(qs, q.ts-1):
			return ps[1], true
		}
	}
	for i, p := range ps {
		if p.vague && !withVague {
			continue
		}
		if earlier > 0 && len(ps) > 1 && p.s >= q.te && p.e <= q.te+earlier {
			continue
		}
		// "up 12% on 2022 (18,000)": the figure in brackets is of that
		// period; "2023: 860 | 2024: 282": a chart's figure is of the
		// label before its colon
		if p.e == q.ts-1 && (r.punct(p.e) == "(" || r.punct(p.e) == ":") {
			return p, true
		}
		// "25% more than 2023's 29,437": the year whose figure it is; "down a
		// third on last year's 70,400": the same, of a phrase (and not the
		// period of a figure before it)
		if p.e == q.ts-2 && (r.punct(p.e) == "'" || r.punct(p.e) == "’") && r.word(p.e+1) == "s" {
			return p, true
		}
		if poss := p.e > p.s && strings.HasSuffix(r.toks[p.e-1].low, "'s"); poss && p.e == q.ts {
			return p, true
		} else if poss && p.s >= q.te && p.e < r.hi && r.mayStart(p.e) {
			continue
		}
		// "the highest number since 2002, when there were 103,081
		// applications", "has nearly doubled since 2021, when 121,000
		// emigrated": a figure in the clause on the year it counts from is
		// of that year (not "collapsed since 2022, when 12,000 came, to
		// fewer than 600", past the clause)
		if p.e <= q.ts && p.e == p.s+2 && r.word(p.s) == "since" && r.yearToken(p.s+1) && r.punct(p.e) == "," && r.word(p.e+1) == "when" && !clauseEnds(r.toks, p.e+1, q.ts) && !r.commaIn(p.e+1, q.ts) {
			y := p.start.Year()
			return period{s: p.s + 1, e: p.e, start: model.Date{Time: time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)}, end: model.Date{Time: time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC)}}, true
		}
		if r.comparison(p.s) {
			// "40% more than at the same point last year, when 8,900 had
			// crossed": a figure in the clause on the base is of it
			if p.e <= q.ts && r.punct(p.e) == "," && r.word(p.e+1) == "when" && !clauseEnds(r.toks, p.e+1, q.ts) && !r.commaIn(p.e+1, q.ts) {
				return p, true
			}
			continue // "19% more than in 2023": the base of a comparison
		}
		// "fallen from more than 400 at the peak in 2023 to 210": the period
		// of the figure the change started from, not of the one it reached
		if p.e <= q.ts && r.word(q.ts-1) == "to" && r.fromFigureBefore(qs, p.s) {
			continue
		}
		if r.publishedBefore(p.s) {
			continue // "figures published on Thursday show …", "the 171,000 it published in May": when they came out
		}
		if r.revisionDate(p) {
			continue // "revised up by 166,000 in November 2024": when the estimate was revised, not what it is of
		}
		// "The Home Secretary has today (11 March 2025) confirmed that 24,103
		// people have been returned since 5 July 2024": the day of the
		// statement, when the sentence names another period
		if r.statementDay(p) {
			others := 0
			for _, o := range ps {
				if !r.statementDay(o) {
					others++
				}
			}
			if others > 0 {
				continue
			}
		}
		var dist float64
		switch {
		case p.s >= q.te:
			if r.beyond(qs, from, p.s) {
				continue // "53 in 2024, up from 41 in 2023": 2023 is 41's
			}
			if clauseEnds(r.toks, from, p.s) {
				continue // "Last year the figure was 53, and in 2019 a boat held 13": the next clause's
			}
			if r.relativeClause(q.te, p.s) {
				continue // "219,000, reflecting the ban, which came into force in March 2024"
			}
			for k := q.te; k < p.s; k++ {
				if w := r.word(k); w != "in" && w != "the" && w != "during" && w != "for" && w != "of" && w != "over" {
					dist++
				}
			}
		case p.e <= q.ts:
			dist = float64(q.ts-p.e) + 1
		default:
			continue // overlaps the quote
		}
		if dist < bestD {
			best, bestD = i, dist
		}
	}
	if best < 0 {
		return period{}, false
	}
	return ps[best], true
}

// yearsEarlierAfter returns the phrase of yearsEarlier that follows a
// figure ending at token i, right after it or after a few words of its
// own ("the 1,940 held a year earlier"): where it starts, its length and
// how many years.
func (r *recogniser) yearsEarlierAfter(i int) (at, n, years int) {
	for k := i; k < r.hi && k <= i+3; k++ {
		if n, years := r.yearsEarlier(k); n > 0 {
			return k, n, years
		}
		if r.word(k) == "" || r.isNum(k) {
			break
		}
	}
	return 0, 0, 0
}

// baseOfNamed reports, of the period p nearestPeriod chose for q, whether
// it is a phrase of yearsEarlier ("the previous year", "in the year
// before") with q in brackets right after it, and the sentence names
// another period with both its ends, the one the phrase counts back from:
// that period, the phrase's years and true ("45,183 in the year ending
// September 2025, 38% more than in the previous year (32,691)"); else
// false.
func (r *recogniser) baseOfNamed(ps []period, qs []quantity, q *quantity, p period) (period, int, bool) {
	if p.e != q.ts-1 || r.punct(p.e) != "(" {
		return period{}, 0, false
	}
	n, years := r.yearsEarlier(p.s)
	if n == 0 || p.s+n != p.e {
		if n, years = r.yearsEarlier(p.s - 1); n == 0 || p.s-1+n != p.e {
			return period{}, 0, false
		}
	}
	var others []period
	for _, o := range ps {
		if o.s != p.s && !o.vague && !o.trailing && !o.start.IsZero() && !o.end.IsZero() {
			if k, _ := r.yearsEarlier(o.s); k == 0 {
				others = append(others, o)
			}
		}
	}
	if len(others) == 0 {
		return period{}, 0, false
	}
	o, ok := r.nearestOf(others, qs, q, q.te, 0, false)
	return o, years, ok
}

// baseOfFigure reports whether the phrase of yearsEarlier at token j, before
// q, is the base of another figure of the sentence before it: right after
// that figure ("the £2.6bn spent the year before, yet hotels took nearly
// half") or after a change and the word its base follows ("up 24% on the
// same period 12 months earlier, and 2,925 offenders"). A figure after it
// is not of the year before (but "32% lower than a year earlier, when the
// figure stood at 89,700" is).
func (r *recogniser) baseOfFigure(qs []quantity, q *quantity, j int) bool {
	n, _ := r.yearsEarlier(j)
	if k := j + n; r.word(k) == "when" || r.punct(k) == "," && r.word(k+1) == "when" {
		return false
	}
	for i := range qs {
		f := &qs[i]
		if f.te > j || f.ts >= q.ts {
			continue
		}
		if at, n, _ := r.yearsEarlierAfter(f.te); n > 0 && at == j {
			return true
		}
		if w := r.word(f.te); (w == "on" || w == "than" || w == "compared" || w == "against") && j-f.te <= 5 && !clauseEnds(r.toks, f.te, j) {
			return true
		}
	}
	return false
}

// statementDay reports whether p is "today" with a date in brackets after
// it, or that date: "has today (11 March 2025) confirmed".
func (r *recogniser) statementDay(p period) bool {
	if r.punct(p.s-1) == "(" && r.word(p.s-2) == "today" {
		return true
	}
	return r.word(p.s) == "today" && p.e == p.s+1 && r.punct(p.e) == "(" && (r.isNum(p.e+1) || r.isMonth(p.e+1))
}

// commaIn reports whether a comma stands in tokens [a, b).
func (r *recogniser) commaIn(a, b int) bool {
	for k := a; k < b; k++ {
		if r.punct(k) == "," {
			return true
		}
	}
	return false
}

// earlierBy returns the date t, a bound of a period, some years before
// (a zero date, an open bound, stays zero).
func earlierBy(t time.Time, years int) model.Date {
	if t.IsZero() {
		return model.Date{}
	}
	return model.Date{Time: t.AddDate(-years, 0, 0)}
}

// yearsEarlierIn returns the first phrase of yearsEarlier in tokens [a, b):
// where it starts, its length and how many years.
func (r *recogniser) yearsEarlierIn(a, b int) (at, n, years int) {
	for k := max(a, r.lo); k < b; k++ {
		if n, years := r.yearsEarlier(k); n > 0 && k+n <= b {
			return k, n, years
		}
	}
	return 0, 0, 0
}

// yearsEarlier returns the length of a phrase at token i that puts a figure
// some whole years before the period of its sentence ("a year earlier",
// "twelve months before", "the year before", "the previous year", "the
// previous 12 months", "two years earlier", and those after "in" or "of": "from 53 in the previous
// year", "the £2.31bn of the year before"), and how many years; or 0, 0.
func (r *recogniser) yearsEarlier(i int) (n, years int) {
	w0, w1, w2 := r.word(i), r.word(i+1), r.word(i+2)
	if (w0 == "in" || w0 == "of") && (w1 == "the" || w1 == "a") {
		if n, years := r.yearsEarlier(i + 1); n > 0 {
			return n + 1, years
		}
	}
	if r.isNum(i) && r.text(i) == "12" {
		w0 = "twelve"
	}
	later := w2 == "earlier" || w2 == "before"
	switch {
	case (w0 == "a" || w0 == "one") && w1 == "year" && later,
		w0 == "twelve" && w1 == "months" && later,
		w0 == "the" && (w1 == "year" && w2 == "before" || w1 == "previous" && w2 == "year"):
		return 3, 1
	case w0 == "the" && (w1 == "previous" || w1 == "preceding" || w1 == "prior"):
		// "the previous 12 months", "the preceding twelve months"
		if (w2 == "twelve" || r.isNum(i+2) && r.text(i+2) == "12") && r.word(i+3) == "months" {
			return 4, 1
		}
		if w2 == "year" && w1 != "previous" {
			return 3, 1 // "the preceding year"
		}
	case w1 == "years" && later:
		if v, ok := units[w0]; ok && v >= 2 && v <= 5 {
			return 3, v // "two years earlier"
		}
		if r.isNum(i) && len(r.text(i)) == 1 && r.text(i) >= "2" && r.text(i) <= "5" {
			return 3, int(r.text(i)[0] - '0')
		}
	}
	return 0, 0
}

// refersBack reports whether a sentence points at the period of the one
// before ("during that period", "the same period", "Of these, …").
func (d *docState) refersBack(s span) bool {
	// "Of these, 900 were children", "Of those, 41% were refused": a part
	// of the figure before, whatever paragraph it is in
	if s.b-s.a > 2 && d.toks[s.a].low == "of" {
		switch d.toks[s.a+1].low {
		case "these", "those", "them", "this", "that", "which":
			return true
		}
	}
	for i := s.a + 1; i < s.b; i++ {
		if d.toks[i].low == "period" {
			switch d.toks[i-1].low {
			case "that", "same", "this":
				return true
			}
		}
	}
	return false
}

// comparison reports whether the period at token i is the base of a
// comparison ("than in 2023", "compared with 2022", "on last year").
func (r *recogniser) comparison(i int) bool {
	// "the lowest since 2019", "for the first time since 2021": how long
	// since, not when the figure was
	if r.word(i) == "since" && (r.superlativeBefore(i) || r.word(i-1) == "time" && r.word(i-2) == "first") {
		return true
	}
	// "the largest rise since records began in 1951": how long the
	// records run, not when the figure was
	if w := r.word(i - 1); (w == "records" || w == "record") && (r.word(i) == "began" || r.word(i) == "begun" || r.word(i) == "started") {
		return true
	}
	k := i - 1
	// "20% fewer than in the record year of 2022", "up on the peak year
	// of 2023": a year named by what it was, read from before its "the"
	if r.word(k) == "of" && r.word(k-1) == "year" {
		for b := k - 2; b >= r.lo && b >= k-4; b-- {
			if w := r.word(b); w == "the" || w == "a" {
				k = b - 1
				break
			}
		}
	}
	if r.word(k) == "in" || r.word(k) == "the" || r.word(k) == "of" {
		k--
	}
	// "40% more than at the same point last year", "compared with the
	// same quarter last year", "against the same period of 2024"
	if r.word(k-1) == "same" && sameSpan[r.word(k)] {
		k -= 2
		if r.word(k) == "the" {
			k--
		}
		switch r.word(k) {
		case "at", "in", "for", "over", "during":
			k--
		}
	}
	switch r.word(k) {
	case "than", "against", "versus", "vs":
		return true
	case "at":
		return r.word(k-1) == "than" // ("than at the same point last year", as read from its start)
	case "on":
		// "up 12% on 2022", "down a third on last year"; but "on 12
		// October", "on September 30" is the day the figure is of
		return !r.dayDate(i)
	case "with", "to":
		return r.word(k-1) == "compared"
	case "from":
		// "up 14% from the previous year", "a 20% rise from 2023": the
		// base of a change; not "from July to September"
		return r.changeFrom(k)
	}
	// "its highest level since the early 1980s": how long since, after a
	// superlative, not when the figure was
	for k >= r.lo && (r.word(k) == "the" || r.word(k) == "early" || r.word(k) == "late" || r.word(k) == "mid") {
		k--
	}
	return r.word(k) == "since" && r.superlativeBefore(k)
}

// changeFrom reports whether the "from" at k follows a change: a change
// word ("fell from", "down from") or a percentage or count just before it
// ("up 14% from", "a rise of 3,000 from").
func (r *recogniser) changeFrom(k int) bool {
	j := k - 1
	if r.isNum(j) || r.punct(j) == "%" || r.word(j) == "cent" || r.word(j) == "percent" {
		for j > r.lo && (r.isNum(j) || r.punct(j) == "%" || r.word(j) == "per" || r.word(j) == "cent" || r.word(j) == "percent") {
			j--
		}
		_, ok := lookup(r, j, fChangeBefore, changeBefore)
		if !ok {
			_, ok = lookup(r, j-1, fChangeBefore, changeBefore)
			ok = ok && r.is(j, fIntensifier)
		}
		if r.word(j) == "of" { // "a rise of 14% from"
			_, ok = changeBefore[r.word(j-1)]
		}
		return ok
	}
	_, ok := changeBefore[r.word(j)]
	return ok || changeAfter[r.word(j)] != 0
}

// dayDate reports whether a date with its day starts at token i: "12
// October", "12th of October", "October 12", "the last day of June".
func (r *recogniser) dayDate(i int) bool {
	if _, _, _, ok := r.numericDate(i); ok {
		return true // "on 28/11/2031"
	}
	if r.word(i) == "the" {
		i++
	}
	if w := r.word(i); (w == "last" || w == "first") && r.word(i+1) == "day" && r.word(i+2) == "of" {
		_, ok := r.month(i + 3)
		return ok
	}
	_, _, _, ok := r.dayOfMonth(i)
	return ok || r.isoDateAt(i)
}

// relativeClause reports whether a clause of its own ("…, which came into
// force in March 2024") opens between tokens a and b.
func (r *recogniser) relativeClause(a, b int) bool {
	for k := a; k < b; k++ {
		if r.punct(k) == "," {
			switch r.word(k + 1) {
			case "which", "who", "whose", "reflecting":
				return true
			}
		}
	}
	return false
}

// beyond reports whether a quantity stands between tokens a and b outside
// brackets: in "431,000 (down 49%) in the year to June" the period is
// 431,000's too.
func (r *recogniser) beyond(qs []quantity, a, b int) bool {
	for i := range qs {
		if qs[i].ts >= a && qs[i].te <= b && !r.bracketed(a, qs[i].ts, b) && !r.attached(&qs[i]) {
			return true
		}
	}
	return false
}

// attached reports whether q is a figure that hangs on the one before it
// in the same clause, and so shares its period: the boats the people came
// in ("1,027 people crossed in 17 boats yesterday") or the whole they are a
// part of ("11,200 of the 104,300 lodged in the year to June"), or the
// margin of the estimate ("431,000 +/- 52,000 in the year ending December
// 2024").
func (r *recogniser) attached(q *quantity) bool {
	if r.marginBefore(q.ts) {
		return true
	}
	switch r.word(q.ts - 1) {
	case "in", "aboard", "on":
		w := r.word(q.te)
		return isBoats(w) || w == "small" && (isBoats(r.word(q.te+1)) || isBoat(r.word(q.te+1)))
	case "the":
		return r.word(q.ts-2) == "of" && q.ts-3 >= r.lo && r.toks[q.ts-3].kind == tNum
	}
	return false
}

// bracketed reports whether token i, between a and b, is inside a bracket
// that opens and closes between them.
func (r *recogniser) bracketed(a, i, b int) bool {
	open := -1
	for k := a; k < i; k++ {
		switch r.punct(k) {
		case "(":
			open = k
		case ")":
			open = -1
		}
	}
	if open < 0 {
		return false
	}
	for k := i; k < b; k++ {
		if r.punct(k) == ")" {
			return true
		}
	}
	return false
}

// sameSpan are the words of "the same X" that names a span of time a
// figure is compared with ("the same quarter last year").
var sameSpan = map[string]bool{"point": true, "time": true, "stage": true, "period": true, "quarter": true, "month": true,
	"months": true, "week": true, "weeks": true, "day": true, "date": true, "year": true, "stretch": true}
