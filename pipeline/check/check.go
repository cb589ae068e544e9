// Package check compares the figures that documents report with official
// figures, and checks arithmetic that must hold between figures. Every
// verdict comes with a rule a reader can follow.
package check

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
	"github.com/numtrail/numtrail/schemas"
)

// Version names the rules; it is part of every check id.
const Version = "check/1"

// Figure is an observation as the checker sees it.
type Figure struct {
	ID                     string
	SourceID               string
	Title                  string // the release, for official figures
	Published              time.Time
	Measure, Statistic     string
	Unit, PerPeriod        string
	Qualifier              string
	Geography              string
	Value, Low, High       *float64
	ValueText, Quote       string
	Sentence               string // the sentence of a reported figure
	PeriodLabel            string
	PeriodStart, PeriodEnd model.Date
}

// FromMention makes a Figure of a mention of doc with the given id.
func FromMention(id string, doc *model.Document, m *model.Mention) Figure {
	return Figure{ID: id, SourceID: doc.SourceID, Title: doc.Title, Published: doc.Published,
		Measure: m.Measure, Statistic: m.Statistic, Unit: m.Unit, PerPeriod: m.PerPeriod, Qualifier: m.Qualifier,
		Geography: m.Geography, Value: m.Value, Low: m.Low, High: m.High, ValueText: m.ValueText, Quote: m.Quote,
		Sentence: m.Sentence, PeriodLabel: m.PeriodLabel, PeriodStart: m.PeriodStart, PeriodEnd: m.PeriodEnd}
}

// Checker holds the official figures, indexed by measure and geography.
type Checker struct {
	byKey map[figureKey][]Figure
}

// New indexes the official figures.
func New(official []Figure) *Checker {
	c := &Checker{byKey: map[figureKey][]Figure{}}
	for _, f := range official {
		if f.Statistic != "level" || f.Value == nil {
			continue
		}
		k := key(f.Measure, f.Geography)
		c.byKey[k] = append(c.byKey[k], f)
	}
	for _, fs := range c.byKey {
		sort.SliceStable(fs, func(i, j int) bool {
			a, b := fs[i], fs[j]
			if !a.PeriodStart.Equal(b.PeriodStart.Time) {
				return a.PeriodStart.Before(b.PeriodStart.Time)
			}
			if !a.PeriodEnd.Equal(b.PeriodEnd.Time) {
				return a.PeriodEnd.Before(b.PeriodEnd.Time)
			}
			return a.Published.Before(b.Published)
		})
	}
	return c
}

// figureKey is what the official figures are indexed by; a struct rather
// than a joined string, so that looking one up allocates nothing.
type figureKey struct{ measure, geography string }

func key(measure, geography string) figureKey { return figureKey{measure, geography} }

// stock are the measures counted at a point in time, as the measure
// vocabulary marks them (schemas.Measure.Stock): a figure for a period is
// the stock at its end, and stocks are never added up.
var stock = func() map[string]bool {
	ms, err := schemas.Measures()
	if err != nil {
		panic(err) // (the embedded vocabulary; package schemas tests it)
	}
	out := map[string]bool{}
	for _, m := range ms {
		if m.Stock {
			out[m.Name] = true
		}
	}
	return out
}()

