package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
)

// period is a period expression found in a sentence, resolved to dates
// where the text and the publication date allow.
type period struct {
	s, e       int // tokens
	start, end model.Date
	// vague says the phrase gives no start of its own ("so far",
	// "already", "to date"): a figure takes it only when its sentence
	// names no other period ("So far 4,000 have been returned this year")
	vague bool
	// trailing says the phrase is the twelve months to publication ("the
	// past year"): a change over it that reaches a level of an earlier
	// date is over the year to that date (yearToLevel)
	trailing bool
	// sinceMonth says the phrase is "since" a month ("since June 2023"):
	// a change of a stock since it is from that month's end (stockSince)
	sinceMonth bool
	// point is the day "since the end of 2024" names, which a figure in a
	// clause on it is of (", when 38,079 were housed": pointOf)
	point model.Date
	// began says the phrase is when something began ("which began in
	// August"), from then to publication
	began bool
	// anaphor says the phrase points back at a year named before it
	// ("that year", "the same year"): its dates are that year's
	// (docState.resolveAnaphors)
	anaphor bool
}

var months map[string]int

func monthEnd(y, m int) model.Date {
	return model.Date{Time: time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)}
}

func monthStart(y, m int) model.Date { return model.Day(y, time.Month(m), 1) }

// yearEnding is the twelve months ending with month m of year y.
func yearEnding(y, m int) (model.Date, model.Date) {
	end := monthEnd(y, m)
	start := model.Date{Time: monthStart(y, m).AddDate(-1, 1, 0)}
	return start, end
}

func (r *recogniser) year(i int) (int, bool) {
	if !r.isNum(i) {
		return 0, false
	}
	t := r.text(i)
	if len(t) != 4 {
		return 0, false
	}
	y := 0
	for k := 0; k < len(t); k++ {
		if !isDigit(t[k]) {
			return 0, false // "1.25": what strconv.Atoi would refuse, without its error
		}
		y = 10*y + int(t[k]-'0')
	}
	if y < 1900 || y > 2100 {
		return 0, false
	}
	return y, true
}

func (r *recogniser) month(i int) (int, bool) {
	if !r.isMonth(i) {
		return 0, false
	}
	m := months[r.word(i)]
	// "may" and "march" are also verbs: they need a year or a day next to them
	w := r.word(i)
	if w == "may" || w == "march" || w == "mar" || w == "jan" || w == "dec" {
		if !isUpperWord(&r.toks[i]) {
			return 0, false
		}
	}
	return m, true
}

func (r *recogniser) day(i int) (int, bool) {
	if !r.isNum(i) || len(r.text(i)) > 2 {
		return 0, false
	}
	d, _ := strconv.Atoi(r.text(i))
	if d < 1 || d > 31 {
		return 0, false
	}
	return d, true
}

// midYear reads "mid-2023" at i.
func (r *recogniser) midYear(i int) (int, int, bool) {
	if r.word(i) == "mid" && r.punct(i+1) == "-" {
		if y, ok := r.year(i + 2); ok {
			return y, i + 3, true
		}
	}
	return 0, 0, false
}

// periods finds the period expressions of the sentence. pub is the
// document's publication date (zero when unknown).
func (r *recogniser) periods(lx *lexicon, pub time.Time, out []period) []period {
	for i := r.lo; i < r.hi; {
		// most tokens start no period: the test that periodAt opens with
		if t := &r.toks[i]; t.kind != tNum && t.flags&(fPeriod|fRelative|fNamed) == 0 {
			i++
			continue
		} else if t.kind == tNum {
			// a number starts a period only as a day, a count of months or
			// a quarter (one or two digits) or as a year (four): no branch
			// of periodAt reads any other number at i
			if n := t.be - t.bs; n != 1 && n != 2 && n != 4 {
				i++
				continue
			}
		}
		p, ok := r.periodAt(lx, pub, i)
		if !ok {
			i++
			continue
		}
		// "so far in 2024": a running total within a year
		if n := len(out); n > 0 && out[n-1].start.IsZero() && !out[n-1].end.IsZero() && out[n-1].e+1 == p.s && r.word(p.s-1) == "in" &&
			p.end.Sub(p.start.Time) > 300*24*time.Hour {
			prev := &out[n-1]
			prev.e, prev.start = p.e, p.start
			if p.end.Before(prev.end.Time) {
				prev.end = p.end
			}
			i = p.e
			continue
		}
		// "in the first six months of 2024, … up from 11,433 in the same
		// period of 2023": the same part of the year named (of a period
		// shorter than a year)
		if n := len(out); n > 0 && !p.start.IsZero() && !p.end.IsZero() {
			if at, ok := r.samePeriodBefore(p.s); ok && at >= out[n-1].e {
				// (a year named for months across two years is the
				// year they end in: "the three months to February")
				if q := out[n-1]; !q.start.IsZero() && !q.end.IsZero() && q.end.Sub(q.start.Time) < 360*24*time.Hour {
					by := p.start.Year() - q.end.Year()
					p.s, p.start, p.end = at, shiftYears(q.start, by), shiftYears(q.end, by)
				}
			}
		}
		// "at the same point last year", "by this time in 2023", "this time
		// last year": that year up to the day of the year the document is
		// of (when no period before it was shifted a year above)
		if at, ok := r.pointOfYearBefore(p.s); ok && !pub.IsZero() && calendarYear(p) && p.start.Year() < pub.Year() {
			p.s, p.end = at, shiftYears(model.Day(pub.Year(), pub.Month(), pub.Day()), p.start.Year()-pub.Year())
		}
		// "the pilot, which began in August", "since the scheme started in
		// 2022": from then to the document's day (to a day the sentence
		// gives later: "… began in August, 42 had been sent back by the end
		// of October", below)
		if at, ok := r.startedBefore(p.s); ok && !pub.IsZero() && !p.start.IsZero() && !p.end.IsZero() && !p.vague {
			if day := model.Day(pub.Year(), pub.Month(), pub.Day()); p.end.Before(day.Time) {
				p.s, p.end, p.began = at, day, true
			}
		}
		if n := len(out); n > 0 && out[n-1].began && p.start.IsZero() && !p.end.IsZero() && p.end.After(out[n-1].start.Time) {
			p.start = out[n-1].start
			out = out[:n-1] // (the figures are of the period to that day)
		}
		// "the total for 2025 so far": that year to the document's day
		if n := len(out); n > 0 && p.vague && !p.end.IsZero() && out[n-1].e == p.s && calendarYear(out[n-1]) &&
			!p.end.Before(out[n-1].start.Time) && p.end.Before(out[n-1].end.Time) {
			out[n-1].e, out[n-1].end = p.e, p.end
			i = p.e
			continue
		}
		out = append(out, p)
		i = p.e
	}
	return out
}

