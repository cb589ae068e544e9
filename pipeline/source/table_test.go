package source

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/numtrail/numtrail/schemas"
)

const goodTableSidecar = `{"title": "Arrivals", "publisher": "Home Office", "url": "https://www.gov.uk/x", "published": "2031-02-01",
 "license": "Open Government Licence v3.0",
 "columns": {"id": {"column": "year"}, "measure": {"value": "small_boat_arrivals"}, "geography": {"value": "UK"},
   "period_start": {"column": "year", "format": "year_start"}, "period_end": {"column": "year", "format": "year_end"},
   "value": {"column": "people"}, "unit": {"value": "persons"}, "qualifier": {"column": "status", "map": {"": "exact", "rounded": "approximately"}}}}`

func readTableFixture(t *testing.T, csvText, sidecar string) ([]Entry, string) {
	t.Helper()
	root := t.TempDir()
	dir := filepath.Join(root, TablesDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "t.csv"), []byte(csvText), 0o644); err != nil {
		t.Fatal(err)
	}
	if sidecar != "" {
		if err := os.WriteFile(filepath.Join(dir, "t.meta.json"), []byte(sidecar), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := Scan(context.Background(), root, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return entries, root
}

func TestReadTable(t *testing.T) {
	entries, root := readTableFixture(t, "year,people,status\n2029,\"45,774\",\n2030,29400,rounded\n", goodTableSidecar)
	if len(entries) != 1 || !entries[0].Table {
		t.Fatalf("entries %+v", entries)
	}
	doc, rows := ReadTable(root, entries[0])
	if doc.Err != nil {
		t.Fatal(doc.Err)
	}
	if doc.SourceType != "official_table" || doc.Publisher != "Home Office" || doc.Published.Format("2006-01-02") != "2031-02-01" || doc.SourceID != "official/t" {
		t.Errorf("document %+v", doc)
	}
	if len(rows) != 2 {
		t.Fatalf("%d rows", len(rows))
	}
	r := rows[0]
	if *r.Value != 45774 || r.Measure != "small_boat_arrivals" || r.Geography != "United Kingdom" || r.GeographyCode != "K02000001" ||
		r.PeriodStart.Format("2006-01-02") != "2029-01-01" || r.PeriodEnd.Format("2006-01-02") != "2029-12-31" || r.Quote != "" ||
		r.TableRow != "2029" || !strings.Contains(r.Extractor, "official/t.csv row 1") || *r.Low != 45774 {
		t.Errorf("row 1 %+v", r)
	}
	if rows[1].Qualifier != "approximately" || rows[1].Low != nil {
		t.Errorf("row 2 %+v", rows[1])
	}
}

func TestReadTableRejects(t *testing.T) {
	for _, tc := range []struct {
		name, csv, sidecar, want string
	}{
		{"missing column", "year,status\n2029,\n", goodTableSidecar, `column "people"`},
		{"extra column", "year,people,status,comment\n2029,1,,x\n", goodTableSidecar, `column "comment": extra column`},
		{"unparseable number", "year,people,status\n2029,lots,\n", goodTableSidecar, `row 1 column "people": value "lots" is not a number`},
		{"bad year", "year,people,status\n20x9,1,\n", goodTableSidecar, "want a year"},
		{"repeated id", "year,people,status\n2029,1,\n2029,2,\n", goodTableSidecar, `id "2029" repeats row 1`},
		{"no rows", "year,people,status\n", goodTableSidecar, "no rows"},
		{"invalid UTF-8", "year,people,status\n2029,1,r\xe9vis\xe9\n", goodTableSidecar, "official/t.csv: invalid UTF-8 at byte 27"},
		{"ragged row", "year,people,status\n2029,1\n", goodTableSidecar, "row 1"},
		{"no sidecar", "year,people,status\n2029,1,\n", "", "needs a sidecar"},
		{"malformed sidecar", "year,people,status\n2029,1,\n", "{", "invalid table sidecar"},
		{"unknown mapping", "year,people,status\n2029,1,\n", strings.Replace(goodTableSidecar, `"unit":`, `"colour": {"value": "red"}, "unit":`, 1), `unknown field "colour"`},
		{"measure outside the vocabulary", "year,people,status\n2029,1,\n", strings.Replace(goodTableSidecar, "small_boat_arrivals", "ice_creams", 1), `measure "ice_creams"`},
		{"unknown place", "year,people,status\n2029,1,\n", strings.Replace(goodTableSidecar, `"UK"`, `"Atlantis"`, 1), `geography "Atlantis"`},
		{"no mapping for the value", "year,people,status\n2029,1,\n", strings.Replace(goodTableSidecar, `"value": {"column": "people"},`, "", 1), "no mapping for value"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			entries, root := readTableFixture(t, tc.csv, tc.sidecar)
			doc, rows := ReadTable(root, entries[0])
			if doc.Err == nil {
				t.Fatalf("accepted, %d rows", len(rows))
			}
			if !errors.Is(doc.Err, ErrTable) || !strings.Contains(doc.Err.Error(), tc.want) || !strings.Contains(doc.Err.Error(), "official/t.") {
				t.Errorf("error %q, want ErrTable naming the file and %q", doc.Err, tc.want)
			}
			if rows != nil {
				t.Errorf("a rejected table gave %d rows", len(rows))
			}
		})
	}
}

func TestParseCalendar(t *testing.T) {
	ps, err := ParseCalendar([]byte(`{"periods": [{"name": "x", "start": "2031-01-05", "end": "published", "phrases": ["Since The Event"]},
		{"name": "y", "start": "2031-01-05", "end": "2031-01-09", "phrases": ["first days"]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || !ps[0].EndPublished || ps[0].Phrases[0] != "since the event" || ps[1].End.Format("2006-01-02") != "2031-01-09" {
		t.Errorf("%+v", ps)
	}
	for _, bad := range []string{`{"periods": [{"name": "x", "start": "soon", "end": "published", "phrases": ["a"]}]}`,
		`{"periods": [{"name": "x", "start": "2031-01-05", "end": "2031-01-01", "phrases": ["a"]}]}`,
		`{"periods": [{"name": "x", "start": "2031-01-05", "end": "published", "phrases": []}]}`,
		`{"periods": [], "extra": 1}`} {
		if _, err := ParseCalendar([]byte(bad)); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}

// FuzzParseTableSidecar: the table sidecar parser never panics.
func FuzzParseTableSidecar(f *testing.F) {
	f.Add([]byte(goodTableSidecar))
	f.Add([]byte(`{"columns": {}}`))
	f.Add([]byte(`{"title": "a", "publisher": "b", "columns": {"id": {"column": "x", "value": "y"}}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		sc, err := ParseTableSidecar(b)
		if err == nil && (sc.Title == "" || sc.Columns["value"].Column == "" && sc.Columns["value"].Value == nil) {
			t.Errorf("accepted an incomplete sidecar: %+v", sc)
		}
	})
}

// FuzzTableRows: whatever the CSV and the sidecar, the official-table reader
// never panics, an error names the file, and an accepted table gives rows
// that can be written: UTF-8 text, a finite value inside its bounds, a
// measure and unit from the contract, period_start <= period_end, and ids
// that do not repeat.
func FuzzTableRows(f *testing.F) {
	const labelled = `{"title": "Components", "publisher": "ONS", "published": "2024-07-15",
 "columns": {"id": {"column": "component"}, "measure": {"column": "component", "map": {"Immigration": "immigration", "Emigration": "emigration"}},
   "geography": {"column": "area"}, "period_start": {"column": "from"}, "period_end": {"column": "to"},
   "value": {"column": "persons"}, "unit": {"value": "persons"}, "qualifier": {"column": "as_published", "map": {"": "exact", "rounded": "approximately"}},
   "statistic": {"value": "level"}, "per_period": {"column": "rate"}}}`
	for _, seed := range [][2]string{
		{"year,people,status\n2029,\"45,774\",\n2030,29400,rounded\n", goodTableSidecar},
		{"\uFEFFyear,people,status\r\n2029,1,\r\n", goodTableSidecar},
		{"year,people,status\n2029,lots,\n", goodTableSidecar},
		{"year,people,status\n2029,1e400,\n2030,NaN,\n", goodTableSidecar},
		{"component,area,from,to,persons,as_published,rate\nImmigration,England and Wales,2022-07-01,2023-06-30,1084000,rounded,\n" +
			"Emigration,K04000001,2022-07-01,2023-06-30,462000,,year\n", labelled},
		{"component,area,from,to,persons,as_published,rate\nImmigration,Atlantis,2023-06-30,2022-07-01,1,,\n", labelled},
		{"component,area,from,to,persons,as_published,rate\n\"a\"\"b\",UK,2022-07-01,2022-07-01,-0,,\n", labelled},
		{"year,people,status\n2029,1,r\xe9vis\xe9\n", goodTableSidecar},
	} {
		f.Add([]byte(seed[0]), []byte(seed[1]))
	}
	measures := map[string]bool{}
	for _, m := range schemas.MeasureNames() {
		measures[m] = true
	}
	units := enumOf("unit")
	f.Fuzz(func(t *testing.T, table, sidecar []byte) {
		sc, err := ParseTableSidecar(sidecar)
		if err != nil {
			return
		}
		rows, err := tableRows("official/t.csv", table, sc)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "official/t.csv") || !errors.Is(err, ErrTable) {
				t.Errorf("error %q does not name the file or is not ErrTable", err)
			}
			return
		}
		if len(rows) == 0 {
			t.Fatal("an accepted table has no rows")
		}
		ids := map[string]bool{}
		for i, r := range rows {
			for _, s := range []string{r.Measure, r.Statistic, r.Qualifier, r.ValueText, r.Unit, r.PerPeriod, r.Geography,
				r.GeographyCode, r.PeriodLabel, r.Extractor, r.TableRow} {
				if !utf8.ValidString(s) {
					t.Errorf("row %d: invalid UTF-8 %q", i+1, s)
				}
			}
			if r.Value == nil || math.IsNaN(*r.Value) || math.IsInf(*r.Value, 0) {
				t.Errorf("row %d: value %v", i+1, r.Value)
			} else if r.Low != nil && *r.Low > *r.Value || r.High != nil && *r.High < *r.Value {
				t.Errorf("row %d: value %v outside its bounds", i+1, *r.Value)
			}
			if !measures[r.Measure] || !units[r.Unit] {
				t.Errorf("row %d: measure %q, unit %q", i+1, r.Measure, r.Unit)
			}
			if r.PeriodStart.IsZero() || r.PeriodEnd.Before(r.PeriodStart.Time) {
				t.Errorf("row %d: period %v..%v", i+1, r.PeriodStart, r.PeriodEnd)
			}
			if ids[r.TableRow] || r.TableRow == "" {
				t.Errorf("row %d: id %q empty or repeated", i+1, r.TableRow)
			}
			ids[r.TableRow] = true
		}
	})
}
