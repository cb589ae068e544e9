package check

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
)

// Identities checks arithmetic that must hold among the figures of one
// source: immigration − emigration = net migration; population change =
// natural change + net migration, give or take moves within the UK; shares
// of one whole that must add up to 100. A source may give several figures
// of one measure for a place and period (a first estimate and a revision:
// "first put at 685,000 and now 906,000"): an identity then holds when one
// pairing of them does (identityOf).
func Identities(figs []Figure) []model.Check {
	// The levels of people of each place and period (its days, as
	// day() writes them), by measure: the figures of each measure of
	// different values, up to maxPerMeasure. Slots and measures are few,
	// so slices rather than maps, and figures by index rather than copied.
	type ymd struct {
		y int
		m time.Month
		d int
	}
	type slotKey struct {
		geo        string
		start, end ymd
	}
	type slot struct {
		geo      string
		measures []string // in the order first seen
		figs     [][]int  // index in figs of each measure's figures
	}
	var slots []slot
	var index map[slotKey]int // of each slot in slots
	for i := range figs {
		f := &figs[i]
		if f.Statistic != "level" && !(f.Statistic == "change" && changeMeasure[f.Measure]) || f.Value == nil || f.Unit != "persons" || f.PeriodStart.IsZero() || f.PeriodEnd.IsZero() {
			continue
		}
		var start, end ymd
		start.y, start.m, start.d = f.PeriodStart.Date()
		end.y, end.m, end.d = f.PeriodEnd.Date()
		key := slotKey{f.Geography, start, end}
		k, ok := index[key]
		if !ok {
			if index == nil {
				index = map[slotKey]int{}
			}
			k = len(slots)
			index[key] = k
			slots = append(slots, slot{geo: f.Geography})
		}
		j := slices.Index(slots[k].measures, f.Measure)
		if j < 0 {
			slots[k].measures = append(slots[k].measures, f.Measure)
			slots[k].figs = append(slots[k].figs, []int{i})
			continue
		}
		same := slices.ContainsFunc(slots[k].figs[j], func(o int) bool { return *figs[o].Value == *f.Value })
		if !same && len(slots[k].figs[j]) < maxPerMeasure {
			slots[k].figs[j] = append(slots[k].figs[j], i)
		}
	}
	var out []model.Check
	for _, k := range slots {
		get := func(measure string) ([]Figure, bool) {
			j := slices.Index(k.measures, measure)
			if j < 0 {
				return nil, false
			}
			fs := make([]Figure, len(k.figs[j]))
			for n, i := range k.figs[j] {
				fs[n] = figs[i]
			}
			return fs, true
		}
		where := func() string {
			// the first figure of the slot has its dates
			f := figs[k.figs[0][0]]
			return fmt.Sprintf("%s, %s..%s", k.geo, day(f.PeriodStart), day(f.PeriodEnd))
		}
		if imm, ok1 := get("immigration"); ok1 {
			if emi, ok2 := get("emigration"); ok2 {
				if net, ok3 := get("net_migration"); ok3 {
					w := where()
					out = append(out, identityOf(net, [][]Figure{imm, emi}, []float64{1, -1}, 0,
						fmt.Sprintf("immigration − emigration = net migration (%s)", w), w))
				}
			}
		}
		if nc, ok := get("natural_change"); ok {
			if births, ok1 := get("births"); ok1 {
				if deaths, ok2 := get("deaths"); ok2 {
					w := where()
					out = append(out, identityOf(nc, [][]Figure{births, deaths}, []float64{1, -1}, 0,
						fmt.Sprintf("births − deaths = natural change (%s)", w), w))
				}
			}
		}
		if pc, ok := get("population_change"); ok {
			if nc, ok1 := get("natural_change"); ok1 {
				if net, ok2 := get("net_migration"); ok2 {
					w := where()
					out = append(out, identityOf(pc, [][]Figure{nc, net}, []float64{1, 1}, 0.03,
						fmt.Sprintf("population change = natural change + net international migration, within 3%% for moves within the UK and other adjustments (%s)", w), w))
				}
			}
		}
	}
	return append(out, shareSums(figs)...)
}

// maxPerMeasure is how many figures of different values of one measure,
// place and period an identity tries, in the order the source gives them
// (four: the pairings stay few, and more than two is rare).
const maxPerMeasure = 4

// identityOf checks an identity among the figures of its measures: each
// whole against each pairing of parts, one figure of each measure, in the
// order the source gives them. The first pairing that holds is the check;
// when none does, the first figures of each measure are, inconsistent.
// When a measure has several figures, the rule names them and the one that
// adds up ("net_migration … (685,000, 906,000): 906,000 is the one that
// adds up"), or says that none does.
func identityOf(wholes []Figure, parts [][]Figure, weights []float64, rel float64, rule, where string) model.Check {
	sets := append([][]Figure{wholes}, parts...)
	pick := make([]int, len(sets)) // the figure taken of each measure
	var ch, first model.Check
	for n := 0; ; n++ {
		taken := make([]Figure, len(parts))
		for i := range parts {
			taken[i] = parts[i][pick[i+1]]
		}
		ch = identity(wholes[pick[0]], taken, weights, rel, rule)
		if n == 0 {
			first = ch
		}
		if ch.Verdict == "consistent" {
			break
		}
		// the next pairing: the last measure's figures turn fastest
		i := len(sets) - 1
		for ; i >= 0 && pick[i] == len(sets[i])-1; i-- {
			pick[i] = 0
		}
		if i < 0 {
			ch, pick = first, make([]int, len(sets))
			break
		}
		pick[i]++
	}
	for i, fs := range sets {
		if len(fs) < 2 {
			continue
		}
		vals := make([]string, len(fs))
		for j, f := range fs {
			vals[j] = num(*f.Value, f.Unit)
		}
		which := "none adds up"
		if ch.Verdict == "consistent" {
			which = vals[pick[i]] + " is the one that adds up"
		}
		ch.Rule += fmt.Sprintf("; the document gives several figures of %s for %s (%s): %s", fs[0].Measure, where, strings.Join(vals, ", "), which)
	}
	return ch
}