// Compare checks one reported figure against the official figures.
func (c *Checker) Compare(r Figure) model.Check {
	ch := model.Check{ID: checkID("official_comparison", r.ID), Kind: "official_comparison", ObservationID: r.ID, Reported: reportedValue(r)}
	// (the rules of the commonest verdicts are put together without fmt:
	// a run makes one check per figure)
	// what is checked, r.Measure + " " + placeOf(r.Geography), in parts,
	// so that each rule below is put together in one allocation
	place, geo := "(no place)", ""
	if r.Geography != "" {
		place, geo = "in ", r.Geography
	}
	per, period := "", "" // " per " + r.PerPeriod when there is one
	if r.PerPeriod != "" {
		per, period = " per ", r.PerPeriod
	}
	// (a change of the population by births and deaths, or in all, is
	// the level of natural_change or population_change: "a natural change
	// of 4,000")
	// a figure of none of the vocabulary's measures has no official
	// figures to be measured by
	if r.Measure == "other" {
		ch.Verdict = "no_reference"
		ch.Rule = "'" + r.Quote + "' counts none of the vocabulary's measures (measure other): no official figures are kept for it"
		return ch
	}
	if r.Statistic == "percent_change" || r.Statistic == "change" && !changeMeasure[r.Measure] {
		return c.change(ch, r, place, geo)
	}
	if r.Statistic != "level" && !(r.Statistic == "change" && changeMeasure[r.Measure]) {
		ch.Verdict = "no_reference"
		ch.Rule = "'" + r.Quote + "' is " + statisticNames[r.Statistic] + ", not a level; the official tables hold levels of " + r.Measure + " " + place + geo + " only"
		return ch
	}
	cands := c.byKey[key(r.Measure, r.Geography)]
	var sameUnit []Figure
	for _, f := range cands {
		// a rate per year is compared with totals over a year
		if f.Unit == r.Unit && (f.PerPeriod == r.PerPeriod || r.PerPeriod == "year" && f.PerPeriod == "") {
			sameUnit = append(sameUnit, f)
		}
	}
	if len(sameUnit) == 0 {
		ch.Verdict = "no_reference"
		ch.Rule = "no official figure for " + r.Measure + " " + place + geo + " in " + r.Unit + per + period
		return ch
	}
	switch {
	case r.PerPeriod == "year" && r.PeriodStart.IsZero():
		return c.yearly(ch, r, sameUnit)
	case !r.PeriodEnd.IsZero() && !r.PeriodStart.IsZero():
		return c.period(ch, r, sameUnit)
	case !r.PeriodEnd.IsZero():
		return c.toDate(ch, r, sameUnit)
	}
	ch.Verdict = "ambiguous"
	ch.Rule = fmt.Sprintf("'%s' gives no period, and the official figures for %s %s cover %s", r.Quote, r.Measure, placeOf(r.Geography), periodsOf(sameUnit))
	return ch
}

// changeMeasure are the measures that are themselves a change, whose
// figures the official tables hold as levels.
var changeMeasure = map[string]bool{"natural_change": true, "population_change": true}