// calendarYear says whether p runs from 1 January to 31 December of one
// year.
func calendarYear(p period) bool {
	return !p.start.IsZero() && !p.end.IsZero() && p.start.Month() == time.January && p.start.Day() == 1 &&
		p.end.Month() == time.December && p.end.Day() == 31 && p.end.Year() == p.start.Year()
}

// pointOfYearBefore reports whether a point in the year stands right
// before token i ("at the same point", "by this time in", "at this stage
// of", "by the same date"), and where it starts.
func (r *recogniser) pointOfYearBefore(i int) (int, bool) {
	k := i - 1
	if w := r.word(k); w == "in" || w == "of" {
		k--
	}
	switch r.word(k) {
	case "point", "time", "stage", "date":
	default:
		return 0, false
	}
	switch r.word(k - 1) {
	case "this":
		return k - 1, true
	case "same":
		if r.word(k-2) == "the" {
			return k - 2, true
		}
		return k - 1, true
	}
	return 0, false
}

// samePeriodBefore reports whether "the same period of", "the same
// months in" or "the same point" stands right before token i, and where it
// starts.
func (r *recogniser) samePeriodBefore(i int) (int, bool) {
	k := i - 1
	if w := r.word(k); w == "of" || w == "in" {
		k--
	}
	if w := r.word(k); (w != "period" && w != "months" && w != "point" && w != "time") || r.word(k-1) != "same" {
		return 0, false
	}
	if r.word(k-2) == "the" {
		return k - 2, true
	}
	return k - 1, true
}

// shiftYears moves day d by n years; the last day of a month stays the
// last day of that month (29 February is the 28th in a year that is not a
// leap year).
func shiftYears(d model.Date, n int) model.Date {
	y, m := d.Year()+n, int(d.Month())
	if d.Equal(monthEnd(d.Year(), m).Time) {
		return monthEnd(y, m)
	}
	return model.Day(y, d.Month(), d.Day())
}

func (r *recogniser) periodAt(lx *lexicon, pub time.Time, i int) (period, bool) {
	w := r.word(i)
	// relative phrases from the lexicon
	if !r.isNum(i) && r.toks[i].flags&(fPeriod|fRelative|fNamed) == 0 {
		return period{}, false
	}
	// "the" starts a period only before a number or a period word ("the
	// year to", "the 12 months to", "the first half of")
	if w == "the" && r.toks[i].flags&(fRelative|fNamed) == 0 && i+1 < r.hi && !r.isNum(i+1) && r.toks[i+1].flags&(fPeriod|fRelative) == 0 {
		return period{}, false
	}
	// named periods from the calendar: "since Sir Keir became PM"
	if m, ok := lx.namedMatch.at(r.toks, r.src, i, minInt(r.hi, i+12)); ok {
		np := lx.named[m.target]
		p := period{s: i, e: m.e, start: np.Start, end: np.End}
		if np.EndPublished {
			p.end = model.Date{}
			if !pub.IsZero() {
				p.end = model.Day(pub.Year(), pub.Month(), pub.Day())
			}
		}
		return p, true
	}
	if m, ok := lx.relative.at(r.toks, r.src, i, minInt(r.hi, i+8)); ok {
		rule := lx.periods.Relative[m.target].Rule
		p := period{s: i, e: m.e, vague: rule == "to_date", trailing: rule == "trailing_year", anaphor: rule == "anaphor"}
		if !pub.IsZero() {
			p.start, p.end = resolveRelative(rule, pub)
		}
		return p, true
	}
	if r.onlyPhrasesAt(i) {
		return period{}, false // ("to", "in", "the UK": none of the branches below)
	}
	return r.periodPastPhrases(lx, pub, i, w)
}

// onlyPhrasesAt reports whether a period can start at token i only as a
// named period or a relative phrase of the lexicon (periodAt's first two
// branches): at a word that is none of the words the other branches read at
// i (a period word, fPeriod, such as "the", "since", "first" or "week"; a
// month; a season; a number word; "this", "decade"), and at "the" before a
// word that is none of those either, nor a number ("the UK", "the number
// of"). Most of the words periods reads are such ("to", "in", "the"), and
// the rest of periodAt (periodPastPhrases) is most of its work. (A date in
// numbers, "2024-07-19", is read after a dash at i+1: not there.)
func (r *recogniser) onlyPhrasesAt(i int) bool {
	const starts = fPeriod | fMonth | fSeason | fUnitWord
	t := &r.toks[i]
	if t.kind != tWord || r.punct(i+1) == "-" {
		return false
	}
	if t.flags&starts == 0 {
		return t.low != "this" && t.low != "decade" // ("this summer"; "a decade ago")
	}
	if t.low != "the" {
		return false
	}
	if i+1 >= r.hi {
		return true
	}
	n := &r.toks[i+1]
	return n.kind != tNum && n.flags&starts == 0 && !(n.kind == tWord && n.low == "this") // ("the this winter" is read as "this winter")
}