// identity checks that the weighted sum of parts equals whole, within the
// rounding of the figures as written and a relative tolerance.
func identity(whole Figure, parts []Figure, weights []float64, rel float64, rule string) model.Check {
	sum, tol := 0.0, precision(whole.ValueText, *whole.Value)/2
	ids := []string{}
	var terms []string
	// up and down: how much more, or less, the parts' hedges ("more than
	// 1.25 million", "about 500,000") let the sum be than their values
	up, down := 0.0, 0.0
	for i, p := range parts {
		sum += weights[i] * *p.Value
		tol += precision(p.ValueText, *p.Value) / 2
		if p.Qualifier != "exact" && p.Qualifier != "" {
			lo, hi, _, _ := bounds(p)
			more, less := math.Max(hi-*p.Value, 0), math.Max(*p.Value-lo, 0)
			if weights[i] < 0 {
				more, less = less, more
			}
			up, down = up+more, down+less
		}
		ids = append(ids, p.ID)
		op := "+"
		if weights[i] < 0 {
			op = "−"
		}
		if i == 0 {
			op = ""
		}
		terms = append(terms, strings.TrimSpace(op+" "+num(*p.Value, p.Unit)))
	}
	tol = math.Max(tol, rel*math.Abs(*whole.Value))
	if whole.Qualifier == "almost" && sum < *whole.Value {
		tol = math.Max(tol, 0.05*math.Abs(*whole.Value))
	}
	w := *whole.Value
	d := sum - w
	ch := model.Check{ID: checkID(append([]string{"identity", whole.ID}, ids...)...), Kind: "identity", ObservationID: whole.ID,
		ReferenceIDs: ids, Reported: whole.Value, Reference: &sum, Difference: &d}
	if w != 0 {
		rd := d / sum
		if sum != 0 {
			ch.RelativeDifference = &rd
		}
	}
	ch.Verdict = "consistent"
	verb := "within"
	if d > tol+down || -d > tol+up {
		ch.Verdict = "inconsistent"
		verb = "more than"
	}
	ch.Rule = fmt.Sprintf("%s: %s = %s against %s, %s %s apart", rule, strings.Join(terms, " "), num(sum, whole.Unit), num(w, whole.Unit), verb, num(tol, whole.Unit))
	if ch.Verdict == "consistent" && (d > tol || -d > tol) {
		ch.Rule += ", as the hedges of the parts allow" // (more than the rounding alone)
	}
	return ch
}

// shareSums checks groups of shares of the same measure and period in one
// source that add up to about 100 (a breakdown of a whole): each share is
// rounded, so the sum may be off by half a point for each.
func shareSums(figs []Figure) []model.Check {
	type group struct {
		key  string
		figs []Figure
	}
	by := map[string]*group{}
	var order []string
	for _, f := range figs {
		if f.Statistic != "share" || f.Unit != "percent" || f.Value == nil || f.Qualifier != "exact" {
			continue
		}
		k := f.Measure + "\x00" + f.Geography + "\x00" + f.PeriodLabel
		if by[k] == nil {
			by[k] = &group{key: k}
			order = append(order, k)
		}
		by[k].figs = append(by[k].figs, f)
	}
	var out []model.Check
	for _, k := range order {
		g := by[k]
		if len(g.figs) < 3 {
			continue
		}
		sum := 0.0
		var ids, terms []string
		for _, f := range g.figs {
			sum += *f.Value
			ids = append(ids, f.ID)
			terms = append(terms, num(*f.Value, "percent"))
		}
		if sum < 90 || sum > 110 {
			continue // shares of different wholes
		}
		tol := 0.5 * float64(len(g.figs))
		hundred, d := 100.0, 100-sum // (reference − reported, as every check gives it)
		ch := model.Check{ID: checkID(append([]string{"identity", "shares"}, ids...)...), Kind: "identity", ObservationID: g.figs[0].ID,
			ReferenceIDs: ids[1:], Reported: &sum, Reference: &hundred, Difference: &d}
		rd := d / 100
		ch.RelativeDifference = &rd
		ch.Verdict = "consistent"
		if math.Abs(d) > tol {
			ch.Verdict = "inconsistent"
		}
		f := g.figs[0]
		ch.Rule = fmt.Sprintf("shares of %s %s%s must add up to 100%%: %s = %s (rounding allows ±%s)", f.Measure, placeOf(f.Geography),
			labelOf(f.PeriodLabel), strings.Join(terms, " + "), num(sum, "percent"), num(tol, "percent"))
		out = append(out, ch)
	}
	return out
}

func labelOf(p string) string {
	if p == "" {
		return ""
	}
	return ", " + p
}
