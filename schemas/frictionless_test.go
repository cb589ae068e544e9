package schemas

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func TestFrictionless(t *testing.T) {
	for _, tb := range Tables() {
		s := tb.Frictionless()
		if len(s.Fields) != len(tb.Fields) {
			t.Fatalf("%s: %d fields, want %d", tb.Name, len(s.Fields), len(tb.Fields))
		}
		if !slices.Equal(s.PrimaryKey, tb.PrimaryKey) {
			t.Errorf("%s: primaryKey %v, want %v", tb.Name, s.PrimaryKey, tb.PrimaryKey)
		}
		if !slices.Equal(s.MissingValues, []string{""}) {
			t.Errorf("%s: missingValues %q", tb.Name, s.MissingValues)
		}
		for i, f := range tb.Fields {
			sf := s.Fields[i]
			want := map[string]string{"string": "string", "float64": "number", "int64": "integer", "date32": "date", "timestamp": "datetime"}[f.Type]
			if sf.Name != f.Name || sf.Type != want || sf.Description != f.Description || sf.Unit != f.Unit {
				t.Errorf("%s.%s: got %+v", tb.Name, f.Name, sf)
			}
			if (sf.Format != "") != (f.Type == "date32" || f.Type == "timestamp") {
				t.Errorf("%s.%s: format %q for type %s", tb.Name, f.Name, sf.Format, f.Type)
			}
			c := sf.Constraints
			if c == nil {
				if f.Required || len(f.Enum) > 0 {
					t.Errorf("%s.%s: no constraints", tb.Name, f.Name)
				}
				continue
			}
			if c.Required != f.Required || !slices.Equal(c.Enum, f.Enum) {
				t.Errorf("%s.%s: constraints %+v", tb.Name, f.Name, c)
			}
		}
	}

	// The JSON is what Frictionless tools read.
	b, err := json.Marshal(Observations.Frictionless())
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Fields []struct {
			Name, Type, Format, Unit string
			Constraints              map[string]any
		}
		PrimaryKey    []string
		MissingValues []string
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	byName := map[string]int{}
	for i, f := range doc.Fields {
		byName[f.Name] = i
	}
	get := func(name string) (string, string, map[string]any) {
		f := doc.Fields[byName[name]]
		return f.Type, f.Format, f.Constraints
	}
	if typ, _, c := get("observation_id"); typ != "string" || c["required"] != true || c["enum"] != nil {
		t.Errorf("observation_id: %s %v", typ, c)
	}
	if typ, _, c := get("value"); typ != "number" || c != nil {
		t.Errorf("value: %s %v", typ, c)
	}
	if typ, format, _ := get("period_start"); typ != "date" || format != "%Y-%m-%d" {
		t.Errorf("period_start: %s %s", typ, format)
	}
	if typ, format, _ := get("published_at"); typ != "datetime" || format != "default" {
		t.Errorf("published_at: %s %s", typ, format)
	}
	if typ, _, _ := get("char_start"); typ != "integer" {
		t.Errorf("char_start: %s", typ)
	}
	if _, _, c := get("measure"); len(c["enum"].([]any)) != len(MeasureNames()) {
		t.Errorf("measure enum %v, want the measure vocabulary", c["enum"])
	}
	if !slices.Equal(doc.PrimaryKey, []string{"observation_id"}) {
		t.Errorf("primaryKey %v", doc.PrimaryKey)
	}
	if !strings.Contains(string(b), `"missingValues":[""]`) {
		t.Errorf("no missingValues in %s", b)
	}
	if _, _, ok := FrictionlessType("decimal"); ok {
		t.Error(`FrictionlessType("decimal") is ok`)
	}
}
