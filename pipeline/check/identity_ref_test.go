package check

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
)

// identitiesReference is Identities as it was before it indexed its slots
// by date fields rather than formatted dates, and figures by index rather
// than copies (with the figures of each measure that identityOf pairs); TestIdentitiesMatchReference compares the two.
func identitiesReference(figs []Figure) []model.Check {
	type slot struct{ geo, start, end string }
	levels := map[slot]map[string][]Figure{}
	var slots []slot
	for _, f := range figs {
		if f.Statistic != "level" && !(f.Statistic == "change" && changeMeasure[f.Measure]) || f.Value == nil || f.Unit != "persons" || f.PeriodStart.IsZero() || f.PeriodEnd.IsZero() {
			continue
		}
		k := slot{f.Geography, day(f.PeriodStart), day(f.PeriodEnd)}
		if levels[k] == nil {
			levels[k] = map[string][]Figure{}
			slots = append(slots, k)
		}
		fs := levels[k][f.Measure]
		if len(fs) < maxPerMeasure && !slices.ContainsFunc(fs, func(o Figure) bool { return *o.Value == *f.Value }) {
			levels[k][f.Measure] = append(fs, f)
		}
	}
	var out []model.Check
	for _, k := range slots {
		ms := levels[k]
		where := fmt.Sprintf("%s, %s..%s", k.geo, k.start, k.end)
		if imm, ok1 := ms["immigration"]; ok1 {
			if emi, ok2 := ms["emigration"]; ok2 {
				if net, ok3 := ms["net_migration"]; ok3 {
					out = append(out, identityOf(net, [][]Figure{imm, emi}, []float64{1, -1}, 0,
						fmt.Sprintf("immigration − emigration = net migration (%s)", where), where))
				}
			}
		}
		if nc, ok := ms["natural_change"]; ok {
			if births, ok1 := ms["births"]; ok1 {
				if deaths, ok2 := ms["deaths"]; ok2 {
					out = append(out, identityOf(nc, [][]Figure{births, deaths}, []float64{1, -1}, 0,
						fmt.Sprintf("births − deaths = natural change (%s)", where), where))
				}
			}
		}
		if pc, ok := ms["population_change"]; ok {
			if nc, ok1 := ms["natural_change"]; ok1 {
				if net, ok2 := ms["net_migration"]; ok2 {
					out = append(out, identityOf(pc, [][]Figure{nc, net}, []float64{1, 1}, 0.03,
						fmt.Sprintf("population change = natural change + net international migration, within 3%% for moves within the UK and other adjustments (%s)", where), where))
				}
			}
		}
	}
	return append(out, shareSums(figs)...)
}

// TestIdentitiesMatchReference checks Identities against
// identitiesReference on random sets of figures: the measures of the
// identities and others, a few places and periods (some the same days in
// other time zones), repeated measures, shares.
func TestIdentitiesMatchReference(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	measures := []string{"immigration", "emigration", "net_migration", "population_change", "natural_change", "population", "asylum_applications"}
	geos := []string{"United Kingdom", "England and Wales", ""}
	zones := []*time.Location{time.UTC, time.FixedZone("", 3600), time.FixedZone("", -5*3600)}
	date := func(year, month, day int) model.Date {
		if r.IntN(10) == 0 {
			return model.Date{}
		}
		return model.Date{Time: time.Date(year, time.Month(month), day, 0, 0, 0, 0, zones[r.IntN(len(zones))])}
	}
	kinds := map[string]int{}
	for n := range 20000 {
		figs := make([]Figure, r.IntN(14))
		for i := range figs {
			v := float64(r.IntN(2000)) * 500
			f := Figure{ID: fmt.Sprintf("id%d-%d", n, i), Measure: measures[r.IntN(len(measures))], Statistic: "level", Unit: "persons",
				Qualifier: "exact", Geography: geos[r.IntN(len(geos))], Value: &v, ValueText: fmt.Sprint(v),
				PeriodLabel: "year"}
			y := 2022 + r.IntN(2)
			f.PeriodStart, f.PeriodEnd = date(y, 1, 1), date(y, 12, 31)
			switch r.IntN(10) {
			case 0:
				f.Statistic = "change"
			case 1:
				f.Unit = "GBP"
			case 2:
				f.Value = nil
			case 3, 4:
				s := []float64{84, 8, 7, 1, 50, 25, 33}[r.IntN(7)]
				f.Statistic, f.Unit, f.Value, f.ValueText = "share", "percent", &s, fmt.Sprint(s)
			case 5:
				f.Qualifier = "almost"
			}
			figs[i] = f
		}
		got, want := Identities(figs), identitiesReference(figs)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("figures %+v:\nIdentities %+v\nreference  %+v", figs, got, want)
		}
		for _, ch := range got {
			kinds[strings.SplitN(ch.Rule, " ", 2)[0]]++
			if strings.Contains(ch.Rule, "several figures") {
				kinds["several"]++
			}
		}
	}
	t.Logf("identities met: %v", kinds)
	// every identity was met, so that the comparison is not vacuous
	for _, k := range []string{"immigration", "population", "shares", "several"} {
		if kinds[k] == 0 {
			t.Errorf("no %s identity among the random figures (%v)", k, kinds)
		}
	}
}