// period compares a figure for a stated period with the official figure for
// the same period: the same dates, a stock at the period's end, data that
// stop a few days short of a period ending on the day of publication, or
// the sum of daily figures.
func (c *Checker) period(ch model.Check, r Figure, cands []Figure) model.Check {
	var match []Figure
	for _, f := range cands {
		switch {
		case f.PeriodStart.Equal(r.PeriodStart.Time) && f.PeriodEnd.Equal(r.PeriodEnd.Time):
			match = append(match, f)
		case stock[r.Measure] && f.PeriodStart.Equal(f.PeriodEnd.Time) && f.PeriodEnd.Equal(r.PeriodEnd.Time):
			match = append(match, f)
		}
	}
	if len(match) > 0 {
		ref, note := revision(match, r.Published)
		return verdict(ch, r, ref.Value, []Figure{ref}, fmt.Sprintf("official %s for %s (%s%s)", num(*ref.Value, r.Unit), ref.PeriodLabel, ref.Title, note))
	}
	// (a stock's levels are no parts of a total: it is its level at the
	// period's end, or nothing)
	summable := !stock[r.Measure]
	var sum float64
	var days []Figure
	var ok, partial bool
	if summable {
		sum, days, ok, partial = dailySum(cands, r.PeriodStart, r.PeriodEnd, r.Published)
	}
	if ok {
		label := fmt.Sprintf("official %s for %s..%s (sum of %d daily figures, %s)", num(sum, r.Unit), day(r.PeriodStart), day(days[len(days)-1].PeriodEnd), len(days), days[0].Title)
		ch = verdict(ch, r, &sum, days, label)
		if ch.Verdict == "inconsistent" && (r.Qualifier == "more_than" || r.Qualifier == "at_least") && r.Value != nil {
			if when, ok := crossing(cands, r.PeriodStart, *r.Value, r.Published); ok {
				ch.Rule += fmt.Sprintf("; the total from %s passed %s only on %s", day(r.PeriodStart), num(*r.Value, r.Unit), day(when))
			}
		}
		return ch
	}
	var why string
	if summable && r.PerPeriod == "" {
		// (figures that tile the period: months, quarters, days)
		var lvl Figure
		var parts []Figure
		var notes string
		if lvl, parts, notes, why, ok = sumLevel(cands, r.Unit, r.PeriodStart, r.PeriodEnd, r.Published); ok {
			return verdict(ch, r, lvl.Value, parts, fmt.Sprintf("official %s for %s..%s (%s; %s%s)", num(*lvl.Value, r.Unit), day(r.PeriodStart), day(r.PeriodEnd), sumLabel(parts, r.Unit), lvl.Title, notes))
		}
	}
	if partial {
		// (the days there are give only a lower bound of the period's total)
		ch.Verdict = "ambiguous"
		ch.Rule = fmt.Sprintf("the official daily figures for %s %s cover %d of the days of %s..%s (their sum is %s, %s): not the whole period", r.Measure, placeOf(r.Geography), len(days), day(r.PeriodStart), day(r.PeriodEnd), num(sum, r.Unit), days[0].Title)
		return ch
	}
	ch.Verdict = "no_reference"
	if why != "" {
		ch.Rule = fmt.Sprintf("no official figure for %s %s for %s..%s, nor figures that add up to it: those inside it %s", r.Measure, placeOf(r.Geography), day(r.PeriodStart), day(r.PeriodEnd), why)
		return ch
	}
	ch.Rule = fmt.Sprintf("no official figure for %s %s for %s..%s; the tables cover %s", r.Measure, placeOf(r.Geography), day(r.PeriodStart), day(r.PeriodEnd), periodsOf(cands))
	return ch
}

// toDate compares a running total with no start ("already", "so far") with
// the latest official total up to the document's date.
func (c *Checker) toDate(ch model.Check, r Figure, cands []Figure) model.Check {
	var best *Figure
	for i, f := range cands {
		if f.PeriodEnd.After(r.PeriodEnd.Time) || f.PeriodStart.Equal(f.PeriodEnd.Time) {
			continue
		}
		if best == nil || f.PeriodEnd.After(best.PeriodEnd.Time) || f.PeriodEnd.Equal(best.PeriodEnd.Time) && f.PeriodEnd.Sub(f.PeriodStart.Time) > best.PeriodEnd.Sub(best.PeriodStart.Time) {
			best = &cands[i]
		}
	}
	if best == nil {
		ch.Verdict = "ambiguous"
		ch.Rule = fmt.Sprintf("'%s' is a total to %s, and no official total ends by then", r.Quote, day(r.PeriodEnd))
		return ch
	}
	if sum, parts, ok := paymentsTo(cands, best, r.PeriodEnd); ok {
		var terms []string
		for _, f := range parts {
			terms = append(terms, fmt.Sprintf("%s for %s", num(*f.Value, r.Unit), f.PeriodLabel))
		}
		return verdict(ch, r, &sum, parts, fmt.Sprintf("the official figures up to %s add up to %s (%s; %s)", day(r.PeriodEnd), num(sum, r.Unit), strings.Join(terms, " + "), parts[len(parts)-1].Title))
	}
	return verdict(ch, r, best.Value, []Figure{*best}, fmt.Sprintf("the latest official total before %s is %s for %s (%s)", day(r.PeriodEnd), num(*best.Value, r.Unit), best.PeriodLabel, best.Title))
}

