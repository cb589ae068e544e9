//go:build duckdb

package etl

// Interop with the tools data scientists use: DuckDB reads the dataset with
// the types the contract promises. Run with `go test -tags duckdb
// ./pipeline/etl` (.ci/run does); the plain test run keeps the xitongsys
// reader and needs no C toolchain.

import (
	"context"
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

// A partitioned run is one dataset to DuckDB: the README's hive_partitioning
// query reads every part, the partition key is a column (null for sources
// without a date), and the CSV parts hold the same rows. The union of the
// folders of n shards, copied into one, is the dataset of an unsharded run.
func TestDuckDBReadsPartitionsAndShards(t *testing.T) {
	raw := corpusRaw(t, 60)
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	count := func(query string, args ...any) int64 {
		t.Helper()
		var n int64
		if err := db.QueryRow(query, args...).Scan(&n); err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		return n
	}

	full := t.TempDir()
	sum, err := Run(context.Background(), Config{Raw: raw, Out: full})
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range PartitionKeys {
		out := t.TempDir()
		psum, err := Run(context.Background(), Config{Raw: raw, Out: out, PartitionBy: key, BatchRows: 50})
		if err != nil {
			t.Fatal(err)
		}
		if psum.Observations != sum.Observations || psum.Checks != sum.Checks {
			t.Fatalf("%s: %+v, unpartitioned %+v", key, psum, sum)
		}
		for _, tc := range []struct {
			table string
			n     int64
		}{{"observations", sum.Observations}, {"checks", sum.Checks}, {"sources", int64(sum.Documents + sum.Tables)}} {
			glob := filepath.Join(out, tc.table, "*", "*.parquet")
			if n := count("SELECT count(*) FROM read_parquet(?, hive_partitioning = true)", glob); n != tc.n {
				t.Errorf("%s %s: %d rows in the Parquet parts, want %d", key, tc.table, n, tc.n)
			}
			csvGlob := filepath.Join(out, csvDir, tc.table, "*", "*.csv")
			if n := count(`SELECT count(*) FROM read_csv(?, header = true, quote = '"', escape = '"', hive_partitioning = true)`, csvGlob); n != tc.n {
				t.Errorf("%s %s: %d rows in the CSV parts, want %d", key, tc.table, n, tc.n)
			}
		}
		obs := filepath.Join(out, "observations", "*", "*.parquet")
		switch key {
		case PartitionPublishedYear:
			// the key is a column; the partition is the year of published_at
			if n := count("SELECT count(*) FROM read_parquet(?, hive_partitioning = true) WHERE published_year IS DISTINCT FROM year(published_at)", obs); n != 0 {
				t.Errorf("%d observations in the wrong year's partition", n)
			}
			if n := count("SELECT count(*) FROM read_parquet(?, hive_partitioning = true) WHERE published_year IS NULL", obs); n == 0 {
				t.Error("no observations in the partition of sources without a date")
			}
			if n := count("SELECT count(*) FROM read_parquet(?, hive_partitioning = true) WHERE published_year = 2024", obs); n == 0 {
				t.Error("no observations read from published_year=2024")
			}
		case PartitionSourceType:
			if n := count("SELECT count(*) FROM read_parquet(?, hive_partitioning = true) WHERE source_type = 'official_table'", obs); n == 0 {
				t.Error("no official_table observations")
			}
		}
		// the stable name out/observations reads the same
		if n := count("SELECT count(*) FROM read_parquet(?, hive_partitioning = true)", filepath.Join(out, "current", "observations", "*", "*.parquet")); n != sum.Observations {
			t.Errorf("through current/: %d observations", n)
		}
	}

	// three shards, partitioned, into folders of their own, then copied into one
	union := t.TempDir()
	var obs, checks int64
	for i := range 3 {
		out := t.TempDir()
		ssum, err := Run(context.Background(), Config{Raw: raw, Out: out, PartitionBy: PartitionPublishedYear, Shard: i, Shards: 3})
		if err != nil {
			t.Fatal(err)
		}
		obs, checks = obs+ssum.Observations, checks+ssum.Checks
		if err := os.CopyFS(union, os.DirFS(filepath.Join(out, "current"))); err != nil {
			t.Fatal(err)
		}
	}
	if obs != sum.Observations || checks != sum.Checks {
		t.Errorf("3 shards: %d observations and %d checks, unsharded %d and %d", obs, checks, sum.Observations, sum.Checks)
	}
	q := "SELECT count(*) FROM (SELECT observation_id FROM read_parquet(?, hive_partitioning = true) EXCEPT SELECT observation_id FROM read_parquet(?))"
	if n := count(q, filepath.Join(union, "observations", "*", "*.parquet"), filepath.Join(full, "observations.parquet")); n != 0 {
		t.Errorf("%d observation ids in the union of the shards but not in the unsharded run", n)
	}
	if n := count("SELECT count(DISTINCT observation_id) FROM read_parquet(?, hive_partitioning = true)", filepath.Join(union, "observations", "*", "*.parquet")); n != sum.Observations {
		t.Errorf("%d distinct observation ids in the union, want %d", n, sum.Observations)
	}
}
