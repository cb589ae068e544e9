package check

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
)

// change checks a reported change ("fell by 178,000", "down 20%", "up a
// quarter") against two official levels: the level of the change's period
// and the level it changed from. What it changed from is the period's own
// year before for a flow counted over a year (arrivals in 2024 against
// arrivals in 2023; the year ending June 2024 against the year ending June
// 2023), and the stock at the period's start for a stock (the backlog at
// the end of June against the backlog at the end of March, for a change
// over the quarter to June; at a date, the stock a year earlier when the
// sentence says so: sameTimeOf; to the document's date, "since June
// 2023", the latest level the writer could know: latestLevel). A change of
// a flow over a shorter
// period may be against the period before or the same period a year
// earlier, and the text seldom says which: it is ambiguous unless its
// sentence says it is on the same period a year earlier, as is a change
// whose sentence names another year or a base of its own ("on 2019",
// "since the peak", "a decade ago"), which the observation does not keep
// (the "since" of a stock's own period is no other base: sinceLabel).
// Each level is the revision the writer could know (the base, when the
// period's level came out after the document, the one its release gave).
func (c *Checker) change(ch model.Check, r Figure, place, geo string) model.Check {
	percent := r.Statistic == "percent_change"
	var levels []Figure
	for _, f := range c.byKey[key(r.Measure, r.Geography)] {
		// (a percent change with no rate of its own may be of a rate:
		// "£8m a day, up 70%"; its two levels are then of one rate)
		if (percent || f.Unit == r.Unit) && (f.PerPeriod == r.PerPeriod || r.PerPeriod == "year" && f.PerPeriod == "" || percent && r.PerPeriod == "") {
			levels = append(levels, f)
		}
	}
	if len(levels) == 0 {
		ch.Verdict = "no_reference"
		ch.Rule = "'" + r.Quote + "' is " + statisticNames[r.Statistic] + ", and the official tables hold no level of " + r.Measure + " " + place + geo + " to measure it by"
		return ch
	}
	if r.PeriodStart.IsZero() || r.PeriodEnd.IsZero() {
		ch.Verdict = "ambiguous"
		ch.Rule = fmt.Sprintf("'%s' is %s that gives no period, and the official levels of %s %s cover %s", r.Quote, statisticNames[r.Statistic], r.Measure, placeOf(r.Geography), periodsOf(levels))
		return ch
	}
	var curAt, baseAt func(Figure) bool // the official levels the change is from and to
	var basePeriod string
	var toPublication bool // a stock's change to the document's date ("since June 2023")
	switch {
	case stock[r.Measure]:
		from := model.Date{Time: r.PeriodStart.AddDate(0, 0, -1)}
		if r.PeriodStart.Equal(r.PeriodEnd.Time) {
			if sameTimeOf(r) == nil {
				ch.Verdict = "ambiguous"
				ch.Rule = fmt.Sprintf("'%s' is %s of %s at %s, with no date it is measured from", r.Quote, statisticNames[r.Statistic], r.Measure, day(r.PeriodEnd))
				return ch
			}
			from = yearBefore(r.PeriodEnd) // ("40% lower than a year earlier")
		}
		curAt, baseAt = pointAt(r.PeriodEnd), pointAt(from)
		basePeriod = day(from)
		toPublication = !r.PeriodStart.Equal(r.PeriodEnd.Time) && !r.Published.IsZero() && r.PeriodEnd.Equal(dayOf(r.Published).Time)
	case yearLong(r.PeriodStart, r.PeriodEnd) || sameTimeOf(r) != nil && r.PeriodEnd.Before(r.PeriodStart.AddDate(1, 0, -1)):
		// (a year against the year before; a shorter period against the
		// same period a year earlier when the sentence says so: "down
		// 24% on the same month last year")
		bs, be := yearBefore(r.PeriodStart), yearBefore(r.PeriodEnd)
		curAt, baseAt = spanOf(r.PeriodStart, r.PeriodEnd), spanOf(bs, be)
		basePeriod = day(bs) + ".." + day(be)
	case !r.PeriodEnd.Before(r.PeriodStart.AddDate(1, 0, -1)):
		// ("more than halved since 2022": from 2022 to the latest year,
		// or the twelve months to the document's date)
		ch.Verdict = "ambiguous"
		ch.Rule = fmt.Sprintf("'%s' is %s over %s..%s, more than a year: it may compare the period's first year with its last, or other spans in it, and the text does not say which", r.Quote, statisticNames[r.Statistic], day(r.PeriodStart), day(r.PeriodEnd))
		return ch
	default:
		ch.Verdict = "ambiguous"
		ch.Rule = fmt.Sprintf("'%s' is %s over %s..%s, less than a year: it may be against the period before or the same period a year earlier, and the text does not say which", r.Quote, statisticNames[r.Statistic], day(r.PeriodStart), day(r.PeriodEnd))
		return ch
	}
	if w := otherBase(r); w != "" {
		ch.Verdict = "ambiguous"
		ch.Rule = fmt.Sprintf("'%s' is %s for %s..%s, but its sentence names %s: it may be measured from another period than %s", r.Quote, statisticNames[r.Statistic], day(r.PeriodStart), day(r.PeriodEnd), w, basePeriod)
		return ch
	}
	var latestNote string
	if toPublication {
		// (a stock is seldom counted on the day of publication: the change
		// runs to the latest level the writer could know)
		at, note, why := latestLevel(levels, r, basePeriod)
		if why != "" {
			ch.Verdict = "no_reference"
			ch.Rule = fmt.Sprintf("'%s' is %s of %s %s for %s..%s, to the document's date: %s", r.Quote, statisticNames[r.Statistic], r.Measure, placeOf(r.Geography), day(r.PeriodStart), day(r.PeriodEnd), why)
			return ch
		}
		curAt, latestNote = pointAt(at), note
	}
	var curs []Figure
	for _, f := range levels {
		if curAt(f) {
			curs = append(curs, f)
		}
	}
	// (a flow's level over a period with no figure of its own may be the
	// sum of figures that tile it: sumLevel)
	summable := !stock[r.Measure] && r.PerPeriod == ""
	var cur Figure
	var curParts []Figure
	var curNotes string
	if len(curs) > 0 {
		// (of the period's levels, those of r's own rate, if any: a percent
		// change with none of its own is of the rate its sentence gives it)
		rate := r.PerPeriod
		if percent && rate == "" {
			rate = rateOf(r)
		}
		var own []Figure
		for _, f := range curs {
			if f.PerPeriod == rate || rate == "year" && f.PerPeriod == "" { // (a rate per year is a year's total)
				own = append(own, f)
			}
		}
		if len(own) > 0 {
			curs = own
		}
		var note string
		cur, note = revision(curs, r.Published)
		curParts, curNotes = []Figure{cur}, otherEstimates(cur, note)
	} else {
		why := ""
		if summable {
			for _, unit := range unitsOf(levels, r) {
				if cur, curParts, curNotes, why, _ = sumLevel(levels, unit, r.PeriodStart, r.PeriodEnd, r.Published); curParts != nil || why != "" {
					break
				}
			}
		}
		if curParts == nil {
			ch.Verdict = "no_reference"
			ch.Rule = fmt.Sprintf("no official level of %s %s for %s..%s, the period of '%s'; %s", r.Measure, placeOf(r.Geography), day(r.PeriodStart), day(r.PeriodEnd), r.Quote, covers(why, levels))
			return ch
		}
	}
	var bases []Figure
	for _, f := range levels {
		if baseAt(f) && f.Unit == cur.Unit && f.PerPeriod == cur.PerPeriod {
			bases = append(bases, f)
		}
	}
	// (the base as the writer could know it; or, when the level of the
	// period came out after the document, as its release gave it: a
	// change foreseen is compared with the change then published, not
	// with the new level against an estimate that release revised)
	asOf := r.Published
	if !asOf.IsZero() && cur.Published.After(asOf) {
		asOf = cur.Published
	}
	var base Figure
	var baseParts []Figure
	var baseNotes string
	if len(bases) > 0 {
		var note string
		base, note = revision(bases, asOf)
		baseParts, baseNotes = []Figure{base}, otherEstimates(base, note)
	} else {
		why := ""
		if summable {
			bs, be := yearBefore(r.PeriodStart), yearBefore(r.PeriodEnd)
			base, baseParts, baseNotes, why, _ = sumLevel(levels, cur.Unit, bs, be, asOf)
		}
		if baseParts == nil {
			ch.Verdict = "no_reference"
			ch.Rule = fmt.Sprintf("no official level of %s %s for %s, which '%s' is measured from; %s", r.Measure, placeOf(r.Geography), basePeriod, r.Quote, covers(why, levels))
			return ch
		}
	}
	// the official change, within the rounding of the two levels
	cl, chi := boundsOf(curParts)
	bl, bhi := boundsOf(baseParts)
	v, rlo, rhi := *cur.Value-*base.Value, cl-bhi, chi-bl
	unit := cur.Unit
	if percent {
		if bl <= 0 {
			ch.Verdict = "no_reference"
			ch.Rule = fmt.Sprintf("'%s' is a percent change from an official level of %s for %s: no percentage can be taken of it", r.Quote, num(*base.Value, unit), basePeriod)
			return ch
		}
		v, rlo, rhi = pct(*cur.Value, *base.Value), pct(cl, bhi), pct(chi, bl)
		unit = "percent"
	}
	for _, fs := range [][]Figure{curParts, baseParts} {
		for _, f := range fs {
			ch.ReferenceIDs = append(ch.ReferenceIDs, f.ID)
		}
	}
	ch.Reference = &v
	if ch.Reported != nil {
		d := v - *ch.Reported
		ch.Difference = &d
		if v != 0 {
			rd := d / v
			ch.RelativeDifference = &rd
		}
	}
	lo, hi, loOpen, hiOpen := changeBounds(r)
	verb := "is outside"
	ch.Verdict = "inconsistent"
	if overlaps(lo, hi, loOpen, hiOpen, rlo, rhi) {
		ch.Verdict, verb = "consistent", "is within"
	}
	titles := cur.Title
	if base.Title != cur.Title {
		titles += "; " + base.Title
	}
	ch.Rule = fmt.Sprintf("'%s' means %s: official %s for %s against %s for %s is a change of %s (%s), which %s it",
		r.Quote, describe(lo, hi, loOpen, hiOpen, unit), num(*cur.Value, cur.Unit), cur.PeriodLabel, num(*base.Value, base.Unit), base.PeriodLabel,
		signed(v, unit), titles, verb)
	// (the revisions not taken, as a level's rule names them)
	ch.Rule += curNotes + baseNotes + latestNote
	return ch
}