// periodPastPhrases is periodAt past the named periods and relative
// phrases; w is the word at i. (A branch added here that starts at a word,
// or at "the" and a word, must see that word in periodStarters, or let
// onlyPhrasesAt know it; TestOnlyPhrasesAt looks for the misses.)
func (r *recogniser) periodPastPhrases(lx *lexicon, pub time.Time, i int, w string) (period, bool) {
	if p, ok := r.partOfYear(i, pub); ok {
		return p, true
	}
	if p, ok := r.season(lx, i, pub); ok {
		return p, true
	}
	if p, ok := r.yearsAgo(i, pub); ok {
		return p, true
	}
	// "year ending (YE) December 2023", "year to mid-2023", "12 months to March"
	j := i
	if r.word(j) == "the" {
		j++
	}
	yearWords := false
	nYears := 1
	// "the two years to mid-2024", "the three years to March 2025"
	if n, ok := lookup(r, j, fUnitWord, units); ok && n >= 2 && n <= 10 && r.word(j+1) == "years" {
		nYears = n
		j++
	} else if r.isNum(j) && len(r.text(j)) == 1 && r.text(j) >= "2" && r.word(j+1) == "years" {
		nYears = int(r.text(j)[0] - '0')
		j++
	}
	switch {
	case r.word(j) == "year" || r.word(j) == "years":
		yearWords = true
		j++
	case r.isNum(j) && r.text(j) == "12" && r.word(j+1) == "months":
		yearWords = true
		j += 2
	}
	if yearWords && (r.word(j) == "ending" || r.word(j) == "ended" || r.word(j) == "to") {
		k := j + 1
		// "the year to the end of June"
		if r.word(k) == "the" && r.word(k+1) == "end" && r.word(k+2) == "of" {
			k += 3
		}
		if r.punct(k) == "(" && r.word(k+1) == "ye" && r.punct(k+2) == ")" {
			k += 3
		}
		if y, e, ok := r.midYear(k); ok {
			s, en := yearEnding(y, 6)
			return period{s: i, e: e, start: earlierBy(s.Time, nYears-1), end: en}, true
		}
		if m, ok := r.month(k); ok {
			if y, ok := r.year(k + 1); ok {
				s, en := yearEnding(y, m)
				return period{s: i, e: k + 2, start: earlierBy(s.Time, nYears-1), end: en}, true
			}
			p := period{s: i, e: k + 1}
			if !pub.IsZero() {
				p.start, p.end = yearEnding(yearOfMonth(pub, m), m)
				p.start = earlierBy(p.start.Time, nYears-1)
			}
			return p, true
		}
	}
	// "YE December 2023", "YE June 2023"
	if r.word(i) == "ye" && r.text(i) == "YE" {
		if m, ok := r.month(i + 1); ok {
			if y, ok := r.year(i + 2); ok {
				s, en := yearEnding(y, m)
				return period{s: i, e: i + 3, start: s, end: en}, true
			}
		}
	}
	// "mid-2023"
	if y, e, ok := r.midYear(i); ok {
		d := model.Day(y, time.June, 30)
		return period{s: i, e: e, start: d, end: d}, true
	}
	// "2022/23", "2022-23": a UK financial year
	if y, ok := r.year(i); ok && (r.punct(i+1) == "/" || r.punct(i+1) == "-" || r.punct(i+1) == "–") && r.adjacent(i+1) && r.isNum(i+2) && r.adjacent(i+2) {
		t := r.text(i + 2)
		if len(t) == 2 || len(t) == 4 {
			y2, _ := strconv.Atoi(t)
			if len(t) == 2 {
				y2 += y / 100 * 100
			}
			if y2 == y+1 {
				return period{s: i, e: i + 3, start: model.Day(y, time.April, 1), end: model.Day(y+1, time.March, 31)}, true
			}
		}
	}
	// "since 5 July", "since July 2024", "since 2018"
	if w == "since" {
		if p, ok := r.dateAt(i+1, pub); ok {
			p.s = i
			p.sinceMonth = !p.start.IsZero() && p.start.Day() == 1 && p.end.Equal(monthEnd(p.start.Year(), int(p.start.Month())).Time)
			if !pub.IsZero() && !p.start.IsZero() {
				p.end = model.Date{Time: time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)}
			} else {
				p.end = model.Date{}
			}
			return p, true
		}
		// "since the end of June 2023": from the day after it to
		// publication ("since the start of July": from that day)
		k := i + 1
		if r.word(k) == "the" {
			k++
		}
		if w := r.word(k); (w == "end" || w == "start" || w == "beginning") && r.word(k+1) == "of" {
			if p, ok := r.dateAt(k+2, pub); ok && p.s >= i+1 && !p.start.IsZero() && !p.end.IsZero() {
				p.s, p.point = i, p.start
				if w == "end" { // (of a month or of a year: "since the end of 2024")
					p.point = p.end
					p.start = model.Date{Time: p.end.AddDate(0, 0, 1)}
				}
				p.end = model.Date{}
				if !pub.IsZero() {
					p.end = model.Day(pub.Year(), pub.Month(), pub.Day())
				}
				return p, true
			}
		}
		// "since January": from the start of the last such month to
		// publication
		if m, ok := r.month(i + 1); ok && isUpperWord(&r.toks[i+1]) {
			p := period{s: i, e: i + 2, sinceMonth: true}
			if !pub.IsZero() {
				p.start = monthStart(yearOfMonth(pub, m), m)
				p.end = model.Day(pub.Year(), pub.Month(), pub.Day())
			}
			return p, true
		}
	}
	// "on Monday": the last such day on or before publication
	if w == "on" || w == "last" {
		if wd, ok := lx.periods.Weekdays[r.word(i+1)]; ok && isUpperWord(&r.toks[i+1]) {
			p := period{s: i, e: i + 2}
			if !pub.IsZero() {
				d := lastWeekday(pub, wd)
				if w == "last" && d.Equal(time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)) {
					d = d.AddDate(0, 0, -7)
				}
				p.start, p.end = model.Date{Time: d}, model.Date{Time: d}
			}
			return p, true
		}
	}
	// "Friday's 712 travellers": that day
	// (only a word with "'s" is looked up in the two maps below: the
	// lookups are most of this function's time otherwise)
	if day := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"); day != w {
		if wd, ok := lx.periods.Weekdays[day]; ok && isUpperWord(&r.toks[i]) {
			p := period{s: i, e: i + 1}
			if !pub.IsZero() {
				d := lastWeekday(pub, wd)
				p.start, p.end = model.Date{Time: d}, model.Date{Time: d}
			}
			return p, true
		}
		// "September's total", "June's 3,100 arrivals": the latest such month
		// (a month's full name: not "Jan's", nor "May's" or "March's", nor
		// "Theresa May's", after a name)
		if m, ok := months[day]; ok && len(day) > 3 && day != "sept" && day != "may" && day != "march" && isUpperWord(&r.toks[i]) && !pub.IsZero() &&
			!(i > r.lo && r.toks[i-1].kind == tWord && isUpperWord(&r.toks[i-1]) && r.toks[i-1].nl == 0) {
			y := yearOfMonth(pub, m)
			return period{s: i, e: i + 1, start: monthStart(y, m), end: monthEnd(y, m)}, true
		}
	}
	if p, ok := r.dateAt(i, pub); ok {
		return p, true
	}
	return period{}, false
}

