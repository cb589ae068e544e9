package etl

import (
	"github.com/numtrail/numtrail/pipeline/testutil"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The seed article's figures are checked against the official tables in
// raw/ with the verdicts a reader would give them.
func TestSeedChecks(t *testing.T) {
	out, sum, err := runInto(t, "../../raw", 2)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Tables == 0 || sum.Checks == 0 {
		t.Fatalf("tables %d checks %d", sum.Tables, sum.Checks)
	}
	obs := map[string]map[string]string{}
	for _, r := range testutil.ReadCSV(t, filepath.Join(out, "observations.csv")) {
		obs[r["observation_id"]] = r
	}
	byQuote := map[string]map[string]string{}
	for _, c := range testutil.ReadCSV(t, filepath.Join(out, "checks.csv")) {
		o := obs[c["observation_id"]]
		if os.Getenv("ETL_SHOW_CHECKS") != "" {
			t.Logf("%s %s %q: %s", c["kind"], c["verdict"], o["quote"], c["rule"])
		}
		if c["kind"] == "official_comparison" && strings.HasPrefix(o["source_id"], "articles/express") {
			byQuote[o["quote"]] = c
		}
		for _, id := range strings.Fields(c["reference_ids"]) {
			if _, ok := obs[id]; !ok {
				t.Errorf("check %s refers to %s, which is not an observation", c["check_id"], id)
			}
		}
	}
	for _, w := range []struct{ quote, verdict, ruleHas string }{
		{"More than 1,100", "consistent", "1,185"},
		{"almost 610,000", "consistent", "610,000"},
		{"60.9 million", "consistent", "60,900,000"},
		{"1,084,000", "consistent", "1,084,000"},
		{"462,000", "consistent", "462,000"},
		{"£290 million", "consistent", "£290m"},
		{"£4billion", "consistent", "2022-04-01..2023-03-31"},
		{"£4billion", "consistent", "2023-04-01..2024-03-31 was higher"},
		{"over 1000", "inconsistent", "590"},
		{"over 1000", "inconsistent", "passed 1,000 only on 2024-07-15"},
	} {
		c, ok := byQuote[w.quote]
		if !ok {
			t.Errorf("%q was not checked", w.quote)
			continue
		}
		if c["verdict"] != w.verdict || !strings.Contains(c["rule"], w.ruleHas) {
			t.Errorf("%q: %s %q, want %s with %q", w.quote, c["verdict"], c["rule"], w.verdict, w.ruleHas)
		}
	}
}

// A reported change is checked against the change between two official
// levels of raw/'s tables, end to end: the figure's sentence reaches the
// checker, which finds there a base year the observation does not keep.
func TestChangeChecks(t *testing.T) {
	docs := map[string]string{
		"news/change.txt": "Net migration fell by 178,000 to 728,000 in the year to June 2024, the Office for National Statistics said.\n\n" +
			"Small boat arrivals in 2024 were 25% higher than in 2023.\n\n" +
			"Crossings in 2024 were up 60% on 2019.\n",
		"news/change.meta.json": `{"title": "Change", "publisher": "Test", "published": "2024-12-01"}`,
	}
	official, err := filepath.Glob("../../raw/official/*")
	if err != nil || len(official) == 0 {
		t.Fatal("no official tables", err)
	}
	for _, f := range official {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs["official/"+filepath.Base(f)] = string(b)
	}
	out, _, err := runInto(t, writeRaw(t, docs), 2)
	if err != nil {
		t.Fatal(err)
	}
	quote := map[string]string{}
	for _, r := range testutil.ReadCSV(t, filepath.Join(out, "observations.csv")) {
		if r["source_id"] == "news/change" {
			quote[r["observation_id"]] = r["quote"]
		}
	}
	got := map[string]map[string]string{}
	for _, c := range testutil.ReadCSV(t, filepath.Join(out, "checks.csv")) {
		if q, ok := quote[c["observation_id"]]; ok && c["kind"] == "official_comparison" {
			got[q] = c
		}
	}
	for _, w := range []struct{ quote, verdict, ruleHas string }{
		{"178,000", "consistent", "official 728,000 for 2023-07-01..2024-06-30 against 906,000 for 2022-07-01..2023-06-30 is a change of -178,000"},
		{"728,000", "consistent", "728,000"},
		{"25%", "consistent", "against 29,437 for 2023-01-01..2023-12-31 is a change of +25.1%"},
		{"60%", "ambiguous", "names 2019"},
	} {
		c, ok := got[w.quote]
		if !ok {
			t.Errorf("%q was not checked (figures: %v)", w.quote, quote)
			continue
		}
		if c["verdict"] != w.verdict || !strings.Contains(c["rule"], w.ruleHas) {
			t.Errorf("%q: %s %q, want %s with %q", w.quote, c["verdict"], c["rule"], w.verdict, w.ruleHas)
		}
		if w.verdict == "consistent" && len(strings.Fields(c["reference_ids"])) == 0 {
			t.Errorf("%q: no reference ids", w.quote)
		}
	}
}

// A figure over a half-year or a quarter is checked end to end against the
// sum of an official table's monthly figures, and so are both levels of a
// change over such a period; a month missing from the table gives no sum,
// and a month revised after the article is taken as the article could
// know it.
func TestMonthlySumChecks(t *testing.T) {
	meta := func(title, published string) string {
		return `{"title": "` + title + `", "publisher": "Home Office", "published": "` + published + `", "license": "Open Government Licence v3.0",
  "columns": {"id": {"column": "from"}, "measure": {"value": "small_boat_arrivals"}, "geography": {"value": "United Kingdom"},
              "period_start": {"column": "from"}, "period_end": {"column": "to"}, "value": {"column": "people"},
              "unit": {"value": "persons"}, "qualifier": {"value": "exact"}}}`
	}
	table := "from,to,people\n"
	for _, m := range []struct {
		ym     string
		people string
	}{
		// (no April 2022)
		{"2022-01", "1000"}, {"2022-02", "1000"}, {"2022-03", "1000"}, {"2022-05", "1000"}, {"2022-06", "1000"},
		// the first half 10,000, July to September 10,000
		{"2023-01", "1000"}, {"2023-02", "1200"}, {"2023-03", "1500"}, {"2023-04", "1800"}, {"2023-05", "2000"}, {"2023-06", "2500"},
		{"2023-07", "3000"}, {"2023-08", "3500"}, {"2023-09", "3500"},
		// the first half 13,489, July to September 10,300
		{"2024-01", "1500"}, {"2024-02", "1700"}, {"2024-03", "2000"}, {"2024-04", "2400"}, {"2024-05", "2889"}, {"2024-06", "3000"},
		{"2024-07", "3100"}, {"2024-08", "3600"}, {"2024-09", "3600"},
	} {
		first, err := time.Parse("2006-01", m.ym)
		if err != nil {
			t.Fatal(err)
		}
		table += first.Format(time.DateOnly) + "," + first.AddDate(0, 1, -1).Format(time.DateOnly) + "," + m.people + "\n"
	}
	docs := map[string]string{
		"official/boats-monthly.csv":       table,
		"official/boats-monthly.meta.json": meta("Small boat arrivals by month", "2024-10-20"),
		// (March 2024 revised after the article)
		"official/boats-monthly-rev.csv":       "from,to,people\n2024-03-01,2024-03-31,2100\n",
		"official/boats-monthly-rev.meta.json": meta("Small boat arrivals by month, revised", "2024-12-01"),
		"news/halves.txt": "Some 13,489 people crossed the Channel in small boats in the first half of 2024, Home Office figures show.\n\n" +
			"Small boat arrivals in the first half of 2024 were up more than a third on the same period last year.\n\n" +
			"In the three months to September, crossings were up 3% on a year earlier.\n\n" +
			"In the first half of 2022, 12,000 people crossed the Channel in small boats.\n",
		"news/halves.meta.json": `{"title": "Halves", "publisher": "Test", "published": "2024-11-01"}`,
	}
	out, _, err := runInto(t, writeRaw(t, docs), 2)
	if err != nil {
		t.Fatal(err)
	}
	quote := map[string]string{}
	for _, r := range testutil.ReadCSV(t, filepath.Join(out, "observations.csv")) {
		if r["source_id"] == "news/halves" {
			quote[r["observation_id"]] = r["quote"]
		}
	}
	got := map[string]map[string]string{}
	for _, c := range testutil.ReadCSV(t, filepath.Join(out, "checks.csv")) {
		if q, ok := quote[c["observation_id"]]; ok && c["kind"] == "official_comparison" {
			got[q] = c
		}
	}
	for _, w := range []struct {
		quote, verdict, ruleHas string
		refs                    int
	}{
		{"Some 13,489", "consistent", "official 13,489 for 2024-01-01..2024-06-30 (sum of 6 monthly figures, Jan..Jun 2024: 1,500 + 1,700 + 2,000 + 2,400 + 2,889 + 3,000; Small boat arrivals by month; other estimates of Mar 2024: 2,100 in Small boat arrivals by month, revised)", 6},
		{"more than a third", "consistent", "against 10,000 for 2023-01-01..2023-06-30 (sum of 6 monthly figures, Jan..Jun 2023: 1,000 + 1,200 + 1,500 + 1,800 + 2,000 + 2,500) is a change of +34.9%", 12},
		{"3%", "consistent", "official 10,300 for 2024-07-01..2024-09-30 (sum of 3 monthly figures, Jul..Sep 2024: 3,100 + 3,600 + 3,600) against 10,000 for 2023-07-01..2023-09-30 (sum of 3 monthly figures, Jul..Sep 2023: 3,000 + 3,500 + 3,500) is a change of +3%", 6},
		{"12,000", "no_reference", "for 2022-01-01..2022-06-30, nor figures that add up to it: those inside it leave out 2022-04-01..2022-04-30", 0},
	} {
		c, ok := got[w.quote]
		if !ok {
			t.Errorf("%q was not checked (figures: %v)", w.quote, quote)
			continue
		}
		if c["verdict"] != w.verdict || !strings.Contains(c["rule"], w.ruleHas) || len(strings.Fields(c["reference_ids"])) != w.refs {
			t.Errorf("%q: %s %q (%d references), want %s with %q (%d)", w.quote, c["verdict"], c["rule"], len(strings.Fields(c["reference_ids"])), w.verdict, w.ruleHas, w.refs)
		}
	}
}

// checksOf runs docs and gives the checks of the figures of source, by
// quote: its official comparisons, and (under "identity: " + the quote of
// the whole) its identities.
func checksOf(t *testing.T, docs map[string]string, source string) map[string]map[string]string {
	t.Helper()
	out, _, err := runInto(t, writeRaw(t, docs), 2)
	if err != nil {
		t.Fatal(err)
	}
	quote := map[string]string{}
	for _, r := range testutil.ReadCSV(t, filepath.Join(out, "observations.csv")) {
		if r["source_id"] == source {
			quote[r["observation_id"]] = r["quote"]
		}
	}
	got := map[string]map[string]string{}
	for _, c := range testutil.ReadCSV(t, filepath.Join(out, "checks.csv")) {
		if q, ok := quote[c["observation_id"]]; ok {
			if c["kind"] == "identity" {
				q = "identity: " + q
			}
			got[q] = c
		}
	}
	return got
}

// A stock's change since a month is checked end to end: the extractor runs
// "since June 2023" from 1 July 2023 to the document's date, and the check
// takes the latest count published by then against the count of 30 June.
func TestStockSinceChecks(t *testing.T) {
	meta := func(title, published string) string {
		return `{"title": "` + title + `", "publisher": "Home Office", "published": "` + published + `", "license": "Open Government Licence v3.0",
  "columns": {"id": {"column": "at"}, "measure": {"value": "asylum_backlog"}, "geography": {"value": "United Kingdom"},
              "period_start": {"column": "at"}, "period_end": {"column": "at"}, "value": {"column": "claims"},
              "unit": {"value": "persons"}, "qualifier": {"value": "exact"}}}`
	}
	docs := map[string]string{
		"official/backlog-may.csv":       "at,claims\n2023-06-30,152000\n2023-12-31,121000\n2024-03-31,109500\n",
		"official/backlog-may.meta.json": meta("Asylum claims awaiting a decision, May", "2024-05-23"),
		"official/backlog-aug.csv":       "at,claims\n2024-06-30,117200\n",
		"official/backlog-aug.meta.json": meta("Asylum claims awaiting a decision, August", "2024-08-22"),
		"news/backlog.txt": "The asylum backlog has fallen by 35,000 since June 2023, Home Office figures show.\n\n" +
			"The number of claims awaiting a decision has risen by 7% since the end of March 2024.\n\n" +
			"The backlog has fallen by 20,000 since the end of 2023.\n",
		"news/backlog.meta.json": `{"title": "Backlog", "publisher": "Test", "published": "2024-10-15"}`,
	}
	got := checksOf(t, docs, "news/backlog")
	for _, w := range []struct{ quote, verdict, ruleHas string }{
		{"35,000", "consistent", "official 117,200 for 2024-06-30 against 152,000 for 2023-06-30 is a change of -34,800"},
		{"35,000", "consistent", "2024-06-30 is the latest official level of asylum_backlog published by 2024-10-15"},
		{"7%", "consistent", "official 117,200 for 2024-06-30 against 109,500 for 2024-03-31 is a change of +7%"},
		{"20,000", "inconsistent", "official 117,200 for 2024-06-30 against 121,000 for 2023-12-31 is a change of -3,800"},
	} {
		c, ok := got[w.quote]
		if !ok {
			t.Errorf("%q was not checked (checks: %v)", w.quote, got)
			continue
		}
		if c["verdict"] != w.verdict || !strings.Contains(c["rule"], w.ruleHas) || len(strings.Fields(c["reference_ids"])) != 2 {
			t.Errorf("%q: %s %q (references %q), want %s with %q", w.quote, c["verdict"], c["rule"], c["reference_ids"], w.verdict, w.ruleHas)
		}
	}
}

// A percent change said of a rate ("£8.4m a day, up 5%") is checked end to
// end between the official rates, though the tables hold yearly totals of
// the measure too.
func TestPercentOfRateChecks(t *testing.T) {
	meta := `{"title": "Asylum costs", "publisher": "Home Office", "published": "2024-09-01", "license": "Open Government Licence v3.0",
  "columns": {"id": {"column": "id"}, "measure": {"value": "asylum_cost"}, "geography": {"value": "United Kingdom"},
              "period_start": {"column": "from"}, "period_end": {"column": "to"}, "value": {"column": "gbp"},
              "unit": {"value": "GBP"}, "qualifier": {"value": "exact"}, "per_period": {"column": "per"}}}`
	docs := map[string]string{
		"official/costs.csv": "id,from,to,gbp,per\n" +
			"t22,2022-04-01,2023-03-31,3000000000,\nt23,2023-04-01,2024-03-31,3300000000,\n" +
			"d22,2022-04-01,2023-03-31,8000000,day\nd23,2023-04-01,2024-03-31,8400000,day\n",
		"official/costs.meta.json": meta,
		"news/costs.txt": "Asylum hotels cost £8.4m a day in 2023-24, up 5% on the year before.\n\n" +
			"Asylum spending was £3.3bn in 2023-24, up 10% on the year before.\n",
		"news/costs.meta.json": `{"title": "Costs", "publisher": "Test", "published": "2024-10-15"}`,
	}
	got := checksOf(t, docs, "news/costs")
	for _, w := range []struct{ quote, verdict, ruleHas string }{
		{"5%", "consistent", "official £8.4m for 2023-04-01..2024-03-31 against £8m for 2022-04-01..2023-03-31 is a change of +5%"},
		{"10%", "consistent", "official £3.3bn for 2023-04-01..2024-03-31 against £3bn for 2022-04-01..2023-03-31 is a change of +10%"},
	} {
		if c, ok := got[w.quote]; !ok || c["verdict"] != w.verdict || !strings.Contains(c["rule"], w.ruleHas) {
			t.Errorf("%q: %s %q, want %s with %q", w.quote, c["verdict"], c["rule"], w.verdict, w.ruleHas)
		}
	}
}

// A document that gives a first estimate and a revision of net migration
// is checked end to end against the immigration and emigration it gives:
// the identity holds with the revision, and the rule says so.
func TestIdentityOfRevisedFigures(t *testing.T) {
	docs := map[string]string{
		"news/revised.txt": "The ONS first estimated net migration in the year to June 2023 at 672,000, but it now says 906,000, " +
			"with immigration of 1.3 million and emigration of 394,000.\n",
		"news/revised.meta.json": `{"title": "Revised", "publisher": "Test", "published": "2024-12-01"}`,
	}
	got := checksOf(t, docs, "news/revised")
	c, ok := got["identity: 906,000"]
	if !ok || c["verdict"] != "consistent" || !strings.Contains(c["rule"], "1,300,000 − 394,000 = 906,000 against 906,000") ||
		!strings.Contains(c["rule"], "several figures of net_migration for United Kingdom, 2022-07-01..2023-06-30 (672,000, 906,000): 906,000 is the one that adds up") {
		t.Errorf("identity: %v (checks %v)", c, got)
	}
}