// staleAfter is how old the latest level of a stock may be, before the
// document's date, for a change to that date to be measured by it: two
// quarters. A quarterly count (the asylum backlog) comes out about two
// months after its quarter ends, so the latest a writer can know is at most
// five months old; an older one means the tables lack the writer's figure
// (a release not among them, or one the series stopped before), and the
// change since would be measured over a shorter span than the writer's.
const staleAfter = 6 // months

// latestLevel is the day of the latest official level of r's stock on or
// before the document's date, among those published by then (what the
// writer could know), and after the day the change is from (base); note
// names it in the rule. why says why there is none, or that it is more than
// staleAfter months before the document.
func latestLevel(levels []Figure, r Figure, base string) (at model.Date, note, why string) {
	pub := dayOf(r.Published)
	for _, f := range levels {
		if f.PeriodStart.Equal(f.PeriodEnd.Time) && !f.PeriodEnd.After(pub.Time) && !f.Published.After(r.Published) && f.PeriodEnd.After(at.Time) {
			at = f.PeriodEnd
		}
	}
	switch {
	case at.IsZero() || day(at) <= base:
		return at, "", fmt.Sprintf("no official level of %s after %s was published by %s", r.Measure, base, day(pub))
	case at.Before(pub.AddDate(0, -staleAfter, 0)):
		return at, "", fmt.Sprintf("the latest official level of %s published by %s is for %s, more than six months before: the writer may have had a later figure", r.Measure, day(pub), day(at))
	}
	n := int(pub.Sub(at.Time).Hours()/24 + 0.5)
	return at, fmt.Sprintf("; %s is the latest official level of %s published by %s, the document's date (%d days before it)", day(at), r.Measure, day(pub), n), ""
}