// dayOfMonth reads a day of a month at token i, "12 October", "12th of
// October" or "October 12" (not "October 12 2024"), and returns the day, the
// month and the token after them.
func (r *recogniser) dayOfMonth(i int) (day, month, end int, ok bool) {
	if d, ok := r.day(i); ok {
		k := i + 1
		if w := r.word(k); w == "st" || w == "nd" || w == "rd" || w == "th" {
			k++
		}
		if r.word(k) == "of" {
			k++
		}
		if m, ok := r.month(k); ok {
			return d, m, k + 1, true
		}
		return 0, 0, 0, false
	}
	if m, ok := r.month(i); ok {
		if d, ok := r.day(i + 1); ok && !r.isNum(i+2) {
			return d, m, i + 2, true
		}
	}
	return 0, 0, 0, false
}

// dateAt reads "5 July 2024", "5 July", "July 2024", "July" (after since, in,
// during or throughout), "2024".
func (r *recogniser) dateAt(i int, pub time.Time) (period, bool) {
	if d, m, e, ok := r.dayOfMonth(i); ok && r.isNum(i) {
		if y, ok := r.year(e); ok {
			day := model.Day(y, time.Month(m), d)
			return period{s: i, e: e + 1, start: day, end: day}, true
		}
		p := period{s: i, e: e}
		if !pub.IsZero() {
			y, e2 := r.dayYear(pub, m, e)
			day := model.Day(y, time.Month(m), d)
			p.e, p.start, p.end = e2, day, day
		}
		return p, true
	}
	if m, ok := r.month(i); ok {
		// "at the end of June", "the end of March 2026", "when December
		// ended", "the last day of June": the last day of the month ("the
		// start of July", "the first day of March": the first); "by the end
		// of March": everything up to that day
		s, e, edge := -1, i+1, ""
		switch w2 := r.word(i - 2); {
		case r.word(i-1) == "of" && (w2 == "end" || w2 == "close" || w2 == "start" || w2 == "beginning") || r.word(i+1) == "ended" && r.word(i-1) == "when":
			s, edge = i-2, w2
			if w2 == "close" {
				edge = "end" // "at the close of June"
			}
			if r.word(i+1) == "ended" {
				s, e, edge = i, i+2, "end"
			}
		case r.word(i-1) == "of" && w2 == "day" && (r.word(i-3) == "last" || r.word(i-3) == "first"):
			s, edge = i-3, "start"
			if r.word(i-3) == "last" {
				edge = "end"
			}
		}
		if s >= 0 {
			if s < i && r.word(s-1) == "the" { // (not "when December ended")
				s--
			}
			y, ok := r.year(e)
			if ok {
				e++
			} else if pub.IsZero() {
				return period{s: s, e: e}, true
			} else {
				y = yearOfMonth(pub, m)
			}
			d := monthStart(y, m)
			if edge == "end" {
				d = monthEnd(y, m)
			}
			p := period{s: s, e: e, start: d, end: d}
			if r.word(s-1) == "by" {
				p.start = model.Date{}
			}
			return p, true
		}
		if y, ok := r.year(i + 1); ok {
			return period{s: i, e: i + 2, start: monthStart(y, m), end: monthEnd(y, m)}, true
		}
		if d, _, e, ok := r.dayOfMonth(i); ok {
			p := period{s: i, e: e}
			if !pub.IsZero() {
				y, e2 := r.dayYear(pub, m, e)
				day := model.Day(y, time.Month(m), d)
				p.e, p.start, p.end = e2, day, day
			}
			return p, true
		}
		// "crossed in June", "during August": the latest such month on or
		// before the publication date
		// ("In April 3,865 people crossed": a count after it, not a day)
		if w := r.word(i - 1); (w == "in" || w == "during" || w == "throughout") && !pub.IsZero() && !(r.isNum(i+1) && r.maybeDay(i+1)) {
			y := yearOfMonth(pub, m)
			return period{s: i, e: i + 1, start: monthStart(y, m), end: monthEnd(y, m)}, true
		}
		// "But April brought 3,865 crossings", "September saw 4,905
		// arrivals", "the August total of 5,380", "and May 4,702": a month
		// that is what a sentence's figure is of, the latest such month on
		// or before publication
		if !pub.IsZero() && isUpperWord(&r.toks[i]) && r.monthSubject(i) {
			y := yearOfMonth(pub, m)
			return period{s: i, e: i + 1, start: monthStart(y, m), end: monthEnd(y, m)}, true
		}
	}
	// "2024-07-19": that day
	if r.isoDateAt(i) {
		y, _ := r.year(i)
		m, _ := strconv.Atoi(r.text(i + 2))
		d, _ := strconv.Atoi(r.text(i + 4))
		day := model.Day(y, time.Month(m), d)
		if int(day.Month()) == m && day.Day() == d {
			return period{s: i, e: i + 5, start: day, end: day}, true
		}
	}
	// "the 2010s", "in the 1990s": a decade ("the 1990's" too; but
	// "up from 2020's 8,466" is the year's, a possessive)
	if y, ok := r.year(i); ok && y%10 == 0 && !r.adjacent(i) && r.adjacent(i+1) && (r.word(i+1) == "s" || r.punct(i+1) == "'" && r.word(i+2) == "s" && r.adjacent(i+2) && r.decadeBefore(i)) {
		e := i + 2
		if r.word(i+1) != "s" {
			e++
		}
		return period{s: i, e: e, start: model.Day(y, time.January, 1), end: model.Day(y+9, time.December, 31)}, true
	}
	// (a year, not a count of boats: "in 2019 a boat held a dozen"; nor
	// the year a law or scheme was made: "under the 2022 scheme")
	if y, ok := r.year(i); ok && !r.adjacent(i) && (!r.countNounAfter(i+1) || timePreposition[r.word(i-1)]) && !r.instrumentYear(i) {
		return period{s: i, e: i + 1, start: model.Day(y, time.January, 1), end: model.Day(y, time.December, 31)}, true
	}
	return period{}, false
}

