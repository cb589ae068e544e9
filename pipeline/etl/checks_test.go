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