// dayOf is the day of a time.
func dayOf(t time.Time) model.Date { return model.Day(t.Year(), t.Month(), t.Day()) }

// otherEstimates names the revisions of f not taken (note, from revision):
// "; other estimates of 2039-07-01..2040-06-30: 800,000 in …".
func otherEstimates(f Figure, note string) string {
	if note == "" {
		return ""
	}
	return "; other estimates of " + f.PeriodLabel + ": " + strings.TrimPrefix(note, "; other estimates: ")
}

// covers ends the rule of a level not found: what the figures inside its
// period leave out (why, from sumLevel), else the periods the tables cover.
func covers(why string, levels []Figure) string {
	if why != "" {
		return "the figures inside it " + why
	}
	return "the tables cover " + periodsOf(levels)
}

// unitsOf is the units a level of r's change may be in: r's own, or, of a
// percent change, each unit of the official levels.
func unitsOf(levels []Figure, r Figure) []string {
	if r.Statistic != "percent_change" {
		return []string{r.Unit}
	}
	var units []string
	for _, f := range levels {
		if !slices.Contains(units, f.Unit) {
			units = append(units, f.Unit)
		}
	}
	return units
}

// moneyRate is a sum of money in a sentence, and the rate after it if any:
// "£8.3m a day", "£64m per week", "£150 per night", "£3.3bn".
var moneyRate = regexp.MustCompile(`(?i)[£$€]\s?[0-9][0-9,.]*(?:\s?(?:bn|billion|m|million|k|thousand)\b)?(?:\s+(?:a|an|per|each|every)\s+(day|night|week|month|year)\b)?`)