// dayYear returns the year of a day of month m written with no year and
// ending at token e, and the end of its period: the year of the latest such
// month on or before publication, or the one "last year" or "this year"
// after the day names ("on June 30 last year").
func (r *recogniser) dayYear(pub time.Time, m, e int) (int, int) {
	if r.word(e+1) == "year" {
		switch r.word(e) {
		case "last":
			return pub.Year() - 1, e + 2
		case "this":
			return pub.Year(), e + 2
		}
	}
	return yearOfMonth(pub, m), e
}

// maybeDay reports whether the number at token i could be a day of a
// month: one or two digits, 1 to 31 ("April 3", not "April 3,865").
func (r *recogniser) maybeDay(i int) bool {
	_, ok := r.day(i)
	return ok
}

// monthVerbs are the verbs, and monthNouns the nouns, after a month that
// make it what a figure is of: "April brought 3,865 crossings", "the
// August total".
var (
	monthVerbs = map[string]bool{"brought": true, "saw": true, "produced": true, "recorded": true, "added": true, "delivered": true}
	monthNouns = map[string]bool{"total": true, "figure": true, "tally": true, "count": true}
)

// monthSubject reports whether the month at token i opens a clause as what
// its figure is of: the subject of a verb of counting ("April brought …",
// "September saw …"), a total's ("the August total"), or a month in a
// list of months and counts ("…, and May 4,702").
func (r *recogniser) monthSubject(i int) bool {
	prev, next := r.word(i-1), r.word(i+1)
	opens := i == r.lo || prev == "but" || prev == "and" || prev == "while" || prev == "whereas" || r.punct(i-1) == ","
	switch {
	case opens && monthVerbs[next]:
		return true
	case (opens || prev == "the") && monthNouns[next]:
		return true
	case (prev == "and" || r.punct(i-1) == ",") && r.isNum(i+1) && !r.maybeDay(i+1) && r.numberBefore(i-1):
		return true
	}
	return false
}

// decadeBefore reports whether the words before the year at i make it a
// decade when it is written with "'s": "the 1990's", "the early 2000's".
func (r *recogniser) decadeBefore(i int) bool {
	k := i - 1
	switch r.word(k) {
	case "early", "mid", "late":
		k--
	}
	return r.word(k) == "the"
}

// instrumentNoun are the nouns of a law, a set of rules or a scheme, which
// a year before them dates ("the 2024 rules", "the 2023 Act's powers").
var instrumentNoun = map[string]bool{"rules": true, "rule": true, "act": true, "acts": true, "law": true, "laws": true, "legislation": true, "bill": true,
	"regulations": true, "scheme": true, "schemes": true, "reforms": true, "reform": true, "policy": true, "policies": true, "manifesto": true,
	"guidance": true, "treaty": true, "convention": true, "directive": true, "amendment": true, "amendments": true, "ban": true, "crackdown": true}

// instrumentYear reports whether the year at token i says when a law, a set
// of rules or a scheme was made, not the period of the figures near it: "the
// 2024 rules", "under the 2022 scheme", "the 2023 Act's powers", "the 2024
// Safety of Rwanda Act", "the Illegal Migration Act 2023" ("in 2024 rules
// were tightened", "the 2024 total" and "2024's figure" are periods).
func (r *recogniser) instrumentYear(i int) bool {
	if timePreposition[r.word(i-1)] {
		return false
	}
	if w := r.word(i - 1); (w == "act" || w == "bill" || w == "regulations") && isUpperWord(&r.toks[i-1]) {
		return true
	}
	// the noun, after the words of a title ("Safety of Rwanda", "Nationality,
	// Immigration and Asylum")
	for k := i + 1; k < r.hi && k <= i+8; k++ {
		w := r.word(k)
		if instrumentNoun[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")] {
			return true
		}
		switch {
		case w != "" && isUpperWord(&r.toks[k]):
		case k > i+1 && (w == "of" || w == "and" || w == "for" || r.punct(k) == ","):
		default:
			return false
		}
	}
	return false
}

// timePreposition are the words after which a four-digit number from
// 1900 to 2100 is a year whatever follows it ("in 2019 boats held a dozen").
var timePreposition = map[string]bool{"in": true, "during": true, "since": true, "until": true, "throughout": true}

// relativeRules are the rules a relative period of the lexicon may name:
// resolveRelative knows each.
var relativeRules = map[string]bool{"year_to_date": true, "previous_year": true, "previous_month": true,
	"month_to_date": true, "previous_week": true, "week_to_date": true, "yesterday": true, "today": true,
	"first_half": true, "to_date": true, "trailing_year": true,
	"financial_year_to_date": true, "previous_financial_year": true, "next_financial_year": true,
	"anaphor": true} // (no dates of its own: resolveAnaphors)

