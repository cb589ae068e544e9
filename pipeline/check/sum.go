package check

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
)

// tile finds official figures of a flow that tile [start, end] exactly:
// figures inside it, laid end to end with none overlapping, that together
// cover every day of it (months, quarters, days, or a mix), each the
// revision the writer could know (revision). Of several ways to tile it,
// tile takes the fewest figures (a quarter rather than its three months),
// and of those, from the start, the longest next figure. notes name the
// other estimates of the figures taken. Rates ("£8m a day") are no parts of
// a total, nor are the levels of a stock: the caller gives flows only.
func tile(cands []Figure, start, end model.Date, published time.Time) (parts []Figure, notes []string, ok bool) {
	byPeriod := map[string][]Figure{}
	for _, f := range within(cands, start, end) {
		k := day(f.PeriodStart) + day(f.PeriodEnd)
		byPeriod[k] = append(byPeriod[k], f)
	}
	var periods []Figure
	note := map[string]string{}
	for k, fs := range byPeriod {
		f, n := revision(fs, published)
		periods = append(periods, f)
		if n != "" {
			note[k] = "other estimates of " + partName(f) + ": " + strings.TrimPrefix(n, "; other estimates: ")
		}
	}
	// best[d] is the fewest figures that tile [d, end]; choice[d] the first
	// of them. (Periods are taken latest start first, and of one start the
	// longest first, so that a tie keeps the longest.)
	sort.Slice(periods, func(i, j int) bool {
		a, b := periods[i], periods[j]
		if !a.PeriodStart.Equal(b.PeriodStart.Time) {
			return a.PeriodStart.After(b.PeriodStart.Time)
		}
		return a.PeriodEnd.After(b.PeriodEnd.Time)
	})
	after := func(d model.Date) string { return d.AddDate(0, 0, 1).Format(time.DateOnly) }
	best := map[string]int{after(end): 0}
	choice := map[string]Figure{}
	for _, f := range periods {
		n, ok := best[after(f.PeriodEnd)]
		s := day(f.PeriodStart)
		if b, seen := best[s]; ok && (!seen || n+1 < b) {
			best[s], choice[s] = n+1, f
		}
	}
	if _, ok := best[day(start)]; !ok {
		return nil, nil, false
	}
	for d := day(start); d != after(end); {
		f := choice[d]
		parts = append(parts, f)
		if n := note[day(f.PeriodStart)+day(f.PeriodEnd)]; n != "" {
			notes = append(notes, n)
		}
		d = after(f.PeriodEnd)
	}
	return parts, notes, true
}

// within is the figures of cands whose periods lie inside [start, end].
func within(cands []Figure, start, end model.Date) []Figure {
	var in []Figure
	for _, f := range cands {
		if !f.PeriodStart.Before(start.Time) && !f.PeriodEnd.After(end.Time) {
			in = append(in, f)
		}
	}
	return in
}

// untiled says why the figures of cands inside [start, end] tile no part
// of it: the days they leave out ("leave out 2024-04-01..2024-04-30"), or
// that they overlap; "" when there are none inside it.
func untiled(cands []Figure, start, end model.Date) string {
	in := within(cands, start, end)
	if len(in) == 0 {
		return ""
	}
	sort.Slice(in, func(i, j int) bool { return in[i].PeriodStart.Before(in[j].PeriodStart.Time) })
	var gaps []string
	next := start // the first day not yet covered
	for _, f := range in {
		if f.PeriodStart.After(next.Time) {
			gaps = append(gaps, day(next)+".."+day(model.Date{Time: f.PeriodStart.AddDate(0, 0, -1)}))
		}
		if f.PeriodEnd.AddDate(0, 0, 1).After(next.Time) {
			next = model.Date{Time: f.PeriodEnd.AddDate(0, 0, 1)}
		}
	}
	if !next.After(end.Time) {
		gaps = append(gaps, day(next)+".."+day(end))
	}
	if len(gaps) == 0 {
		return "overlap, so that no set of them covers each day once"
	}
	return "leave out " + strings.Join(gaps, ", ")
}

// flows keeps the figures of cands that can be parts of a total: in unit,
// and no rate.
func flows(cands []Figure, unit string) []Figure {
	var out []Figure
	for _, f := range cands {
		if f.PerPeriod == "" && f.Unit == unit {
			out = append(out, f)
		}
	}
	return out
}