// rateOf is the rate of the sums of money in r's sentence when they all
// have one ("day" in "hotels cost £8.3m a day in 2023-24, up 4% on the year
// before"; a night's is a day's): a percent change of a rate goes with the
// sum it is said of. It is "" when there is no sum, or one with no rate or
// another ("£5.4bn in 2023-24, or £15m a day, up 36%" is of either, and
// the yearly totals stand).
func rateOf(r Figure) string {
	rate := ""
	for i, m := range moneyRate.FindAllStringSubmatchIndex(r.Sentence, -1) {
		per := ""
		if m[2] >= 0 {
			per = strings.ToLower(r.Sentence[m[2]:m[3]])
			if per == "night" {
				per = "day"
			}
		}
		if per == "" || i > 0 && per != rate {
			return ""
		}
		rate = per
	}
	return rate
}

// pointAt selects the official levels of a stock on day d.
func pointAt(d model.Date) func(Figure) bool {
	return func(f Figure) bool { return f.PeriodStart.Equal(d.Time) && f.PeriodEnd.Equal(d.Time) }
}

// spanOf selects the official levels for [s, e].
func spanOf(s, e model.Date) func(Figure) bool {
	return func(f Figure) bool { return f.PeriodStart.Equal(s.Time) && f.PeriodEnd.Equal(e.Time) }
}

// yearLong says whether [s, e] is a year: a calendar or financial year, or
// the twelve months to a month's end.
func yearLong(s, e model.Date) bool {
	return yearBefore(model.Date{Time: e.AddDate(0, 0, 1)}).Equal(s.Time)
}

// yearBefore is d a year earlier; the last day of a month stays the last
// day (29 February 2024 gives 28 February 2023).
func yearBefore(d model.Date) model.Date {
	t := d.AddDate(-1, 0, 0)
	if t.Day() != d.Day() { // (29 February: AddDate gives 1 March)
		t = t.AddDate(0, 0, -t.Day())
	}
	if lastDay(d.Time) {
		t = time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, t.Location())
	}
	return model.Date{Time: t}
}

func lastDay(t time.Time) bool { return t.AddDate(0, 0, 1).Day() == 1 }

// yearWord is a year in a sentence.
var yearWord = regexp.MustCompile(`\b(19[5-9][0-9]|20[0-9][0-9])\b`)