// paymentsTo adds up a running total from one-off amounts: when the latest
// official figure up to end (best) is a single payment of a few weeks
// ("£100m paid in April 2023"), not a total from the start of the series,
// the total to end is the latest total from that start plus the payments
// after it, none overlapping ("£140m in April 2022" + "£100m in April
// 2023"). A table of whole years is no series of payments: its latest year
// stands (ok false).
func paymentsTo(cands []Figure, best *Figure, end model.Date) (float64, []Figure, bool) {
	if best.PeriodEnd.Sub(best.PeriodStart.Time) >= 300*24*time.Hour {
		return 0, nil, false
	}
	var by []Figure
	first := best.PeriodStart
	for _, f := range cands {
		if f.PeriodEnd.After(end.Time) || f.PeriodStart.Equal(f.PeriodEnd.Time) {
			continue
		}
		by = append(by, f)
		if f.PeriodStart.Before(first.Time) {
			first = f.PeriodStart
		}
	}
	if !best.PeriodStart.After(first.Time) {
		return 0, nil, false // (the latest figure starts the series: a total)
	}
	sort.SliceStable(by, func(i, j int) bool {
		if !by[i].PeriodStart.Equal(by[j].PeriodStart.Time) {
			return by[i].PeriodStart.Before(by[j].PeriodStart.Time)
		}
		return by[i].PeriodEnd.After(by[j].PeriodEnd.Time) // (of one start, the longest: a total)
	})
	var parts []Figure
	sum, reach := 0.0, model.Date{}
	for _, f := range by {
		if len(parts) > 0 && !f.PeriodStart.After(reach.Time) {
			continue // (inside what is counted already)
		}
		parts = append(parts, f)
		sum += *f.Value
		reach = f.PeriodEnd
	}
	if len(parts) < 2 || !reach.Equal(best.PeriodEnd.Time) {
		return 0, nil, false
	}
	return sum, parts, true
}

// yearly compares a rate per year with no stated year against each full
// year (calendar or financial) that ended in the two years before
// publication: consistent when one of them matches, and the rule says how
// the others differ.
func (c *Checker) yearly(ch model.Check, r Figure, cands []Figure) model.Check {
	if r.Published.IsZero() {
		ch.Verdict = "ambiguous"
		ch.Rule = fmt.Sprintf("'%s' a year gives no year and the document no date", r.Quote)
		return ch
	}
	var years []Figure
	for _, f := range cands {
		n := f.PeriodEnd.Sub(f.PeriodStart.Time).Hours() / 24
		if n < 360 || n > 370 || f.PeriodEnd.After(r.Published) || f.PeriodEnd.Before(r.Published.AddDate(-2, 0, 0)) {
			continue
		}
		years = append(years, f)
	}
	years = latestRevisions(years, r.Published)
	if len(years) == 0 {
		ch.Verdict = "ambiguous"
		ch.Rule = fmt.Sprintf("'%s' a year gives no year, and no official yearly figure ended in the two years before %s", r.Quote, day(model.Date{Time: r.Published}))
		return ch
	}
	lo, hi, loOpen, hiOpen := bounds(r)
	var ok, other []string
	var hit *Figure
	for i, f := range years {
		// (as verdict compares: the official figure within its own
		// rounding, "about 1.2 million" being 1.15 to 1.25 million)
		rlo, rhi := officialBounds(f)
		in := overlaps(lo, hi, loOpen, hiOpen, rlo, rhi)
		s := fmt.Sprintf("%s for %s", num(*f.Value, r.Unit), f.PeriodLabel)
		if in {
			ok = append(ok, s)
			if hit == nil {
				hit = &years[i]
			}
			continue
		}
		dir := "higher"
		if *f.Value < lo {
			dir = "lower"
		}
		other = append(other, fmt.Sprintf("%s was %s (%s)", f.PeriodLabel, dir, num(*f.Value, r.Unit)))
	}
	ref := hit
	if ref == nil {
		ref = &years[len(years)-1]
	}
	ch = verdict(ch, r, ref.Value, []Figure{*ref}, "")
	if hit != nil {
		ch.Rule = fmt.Sprintf("'%s' a year (%s): consistent with official %s", r.Quote, describe(lo, hi, loOpen, hiOpen, r.Unit), strings.Join(ok, " and "))
	} else {
		ch.Rule = fmt.Sprintf("'%s' a year (%s): no official year in the two years before %s matches", r.Quote, describe(lo, hi, loOpen, hiOpen, r.Unit), day(model.Date{Time: r.Published}))
	}
	if len(other) > 0 {
		ch.Rule += "; " + strings.Join(other, "; ")
	}
	return ch
}