// sumLevel is the level over [s, e] that official figures of a flow in
// unit add up to (tile), as a Figure whose label names the figures added:
// "2024-01-01..2024-06-30 (sum of 6 monthly figures, Jan..Jun 2024: 1,500
// + … + 3,000)", whose title names their releases, and whose publication is
// the latest of theirs; with the parts, and the other estimates of them
// ("; other estimates of Mar 2024: …"). When they do not tile it, why says
// what they leave out (untiled).
func sumLevel(levels []Figure, unit string, s, e model.Date, published time.Time) (level Figure, parts []Figure, notes, why string, ok bool) {
	cands := flows(levels, unit)
	parts, ns, ok := tile(cands, s, e, published)
	if !ok {
		return Figure{}, nil, "", untiled(cands, s, e), false
	}
	sum := total(parts)
	level = Figure{Measure: parts[0].Measure, Statistic: "level", Unit: unit, Qualifier: "exact", Geography: parts[0].Geography,
		Value: &sum, ValueText: group(sum), PeriodStart: s, PeriodEnd: e, Title: titlesOf(parts),
		PeriodLabel: day(s) + ".." + day(e) + " (" + sumLabel(parts, unit) + ")"}
	for _, f := range parts {
		if f.Published.After(level.Published) {
			level.Published = f.Published
		}
	}
	for _, n := range ns {
		notes += "; " + n
	}
	return level, parts, notes, "", true
}

func total(parts []Figure) float64 {
	sum := 0.0
	for _, f := range parts {
		sum += *f.Value
	}
	return sum
}

// sumLabel says which figures a sum adds, in order, for a reader to follow:
// "sum of 1 quarterly and 3 monthly figures, Q1 2024 + Apr..Jun 2024: 5,300
// + 2,400 + 2,889 + 3,000" (the terms when there are at most a dozen).
func sumLabel(parts []Figure, unit string) string {
	var kinds, runs, terms []string
	count := map[string]int{}
	for i, f := range parts {
		kind := partKind(f)
		if count[kind] == 0 {
			kinds = append(kinds, kind)
		}
		count[kind]++
		terms = append(terms, num(*f.Value, unit))
		// (a run of figures of one kind is written first..last)
		if i > 0 && kind != "other" && partKind(parts[i-1]) == kind {
			j := i - 1
			for j > 0 && partKind(parts[j-1]) == kind {
				j--
			}
			runs[len(runs)-1] = spanName(partName(parts[j]), partName(f))
			continue
		}
		runs = append(runs, partName(f))
	}
	var counts []string
	for _, k := range kinds {
		counts = append(counts, fmt.Sprintf("%d %s", count[k], k))
	}
	n := strings.Join(counts, ", ")
	if len(counts) > 1 {
		n = strings.Join(counts[:len(counts)-1], ", ") + " and " + counts[len(counts)-1]
	}
	s := "sum of " + n + " figures, " + strings.Join(runs, " + ")
	if len(terms) <= 12 {
		s += ": " + strings.Join(terms, " + ")
	}
	return s
}

// spanName writes a run from its first part's name to its last's, the
// year once when both are of one year ("Jan..Jun 2024").
func spanName(first, last string) string {
	if i, j := strings.LastIndexByte(first, ' '), strings.LastIndexByte(last, ' '); i > 0 && j > 0 && first[i:] == last[j:] {
		first = first[:i]
	}
	return first + ".." + last
}

// partKind is what period a part covers: "daily", "monthly", "quarterly"
// (three months from a month's start), "yearly", else "other".
func partKind(f Figure) string {
	s, e := f.PeriodStart, f.PeriodEnd
	switch {
	case s.Equal(e.Time):
		return "daily"
	case s.Day() != 1:
	case e.Equal(s.AddDate(0, 1, -1)):
		return "monthly"
	case e.Equal(s.AddDate(0, 3, -1)):
		return "quarterly"
	case e.Equal(s.AddDate(1, 0, -1)):
		return "yearly"
	}
	return "other"
}

// partName names a part's period: "2024-07-05", "Mar 2024", "Q1 2024",
// "Feb–Apr 2024" (three months that are no calendar quarter),
// "2024-04-01..2025-03-31".
func partName(f Figure) string {
	s, e := f.PeriodStart, f.PeriodEnd
	switch partKind(f) {
	case "daily":
		return day(s)
	case "monthly":
		return s.Format("Jan 2006")
	case "quarterly":
		if s.Month()%3 == 1 {
			return fmt.Sprintf("Q%d %d", (int(s.Month())+2)/3, s.Year())
		}
		if s.Year() == e.Year() {
			return s.Format("Jan") + "–" + e.Format("Jan 2006")
		}
		return s.Format("Jan 2006") + "–" + e.Format("Jan 2006")
	}
	return day(s) + ".." + day(e)
}

// titlesOf names the releases of figures, each once, in order.
func titlesOf(fs []Figure) string {
	var out []string
	for _, f := range fs {
		if f.Title != "" && !slices.Contains(out, f.Title) {
			out = append(out, f.Title)
		}
	}
	return strings.Join(out, "; ")
}

// boundsOf is the range that official figures added up stand for: the
// sum of the ranges of each (officialBounds).
func boundsOf(fs []Figure) (lo, hi float64) {
	if len(fs) == 1 {
		return officialBounds(fs[0])
	}
	for _, f := range fs {
		l, h := officialBounds(f)
		lo, hi = lo+l, hi+h
	}
	return lo, hi
}