// sameTimeLastYear are words that measure a change from the same period a
// year earlier: "on the same month last year", "than a year earlier",
// "year on year".
var sameTimeLastYear = regexp.MustCompile(`(?i)\b(?:same\s+(?:period|time|point|day|weeks?|months?|quarter)\s+(?:(?:of|in)\s+)?(?:last\s+year|the\s+(?:previous|prior)\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|before|ago)|(?:19|20)[0-9]{2}\b)|(?:a\s+year|twelve\s+months|12\s+months)\s+(?:earlier|before|ago)|year[\s-]on[\s-]year)`)

// percentWord is a percentage in a sentence: "24%", "19 per cent", "a
// fifth".
var percentWord = regexp.MustCompile(`(?i)%|\bper\s*cent\b|\b(?:a|one)\s+(?:half|third|quarter|fifth|tenth)\b`)

// sameTimeOf is the span of the words of sameTimeLastYear in r's sentence
// that measure r's change: the first after r's figure with no other
// percentage between them (in "19% higher than in July, and down 24% on a
// year earlier" they are 24%'s, not 19%'s); nil when there are none.
func sameTimeOf(r Figure) []int {
	i := strings.Index(r.Sentence, r.Quote)
	if i < 0 || r.Quote == "" {
		return nil
	}
	after := i + len(r.Quote)
	m := sameTimeLastYear.FindStringIndex(r.Sentence[after:])
	if m == nil || percentWord.MatchString(r.Sentence[after:after+m[0]]) {
		return nil
	}
	return []int{after + m[0], after + m[1]}
}

// baseWords are words that give a change a base of its own: a peak, a time
// long ago, a start ("since"), or another span ("20% below the record");
// words that say where a level stands are levelWords ("a record 45,774").
var baseWords = regexp.MustCompile(`(?i)\b(since|ago|decade|peak|peaked|pre-pandemic|before the pandemic|record|highest|lowest|quarter|month|week)\b`)

// levelWords are words that say where a level or a change stands, not
// what a change is measured from: "a record 45,774", "a new peak", "its
// lowest level since 2019", "the highest since records began", "the biggest
// fall since the pandemic". Their years and words are no
// other base, unless the change is measured from them ("20% below the
// record", "down from its highest since 2015": fromWord).
var levelWords = regexp.MustCompile(`(?i)\b(?:(?:a|an|another|new|all-time)\s+(?:record|peak)\b|(?:highest|lowest|biggest|largest|smallest|steepest|sharpest|fewest)\b[^,;.]*?\bsince\s+(?:records\s+began|the\s+pandemic|covid|(?:the\s+)?(?:19|20)[0-9]{2}s?\b))`)

// fromWord ends the words before a level that the change is measured from.
var fromWord = regexp.MustCompile(`(?i)\b(?:from|below|above|on|than|over|under|against|with)\s+(?:(?:the|its|a|their)\s+)?$`)

// otherBase returns what in r's sentence may name another base for the
// change than the one change takes: a year outside the change's period and
// its base, or a word of baseWords outside the figure's own words ("down a
// quarter") and outside levelWords and the words of sameTimeOf, and
// that is not the length of its own period (ownSpan); "" when there is none.
func otherBase(r Figure) string {
	lo, hi := r.PeriodStart.Year()-1, r.PeriodEnd.Year()
	if stock[r.Measure] {
		lo = r.PeriodStart.AddDate(0, 0, -1).Year()
	}
	var skip [][]int // spans whose words and years name no base: the figure's own, levelWords
	if i := strings.Index(r.Sentence, r.Quote); i >= 0 && r.Quote != "" {
		skip = append(skip, []int{i, i + len(r.Quote)})
	}
	for _, m := range levelWords.FindAllStringIndex(r.Sentence, -1) {
		if !fromWord.MatchString(r.Sentence[:m[0]]) {
			skip = append(skip, m)
		}
	}
	// (a stock's change since a date starts where its "since" says: "has
	// fallen by 69,407 since June 2023" is from the count of 30 June 2023,
	// the base change takes)
	if m := sinceLabel(r); m != nil {
		skip = append(skip, m)
	}
	// (a flow's change, and a stock's over a year or at a date, is on a
	// year earlier: words that say so name no other base, as "month" and
	// "ago" in "on the same month a year ago"; a year in them is checked.
	// A stock's change over a quarter is from the quarter's start, not a
	// year earlier.)
	var same [][]int
	if m := sameTimeOf(r); m != nil {
		if stock[r.Measure] && !yearLong(r.PeriodStart, r.PeriodEnd) && !r.PeriodStart.Equal(r.PeriodEnd.Time) {
			return "'" + strings.ToLower(r.Sentence[m[0]:m[1]]) + "'"
		}
		same = [][]int{m}
	}
	in := func(m []int, spans [][]int) bool {
		for _, s := range spans {
			if m[0] < s[1] && m[1] > s[0] {
				return true
			}
		}
		return false
	}
	for _, m := range yearWord.FindAllStringIndex(r.Sentence, -1) {
		if n, _ := strconv.Atoi(r.Sentence[m[0]:m[1]]); (n < lo || n > hi) && !in(m, skip) {
			return r.Sentence[m[0]:m[1]]
		}
	}
	own := ownSpan(r.PeriodStart, r.PeriodEnd)
	for _, m := range baseWords.FindAllStringIndex(r.Sentence, -1) {
		if w := strings.ToLower(r.Sentence[m[0]:m[1]]); w == own {
			continue // (the change's own period: "in the quarter to June")
		}
		if !in(m, skip) && !in(m, same) {
			return "'" + strings.ToLower(r.Sentence[m[0]:m[1]]) + "'"
		}
	}
	return ""
}