func resolveRelative(rule string, pub time.Time) (model.Date, model.Date) {
	y, m, d := pub.Year(), pub.Month(), pub.Day()
	today := model.Day(y, m, d)
	switch rule {
	case "year_to_date":
		return model.Day(y, time.January, 1), today
	case "previous_year":
		return model.Day(y-1, time.January, 1), model.Day(y-1, time.December, 31)
	case "previous_month":
		first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
		return model.Date{Time: first}, monthEnd(first.Year(), int(first.Month()))
	case "month_to_date":
		return monthStart(y, int(m)), today
	case "previous_week":
		t := today.Time
		for t.Weekday() != time.Monday {
			t = t.AddDate(0, 0, -1)
		}
		return model.Date{Time: t.AddDate(0, 0, -7)}, model.Date{Time: t.AddDate(0, 0, -1)}
	case "week_to_date":
		t := today.Time
		for t.Weekday() != time.Monday {
			t = t.AddDate(0, 0, -1)
		}
		return model.Date{Time: t}, today
	case "yesterday":
		t := today.AddDate(0, 0, -1)
		return model.Date{Time: t}, model.Date{Time: t}
	case "today":
		return today, today
	case "first_half":
		return model.Day(y, time.January, 1), model.Day(y, time.June, 30)
	case "to_date":
		return model.Date{}, today
	case "trailing_year":
		return model.Date{Time: today.AddDate(-1, 0, 1)}, today
	case "financial_year_to_date", "previous_financial_year", "next_financial_year":
		// the UK's financial year, April to March, that holds the date (to
		// the date, as "this year" is), or the one before or after it
		fy := y
		if m < time.April {
			fy--
		}
		switch rule {
		case "previous_financial_year":
			fy--
		case "next_financial_year":
			fy++
		}
		if rule == "financial_year_to_date" {
			return model.Day(fy, time.April, 1), today
		}
		return model.Day(fy, time.April, 1), model.Day(fy+1, time.March, 31)
	}
	return model.Date{}, model.Date{}
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// partOfYear reads quarters, halves, runs of months and "N months to March":
// "Q1 2024", "the first half of 2024", "between July and September 2023",
// "the three months to March", "August last year".
func (r *recogniser) partOfYear(i int, pub time.Time) (period, bool) {
	j := i
	if r.word(j) == "the" {
		j++
	}
	// "Q1 2024", "H2 2025" (a half), and with the year first, as tables
	// write them: "2024 Q3", "2025 H1"
	if months, n, ok := r.partLabel(j); ok {
		if y, ok := r.year(j + 2); ok {
			return period{s: i, e: j + 3, start: monthStart(y, months*(n-1)+1), end: monthEnd(y, months*n)}, true
		}
	}
	if y, ok := r.year(j); ok && j == i {
		if months, n, ok := r.partLabel(j + 1); ok {
			return period{s: i, e: j + 3, start: monthStart(y, months*(n-1)+1), end: monthEnd(y, months*n)}, true
		}
	}
	// "30/09/2025": a day as the UK writes it (day, month, year; "09/30/2025"
	// when the month cannot be first)
	if d, m, y, ok := r.numericDate(j); ok {
		day := model.Day(y, time.Month(m), d)
		return period{s: i, e: j + 5, start: day, end: day}, true
	}
	// "FY24/25", "FY2024/25": a UK financial year
	if r.word(j) == "fy" && r.isNum(j+1) && r.adjacent(j+1) && (r.punct(j+2) == "/" || r.punct(j+2) == "-") && r.adjacent(j+2) && r.isNum(j+3) && r.adjacent(j+3) {
		a, b := r.text(j+1), r.text(j+3)
		y1, _ := strconv.Atoi(a)
		y2, _ := strconv.Atoi(b)
		if len(a) == 2 {
			y1 += 2000
		}
		if len(b) == 2 {
			y2 += y1 / 100 * 100
		}
		if (len(a) == 2 || len(a) == 4) && (len(b) == 2 || len(b) == 4) && y2 == y1+1 && y1 >= 1990 && y1 <= 2100 {
			return period{s: i, e: j + 4, start: model.Day(y1, time.April, 1), end: model.Day(y2, time.March, 31)}, true
		}
	}
	// "the first/second half of 2024", "the first quarter of 2024"; "in
	// the first quarter", "the second half of the year": the latest such
	// part of a year to start by publication
	if ord, ok := lookup(r, j, fOrdinal, ordinals); ok && j > i && (r.word(j+1) == "half" && ord <= 2 || r.word(j+1) == "quarter" && ord <= 4) {
		months := 3
		if r.word(j+1) == "half" {
			months = 6
		}
		first, last := months*(ord-1)+1, months*ord
		if r.word(j+2) == "of" {
			if y, ok := r.year(j + 3); ok {
				return period{s: i, e: j + 4, start: monthStart(y, first), end: monthEnd(y, last)}, true
			}
		}
		if w := r.word(j + 2); !pub.IsZero() && (w != "of" || r.word(j+3) == "the" && r.word(j+4) == "year") {
			e := j + 2
			if w == "of" {
				e = j + 5
			}
			y := pub.Year()
			if int(pub.Month()) < first {
				y--
			}
			return period{s: i, e: e, start: monthStart(y, first), end: monthEnd(y, last)}, true
		}
	}
	// "the three months to March 2024", "the six months ending June"
	n := 0
	k := j
	if r.word(k) == "first" {
		k++ // ("the first six months of 2024": below)
	}
	if r.isNum(k) && len(r.text(k)) <= 2 {
		n, _ = strconv.Atoi(r.text(k))
		k++
	} else if v, ok := lookup(r, k, fUnitWord, units); ok {
		n = v
		k++
	}
	// "the first six months of 2024", "the first nine months of last
	// year", "the first four months of this year": January to the n-th
	// month
	if r.word(j) == "first" && n > 0 && n < 12 && r.word(k) == "months" && r.word(k+1) == "of" {
		y, ok := r.year(k + 2)
		e := k + 3
		if !ok && !pub.IsZero() {
			switch {
			case r.word(k+2) == "last" && r.word(k+3) == "year":
				y, ok, e = pub.Year()-1, true, k+4
			case (r.word(k+2) == "this" || r.word(k+2) == "the") && r.word(k+3) == "year":
				y, ok, e = pub.Year(), true, k+4
			}
		}
		if ok {
			return period{s: i, e: e, start: monthStart(y, 1), end: monthEnd(y, n)}, true
		}
	}
	if r.word(j) == "first" {
		return period{}, false
	}
	// "the quarter to September 2024", "the quarter ending June": the
	// three months to that month, as "the three months to" are
	if n == 0 && j > i && r.word(j) == "quarter" {
		n, k = 3, j
	}
	if n > 0 && n != 12 && n <= 24 && (r.word(k) == "months" || r.word(k) == "quarter") && (r.word(k+1) == "to" || r.word(k+1) == "ending" || r.word(k+1) == "ended") {
		if m, ok := r.month(k + 2); ok {
			e := k + 3
			y, ok := r.year(k + 3)
			if ok {
				e++
			} else if pub.IsZero() {
				return period{s: i, e: e}, true
			} else {
				y = yearOfMonth(pub, m)
			}
			end := monthEnd(y, m)
			start := model.Date{Time: monthStart(y, m).AddDate(0, 1-n, 0)}
			return period{s: i, e: e, start: start, end: end}, true
		}
	}
	// "the week to 12 October", "the week ending 5 October 2025", "the two
	// weeks to 3 March", "the ten days to 9 May": the days up to that one
	days := 0
	switch k = j; {
	case r.word(k) == "week":
		days, k = 7, k+1
	case n > 0 && n <= 12 && (r.word(k+1) == "weeks" || r.word(k+1) == "days"):
		days, k = n, k+2
		if r.word(k-1) == "weeks" {
			days *= 7
		}
	}
	if days > 0 && (r.word(k) == "to" || r.word(k) == "ending" || r.word(k) == "ended") && r.dayDate(k+1) {
		if p, ok := r.dateAt(k+1, pub); ok {
			p.s = i
			if !p.end.IsZero() {
				p.start = model.Date{Time: p.end.AddDate(0, 0, 1-days)}
			}
			return p, true
		}
	}
	// "between July and September 2023", "July to September 2023"
	k = i
	if r.word(k) == "between" || r.word(k) == "from" {
		k++
	}
	if m1, ok := r.month(k); ok && (r.word(k+1) == "and" || r.word(k+1) == "to" || r.punct(k+1) == "-" || r.punct(k+1) == "–") {
		if m2, ok := r.month(k + 2); ok {
			y, ok := r.year(k + 3)
			e := k + 4
			// "between April and June": the latest such months
			if !ok && r.word(i) == "between" && !pub.IsZero() && !r.isNum(k+3) {
				y, ok, e = yearOfMonth(pub, m2), true, k+3
			}
			if ok {
				y1 := y
				if m1 > m2 {
					y1--
				}
				return period{s: i, e: e, start: monthStart(y1, m1), end: monthEnd(y, m2)}, true
			}
		}
	}
	// "August last year", "in March this year"
	if m, ok := r.month(j); ok && !pub.IsZero() {
		switch {
		case r.word(j+1) == "last" && r.word(j+2) == "year":
			y := pub.Year() - 1
			return period{s: i, e: j + 3, start: monthStart(y, m), end: monthEnd(y, m)}, true
		case r.word(j+1) == "this" && r.word(j+2) == "year":
			y := pub.Year()
			return period{s: i, e: j + 3, start: monthStart(y, m), end: monthEnd(y, m)}, true
		}
	}
	return period{}, false
}

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}

