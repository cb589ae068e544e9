package schemas

import (
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the README's data dictionary from the schema")

// The README's column table is generated from the schema; it must not drift.
func TestReadmeDataDictionary(t *testing.T) {
	const path = "../README.md"
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?s)(<!-- observations:start[^>]*-->\n)(.*?)(<!-- observations:end -->)`)
	m := re.FindSubmatch(b)
	if m == nil {
		t.Fatal("README.md has no observations:start/end markers")
	}
	want := Observations.Markdown()
	if string(m[2]) == want {
		return
	}
	if *update {
		out := re.ReplaceAllLiteral(b, []byte(string(m[1])+want+string(m[3])))
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's observations table differs from schemas/observations.v1.json; run go test ./schemas -update")
}

func TestSchemasLoad(t *testing.T) {
	for _, tb := range []*Table{Observations, Sources, Checks} {
		if len(tb.Fields) == 0 || tb.Arrow().NumFields() != len(tb.Fields) {
			t.Errorf("%s: %d fields, arrow %d", tb.Name, len(tb.Fields), tb.Arrow().NumFields())
		}
		seen := map[string]bool{}
		for _, f := range tb.Fields {
			if seen[f.Name] {
				t.Errorf("%s: field %s twice", tb.Name, f.Name)
			}
			seen[f.Name] = true
			if strings.TrimSpace(f.Description) == "" {
				t.Errorf("%s.%s has no description", tb.Name, f.Name)
			}
		}
		for _, k := range tb.PrimaryKey {
			if !seen[k] {
				t.Errorf("%s: primary key %s is not a field", tb.Name, k)
			}
		}
	}
}

// The contract's columns are all in observations v1, with the contract's types.
func TestObservationsMatchContract(t *testing.T) {
	want := map[string]string{
		"observation_id": "string", "measure": "string", "statistic": "string", "value": "float64",
		"value_low": "float64", "value_high": "float64", "qualifier": "string", "value_text": "string",
		"unit": "string", "per_period": "string", "geography": "string", "geography_code": "string",
		"period_label": "string", "period_start": "date32", "period_end": "date32", "attributed_to": "string",
		"source_id": "string", "source_type": "string", "source_url": "string", "source_title": "string",
		"publisher": "string", "author": "string", "published_at": "timestamp", "retrieved_at": "timestamp",
		"source_sha256": "string", "source_license": "string", "char_start": "int64", "char_end": "int64",
		"quote": "string", "sentence": "string", "extractor": "string", "pipeline_version": "string", "run_id": "string",
	}
	for name, typ := range want {
		i := Observations.Index(name)
		if i < 0 {
			t.Errorf("observations has no %s", name)
			continue
		}
		if got := Observations.Fields[i].Type; got != typ {
			t.Errorf("observations.%s is %s, want %s", name, got, typ)
		}
	}
}

func TestMeasureVocabulary(t *testing.T) {
	ms, err := Measures()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, m := range ms {
		names[m.Name] = true
		if len(m.Units) == 0 {
			t.Errorf("measure %s allows no unit", m.Name)
		}
	}
	for _, n := range []string{"small_boat_arrivals", "asylum_cost", "payment_to_rwanda", "population_change", "immigration", "emigration", "net_migration", "other"} {
		if !names[n] {
			t.Errorf("vocabulary lacks %s", n)
		}
	}
}
