package load

import (
	"context"
	stdcsv "encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/memory"

	"github.com/numtrail/numtrail/schemas"
)

// FormatValue writes every value as the CSV writer does.
func TestFormatValueMatchesCSV(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := buildRecord(t, mem, schemas.Observations.Arrow(), observationRows)
	defer rec.Release()
	dir := t.TempDir()
	writeTable(t, dir, schemas.Observations, rec)
	f, err := os.Open(filepath.Join(dir, "observations.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := stdcsv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != int(rec.NumRows())+1 {
		t.Fatalf("%d CSV rows, want %d", len(rows), rec.NumRows()+1)
	}
	for i := 0; i < int(rec.NumRows()); i++ {
		for j, col := range rec.Columns() {
			// encoding/csv reads a quoted "\r\n" as "\n"
			got := strings.ReplaceAll(FormatValue(col, i), "\r\n", "\n")
			if want := rows[i+1][j]; got != want {
				t.Errorf("row %d %s: FormatValue %q, CSV %q", i+1, rec.ColumnName(j), got, want)
			}
		}
	}
}

func TestParquetReader(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := buildRecord(t, mem, schemas.Observations.Arrow(), observationRows)
	defer rec.Release()
	dir := t.TempDir()
	writeTable(t, dir, schemas.Observations, rec)
	path := filepath.Join(dir, "observations.parquet")

	r, err := OpenParquet(path, mem)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if r.NumRows() != 3 || r.Schema().NumFields() != len(schemas.Observations.Fields) || r.Metadata().NumRowGroups() != 1 {
		t.Errorf("rows %d, fields %d, row groups %d", r.NumRows(), r.Schema().NumFields(), r.Metadata().NumRowGroups())
	}
	var batches, rows int
	var ids []string
	value := schemas.Observations.Index("value")
	err = r.Each(context.Background(), []int{0, value}, 1, func(b arrow.RecordBatch) error {
		batches++
		rows += int(b.NumRows())
		if b.NumCols() != 2 {
			t.Errorf("batch of %d columns, want 2", b.NumCols())
		}
		ids = append(ids, FormatValue(b.Column(0), 0))
		return nil
	})
	if err != nil || batches != 3 || rows != 3 || ids[2] != "ffffffffffffffffffffffffffffffff" {
		t.Errorf("Each: %v, %d batches, %d rows, ids %v", err, batches, rows, ids)
	}
	stop := errors.New("stop")
	if err := r.Each(context.Background(), nil, 0, func(arrow.RecordBatch) error { return stop }); err != stop {
		t.Errorf("Each returned %v, want fn's error", err)
	}

	bad := filepath.Join(dir, "bad.parquet")
	if err := os.WriteFile(bad, []byte("PAR1 not really PAR1"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenParquet(bad, mem); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("OpenParquet(bad): %v", err)
	}
}
