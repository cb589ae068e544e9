//go:build duckdb

package etl

// Interop with the tools data scientists use: DuckDB reads the dataset with
// the types the contract promises. Run with `go test -tags duckdb
// ./pipeline/etl` (.ci/run does); the plain test run keeps the xitongsys
// reader and needs no C toolchain.

import (
	"database/sql"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
)

func TestDuckDBReadsDataset(t *testing.T) {
	out, sum, err := runInto(t, "../../raw", 2)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	obs := filepath.Join(out, "observations.parquet")

	// the contract's types, as DuckDB sees them
	want := map[string]string{
		"period_start": "DATE", "period_end": "DATE", "published_at": "TIMESTAMP WITH TIME ZONE",
		"retrieved_at": "TIMESTAMP WITH TIME ZONE", "value": "DOUBLE", "value_low": "DOUBLE",
		"char_start": "BIGINT", "char_end": "BIGINT", "quote": "VARCHAR", "measure": "VARCHAR",
	}
	rows, err := db.Query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(?))", obs)
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for rows.Next() {
		var name, typ string
		if err := rows.Scan(&name, &typ); err != nil {
			t.Fatal(err)
		}
		if w, ok := want[name]; ok {
			seen++
			if typ != w {
				t.Errorf("%s is %s in DuckDB, want %s", name, typ, w)
			}
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if seen != len(want) {
		t.Errorf("DuckDB saw %d of the %d columns checked", seen, len(want))
	}

	// row counts: Parquet and CSV agree with the run
	for _, tc := range []struct {
		table string
		n     int64
	}{{"observations", sum.Observations}, {"checks", sum.Checks}, {"sources", int64(sum.Documents + sum.Tables)}} {
		var np, nc int64
		if err := db.QueryRow("SELECT count(*) FROM read_parquet(?)", filepath.Join(out, tc.table+".parquet")).Scan(&np); err != nil {
			t.Fatal(err)
		}
		if err := db.QueryRow("SELECT count(*) FROM read_csv(?, header = true)", filepath.Join(out, tc.table+".csv")).Scan(&nc); err != nil {
			t.Fatal(err)
		}
		if np != tc.n || nc != tc.n {
			t.Errorf("%s: %d rows in Parquet and %d in CSV, the run wrote %d", tc.table, np, nc, tc.n)
		}
	}

	// the README's DuckDB recipe runs as written (with the path of this run)
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```sql\n(.*?)```").FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md has no sql block")
	}
	recipe := strings.ReplaceAll(string(m[1]), "out/observations.parquet", obs)
	r, err := db.Query(recipe)
	if err != nil {
		t.Fatalf("README recipe: %v", err)
	}
	n := 0
	for r.Next() {
		n++
	}
	if n == 0 {
		t.Error("the README recipe found no small boat arrivals")
	}
	// hive-style reading of the dataset through the stable symlinks works too
	var quotes int64
	if err := db.QueryRow("SELECT count(quote) FROM read_parquet(?) WHERE source_type = 'news'", obs).Scan(&quotes); err != nil || quotes == 0 {
		t.Errorf("news quotes: %d, %v", quotes, err)
	}
}