// verdict fills the figures and the verdict of a comparison of r with ref.
func verdict(ch model.Check, r Figure, ref *float64, refs []Figure, about string) model.Check {
	for _, f := range refs {
		ch.ReferenceIDs = append(ch.ReferenceIDs, f.ID)
	}
	ch.Reference = ref
	if ch.Reported != nil && ref != nil {
		d := *ref - *ch.Reported
		ch.Difference = &d
		if *ref != 0 {
			rd := d / *ref
			ch.RelativeDifference = &rd
		}
	}
	lo, hi, loOpen, hiOpen := bounds(r)
	rlo, rhi := boundsOf(refs)
	consistent := overlaps(lo, hi, loOpen, hiOpen, rlo, rhi)
	ch.Verdict = "inconsistent"
	verb := "is outside"
	if consistent {
		ch.Verdict = "consistent"
		verb = "is within"
	}
	if about != "" {
		ch.Rule = fmt.Sprintf("'%s' means %s: %s %s it", r.Quote, describe(lo, hi, loOpen, hiOpen, r.Unit), about, verb)
	}
	return ch
}

// bounds is the range of values a figure's words allow: an unqualified
// figure is anything that rounds to it at the precision written ("60.9
// million": within 50,000); "more than X" is above X; "almost X" below X
// and within 5%; "about X" within 5%; a vague quantity or range its bounds.
func bounds(f Figure) (lo, hi float64, loOpen, hiOpen bool) {
	inf := math.Inf(1)
	v := 0.0
	if f.Value != nil {
		v = *f.Value
	}
	switch f.Qualifier {
	case "more_than":
		return v, inf, true, false
	case "at_least":
		return v, inf, false, false
	case "less_than":
		return math.Inf(-1), v, false, true
	case "at_most":
		return math.Inf(-1), v, false, false
	case "almost":
		return v * 0.95, v, false, true
	case "approximately":
		// (5% either side, or the rounding when wider; of the size, so
		// that "about -86,000" is as wide as "about 86,000")
		m := math.Max(0.05*math.Abs(v), precision(f.ValueText, v)/2)
		return v - m, v + m, false, false
	case "vague", "range":
		l, h := math.Inf(-1), inf
		if f.Low != nil {
			l = *f.Low
		}
		if f.High != nil {
			h = *f.High
		}
		return l, h, false, false
	}
	step := precision(f.ValueText, v)
	return v - step/2, v + step/2, false, false
}

// precision is the step of the last significant digit of a number as
// written: "60.9 million" → 100,000; "1,084,000" → 1,000; "£4billion" →
// 1,000,000,000; "290" → 10; in words, the place of its first digit:
// "three-quarters of a million" → 100,000.
func precision(text string, v float64) float64 {
	digits := ""
	for _, r := range text {
		if r >= '0' && r <= '9' || r == '.' {
			digits += string(r)
		} else if r == ',' {
			continue
		} else if digits != "" {
			break
		}
	}
	if v == 0 {
		return 1
	}
	if digits == "" {
		// a figure in words ("three-quarters of a million", "half a
		// million", "two million", "three"): its first digit's place
		return math.Pow(10, math.Floor(math.Log10(math.Abs(v))))
	}
	mant, err := strconv.ParseFloat(digits, 64)
	if err != nil || mant == 0 {
		return 1
	}
	scale := v / mant // the scale word: 1e6 for "60.9 million"
	step := 1.0
	if i := strings.IndexByte(digits, '.'); i >= 0 {
		step = math.Pow(10, -float64(len(digits)-i-1))
	} else {
		for n := len(digits) - 1; n > 0 && digits[n] == '0'; n-- {
			step *= 10
		}
	}
	return step * math.Abs(scale)
}

