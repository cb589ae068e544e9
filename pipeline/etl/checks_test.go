package etl

import (
	"github.com/numtrail/numtrail/pipeline/testutil"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