// words a period expression can start with, besides numbers, month names and
// the relative phrases of the lexicon.
var periodStarters = map[string]bool{"the": true, "year": true, "years": true, "week": true, "ye": true, "mid": true, "since": true,
	"on": true, "last": true, "between": true, "from": true, "q": true, "h": true, "fy": true, "first": true, "second": true, "third": true,
	"fourth": true, "quarter": true, "three": true, "six": true, "nine": true, "two": true, "four": true, "five": true, "seven": true,
	"eight": true, "ten": true, "eleven": true, "twelve": true}

// lastWeekday is the latest day of weekday wd (0 Sunday … 6 Saturday) on
// or before the publication date.
func lastWeekday(pub time.Time, wd int) time.Time {
	d := time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)
	for int(d.Weekday()) != wd {
		d = d.AddDate(0, 0, -1)
	}
	return d
}

// yearOfMonth is the year of the latest month m on or before the
// publication date: "the 12 months to March" in a July article ends in
// March of the same year, in a January article in March of the year before.
func yearOfMonth(pub time.Time, m int) int {
	if int(pub.Month()) < m {
		return pub.Year() - 1
	}
	return pub.Year()
}

// season reads a season at token i: "the summer of 2025", "spring 2024",
// "last summer", "this winter", "last autumn's peak". A season of a year
// is its months in that year (winter's run from its December into the next
// year); "this" is the one of the publication's year (winter: the one
// that holds publication, or the next), "last" the one a year before it
// ("last summer", in June or in October, is the summer of the year
// before; "last winter", in June, the one that ended in February).
func (r *recogniser) season(lx *lexicon, i int, pub time.Time) (period, bool) {
	j := i
	if r.word(j) == "the" {
		j++
	}
	rel := ""
	if w := r.word(j); w == "last" || w == "this" {
		rel, j = w, j+1
	}
	if !r.is(j, fSeason) {
		return period{}, false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(r.word(j), "'s"), "’s")
	ms, ok := lx.periods.Seasons[w]
	if !ok {
		return period{}, false
	}
	first, last := ms[0], ms[1]
	span := func(y int) (model.Date, model.Date) { // the season that starts in year y
		ly := y
		if last < first {
			ly++
		}
		return monthStart(y, first), monthEnd(ly, last)
	}
	switch {
	case rel != "":
		if pub.IsZero() {
			return period{s: i, e: j + 1}, true
		}
		y := pub.Year()
		if last < first && int(pub.Month()) <= last {
			y-- // (this winter, in January: the one that began in December)
		}
		if rel == "last" {
			y--
		}
		start, end := span(y)
		// ("this summer", in July: so far, as "this year" is)
		if today := model.Day(pub.Year(), pub.Month(), pub.Day()); !start.After(today.Time) && end.After(today.Time) {
			end = today
		}
		return period{s: i, e: j + 1, start: start, end: end}, true
	case j > i && r.word(j+1) == "of":
		// "the summer of 2025"
		if y, ok := r.year(j + 2); ok {
			start, end := span(y)
			return period{s: i, e: j + 3, start: start, end: end}, true
		}
	default:
		// "summer 2025", "in spring 2024"
		if y, ok := r.year(j + 1); ok && j == i {
			start, end := span(y)
			return period{s: i, e: j + 2, start: start, end: end}, true
		}
	}
	return period{}, false
}