func inside(x, lo, hi float64, loOpen, hiOpen bool) bool {
	if x < lo || loOpen && x == lo {
		return false
	}
	return !(x > hi || hiOpen && x == hi)
}

func overlaps(lo, hi float64, loOpen, hiOpen bool, rlo, rhi float64) bool {
	if rlo == rhi {
		return inside(rlo, lo, hi, loOpen, hiOpen)
	}
	return rhi > lo && rlo < hi || rhi == lo && !loOpen || rlo == hi && !hiOpen
}

// revision picks, among figures for the same period from several releases,
// the latest published on or before the document's date (what the writer
// could know), else the earliest published after it; note says so when
// there were several.
func revision(fs []Figure, published time.Time) (Figure, string) {
	if len(fs) == 1 {
		return fs[0], ""
	}
	best := -1
	for i, f := range fs {
		if !published.IsZero() && !f.Published.IsZero() && f.Published.After(published) {
			continue
		}
		if best < 0 || f.Published.After(fs[best].Published) {
			best = i
		}
	}
	if best < 0 {
		best = 0
		for i, f := range fs {
			if f.Published.Before(fs[best].Published) {
				best = i
			}
		}
	}
	var others []string
	for i, f := range fs {
		if i != best {
			others = append(others, fmt.Sprintf("%s in %s", num(*f.Value, f.Unit), f.Title))
		}
	}
	return fs[best], "; other estimates: " + strings.Join(others, ", ")
}

// latestRevisions keeps one figure per period: the revision the writer
// could know.
func latestRevisions(fs []Figure, published time.Time) []Figure {
	by := map[string][]Figure{}
	var order []string
	for _, f := range fs {
		k := day(f.PeriodStart) + day(f.PeriodEnd)
		if _, ok := by[k]; !ok {
			order = append(order, k)
		}
		by[k] = append(by[k], f)
	}
	var out []Figure
	for _, k := range order {
		f, _ := revision(by[k], published)
		out = append(out, f)
	}
	return out
}

// dailyFigures keeps, for each day with a daily figure among cands, the
// revision the writer could know (revision: the latest release published
// by the document's date, else the earliest after it), by day.
func dailyFigures(cands []Figure, published time.Time) map[string]Figure {
	byDay := map[string][]Figure{}
	for _, f := range cands {
		if f.PeriodStart.Equal(f.PeriodEnd.Time) {
			byDay[day(f.PeriodStart)] = append(byDay[day(f.PeriodStart)], f)
		}
	}
	out := make(map[string]Figure, len(byDay))
	for d, fs := range byDay {
		out[d], _ = revision(fs, published)
	}
	return out
}

// dailySum adds up daily figures over [start, end], each day's as the
// writer could know it. Data may stop up to three days before an end that
// is the day of publication (that day and the days before it are often not
// yet published); every other day must be present. partial says that some
// days are, but not all: the sum is then only a lower bound.
func dailySum(cands []Figure, start, end model.Date, published time.Time) (sum float64, days []Figure, ok, partial bool) {
	byDay := dailyFigures(cands, published)
	missing, gap := 0, false
	for d := start.Time; !d.After(end.Time); d = d.AddDate(0, 0, 1) {
		f, ok := byDay[d.Format(time.DateOnly)]
		if !ok {
			missing++
			continue
		}
		if missing > 0 {
			gap = true // a gap inside the period
		}
		days = append(days, f)
		sum += *f.Value
	}
	switch {
	case len(days) == 0:
		return 0, nil, false, false
	case gap || missing > 0 && (missing > 3 || published.IsZero() || !end.Equal(model.Day(published.Year(), published.Month(), published.Day()).Time)):
		return sum, days, false, true
	}
	return sum, days, true, false
}