// sinceLabel is the span in r's sentence of the words of its period when r
// is a stock's change and they start with "since" ("since the end of March
// 2024"); else nil.
func sinceLabel(r Figure) []int {
	l := r.PeriodLabel
	if !stock[r.Measure] || len(l) < 6 || !strings.EqualFold(l[:6], "since ") {
		return nil
	}
	for i := 0; i+len(l) <= len(r.Sentence); i++ {
		if strings.EqualFold(r.Sentence[i:i+len(l)], l) {
			return []int{i, i + len(l)}
		}
	}
	return nil
}

// ownSpan is the word for the length of [s, e] when it is a week, a month
// or a quarter: a change over it may say so ("fell 17% in the quarter to
// September", "on the previous quarter"); else "".
func ownSpan(s, e model.Date) string {
	switch {
	case e.Equal(s.AddDate(0, 0, 6)):
		return "week"
	case e.Equal(s.AddDate(0, 1, -1)):
		return "month"
	case e.Equal(s.AddDate(0, 3, -1)):
		return "quarter"
	}
	return ""
}

// changeBounds is bounds for a change, whose hedges are of its size: "a
// fall of more than 20%" (−20 as a figure) is below −20, "a fall of almost
// 20%" between −20 and −19, "a rise of less than 5%" between 0 and 5, "a
// fall of about 77,000" within 5% of a fall of 77,000, −80,850 to −73,150
// (bounds of −77,000 would keep only its rounding, −77,500 to −76,500: its
// 5% either side of a negative figure is taken the wrong way round).
func changeBounds(r Figure) (lo, hi float64, loOpen, hiOpen bool) {
	switch r.Qualifier {
	case "more_than", "at_least", "less_than", "at_most", "almost", "approximately":
	default:
		return bounds(r)
	}
	if r.Value == nil {
		return bounds(r)
	}
	size := math.Abs(*r.Value)
	m := r
	m.Value = &size
	lo, hi, loOpen, hiOpen = bounds(m)
	if math.IsInf(lo, -1) {
		lo, loOpen = 0, false // (a size is not below 0)
	}
	if *r.Value < 0 {
		return -hi, 0 - lo, hiOpen, loOpen // (0 - lo: not -0)
	}
	return lo, hi, loOpen, hiOpen
}

// pct is the percent change from b to a, rounded to nine decimal places
// (720,000 from 900,000 is -20%, not -19.999999999999996%).
func pct(a, b float64) float64 { return math.Round(1e9*100*(a/b-1)) / 1e9 }

// signed writes a change with its sign, a percentage to one decimal place.
func signed(v float64, unit string) string {
	if unit == "percent" {
		v = math.Round(v*10) / 10
	}
	s := num(v, unit)
	if v > 0 {
		s = "+" + s
	}
	return s
}