// yearsAgo reads "ten years ago", "two years ago", "a decade ago" at token
// i: the calendar year that many years before publication. Not after a
// figure it is the base of ("from 41,000 a year ago"), which is the year
// before the figure's own period.
func (r *recogniser) yearsAgo(i int, pub time.Time) (period, bool) {
	s, n, k := i, 0, i
	switch w := r.word(i); {
	case (w == "year" || w == "decade") && (r.word(i-1) == "a" || r.word(i-1) == "one"):
		s, n, k = i-1, 1, i
	case r.isNum(i) && len(r.text(i)) <= 2:
		n, _ = strconv.Atoi(r.text(i))
		k = i + 1
	default:
		v, ok := lookup(r, i, fUnitWord, units)
		if !ok {
			return period{}, false
		}
		n, k = v, i+1
	}
	switch r.word(k) {
	case "year", "years":
	case "decade", "decades":
		n *= 10
	default:
		return period{}, false
	}
	if r.word(k+1) != "ago" || n < 1 || n > 100 || pub.IsZero() {
		return period{}, false
	}
	for b := s - 1; b >= r.lo && b >= s-3; b-- {
		if r.isNum(b) {
			return period{}, false
		}
	}
	y := pub.Year() - n
	return period{s: s, e: k + 2, start: model.Day(y, time.January, 1), end: model.Day(y, time.December, 31)}, true
}

// stockSince returns the period p of a change since a month
// that ends a quarter ("the backlog has fallen by 69,407 since June
// 2023") as from the end of that month, when the measure is a stock: its
// June figure is the one counted at the end of June, so the period starts
// the day after (the check takes the stock on the day before a period
// starts; stock: the change's measure is a stock, schemas.Measure.Stock).
// A flow since June counts June itself; a stock since July ("cut
// by half since July 2024") is from the count before July began, the
// end of June, as the period's start already says.
func stockSince(p period, stock bool) period {
	if !p.sinceMonth || !stock || p.start.IsZero() || p.start.Month()%3 != 0 {
		return p
	}
	start := model.Date{Time: monthEnd(p.start.Year(), int(p.start.Month())).AddDate(0, 0, 1)}
	if p.end.IsZero() || !start.After(p.end.Time) {
		p.start = start
	}
	return p
}

// startedBefore reports whether a verb of beginning and "in" or "on" stand
// right before token i ("began in", "was launched on", "came into force
// in"), and where the verb is.
func (r *recogniser) startedBefore(i int) (int, bool) {
	if w := r.word(i - 1); w != "in" && w != "on" {
		return 0, false
	}
	switch r.word(i - 2) {
	case "began", "begun", "started", "launched", "opened", "introduced", "commenced":
		return i - 2, true
	case "force":
		if r.word(i-3) == "into" && (r.word(i-4) == "came" || r.word(i-4) == "come") {
			return i - 4, true
		}
	}
	return 0, false
}

// partLabel reads a quarter's or a half's label at token j: "Q3" (3
// months, the third) or "H1" (6 months, the first).
func (r *recogniser) partLabel(j int) (months, n int, ok bool) {
	w := r.word(j)
	if (w != "q" && w != "h") || !r.isNum(j+1) || !r.adjacent(j+1) {
		return 0, 0, false
	}
	t := r.text(j + 1)
	months, last := 3, byte('4')
	if w == "h" {
		months, last = 6, '2'
	}
	if len(t) != 1 || t[0] < '1' || t[0] > last {
		return 0, 0, false
	}
	return months, int(t[0] - '0'), true
}

// numericDate reads a date written in numbers at token j, "30/09/2025" (the
// day first, as in the UK; the month first only when the day cannot be:
// "09/30/2025"): its day, month and year.
func (r *recogniser) numericDate(j int) (d, m, y int, ok bool) {
	if !r.isNum(j) || r.punct(j+1) != "/" || !r.adjacent(j+1) || !r.isNum(j+2) || !r.adjacent(j+2) || r.punct(j+3) != "/" || !r.adjacent(j+3) || !r.adjacent(j+4) {
		return 0, 0, 0, false
	}
	y, ok = r.year(j + 4)
	a, b := r.text(j), r.text(j+2)
	if !ok || len(a) > 2 || len(b) > 2 {
		return 0, 0, 0, false
	}
	d, _ = strconv.Atoi(a)
	m, _ = strconv.Atoi(b)
	if m > 12 && d <= 12 {
		d, m = m, d
	}
	if m < 1 || m > 12 || d < 1 || d > monthEnd(y, m).Day() {
		return 0, 0, 0, false
	}
	return d, m, y, true
}