// crossing finds the day the running total of daily figures from start
// first exceeds x, each day's figure as the writer could know it.
func crossing(cands []Figure, start model.Date, x float64, published time.Time) (model.Date, bool) {
	var daily []Figure
	for _, f := range dailyFigures(cands, published) {
		if !f.PeriodStart.Before(start.Time) {
			daily = append(daily, f)
		}
	}
	sort.Slice(daily, func(i, j int) bool { return daily[i].PeriodStart.Before(daily[j].PeriodStart.Time) })
	total := 0.0
	for _, f := range daily {
		total += *f.Value
		if total > x {
			return f.PeriodStart, true
		}
	}
	return model.Date{}, false
}

// reportedValue is the figure's value; vague quantities and ranges have
// none (their bounds are in the observation).
func reportedValue(r Figure) *float64 { return r.Value }

func checkID(parts ...string) string {
	var stack [256]byte
	b := append(stack[:0], Version...)
	for _, p := range parts {
		b = append(append(b, 0), p...)
	}
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:16])
}

func day(d model.Date) string {
	if d.IsZero() {
		return "?"
	}
	return d.Format(time.DateOnly)
}

func placeOf(g string) string {
	if g == "" {
		return "(no place)"
	}
	return "in " + g
}

func periodsOf(fs []Figure) string {
	seen := map[string]bool{}
	var out []string
	for _, f := range fs {
		if !seen[f.PeriodLabel] {
			seen[f.PeriodLabel] = true
			out = append(out, f.PeriodLabel)
		}
	}
	if len(out) > 6 {
		out = append(out[:3], fmt.Sprintf("… %d periods in all …", len(out)), out[len(out)-1])
	}
	return strings.Join(out, ", ")
}

// num writes a figure for a reader: "£3.95bn", "1,185", "12.5%".
func num(v float64, unit string) string {
	switch unit {
	case "GBP", "EUR", "USD":
		sign := map[string]string{"GBP": "£", "EUR": "€", "USD": "$"}[unit]
		a := math.Abs(v)
		switch {
		case a >= 1e9:
			return sign + strconv.FormatFloat(v/1e9, 'f', -1, 64) + "bn"
		case a >= 1e6:
			return sign + strconv.FormatFloat(v/1e6, 'f', -1, 64) + "m"
		}
		return sign + group(v)
	case "percent":
		// (to nine decimal places: 19.6 ± 0.05 is 19.65, not 19.650000000000002)
		return strconv.FormatFloat(math.Round(v*1e9)/1e9, 'f', -1, 64) + "%"
	}
	return group(v)
}

func group(v float64) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String() + frac
}

// describe writes a range for a reader.
func describe(lo, hi float64, loOpen, hiOpen bool, unit string) string {
	switch {
	case math.IsInf(hi, 1):
		if loOpen {
			return "more than " + num(lo, unit)
		}
		return "at least " + num(lo, unit)
	case math.IsInf(lo, -1):
		if hiOpen {
			return "less than " + num(hi, unit)
		}
		return "at most " + num(hi, unit)
	case hiOpen:
		return fmt.Sprintf("from %s to just under %s", num(lo, unit), num(hi, unit))
	}
	return fmt.Sprintf("%s to %s", num(lo, unit), num(hi, unit))
}

// officialBounds is the range an official figure stands for: the figure
// itself, or, when it was published rounded ("60.9 million") or hedged
// ("almost 610,000"), the values that round to it or that the hedge allows.
func officialBounds(f Figure) (float64, float64) {
	v := *f.Value
	switch f.Qualifier {
	case "approximately":
		step := precision(f.ValueText, v)
		return v - step/2, v + step/2
	case "almost":
		return v * 0.95, v
	}
	return v, v
}

var statisticNames = map[string]string{"change": "a change", "percent_change": "a percent change", "share": "a share",
	"average": "an average", "ratio": "a ratio"}
