package inspect

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"

	"github.com/numtrail/numtrail/pipeline/load"
	"github.com/numtrail/numtrail/schemas"
)

// writeSources writes a sources table of n rows into a new folder: row i has
// source_id doc-i; the first has awkward values, the second nulls.
func writeSources(t *testing.T, n int) string {
	t.Helper()
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	b := array.NewRecordBuilder(mem, schemas.Sources.Arrow())
	defer b.Release()
	published := time.Date(2024, 7, 17, 9, 30, 0, 500_000_000, time.UTC)
	for i := range n {
		for j, f := range schemas.Sources.Fields {
			fb := b.Field(j)
			if i == 1 && !f.Required {
				fb.AppendNull()
				continue
			}
			switch f.Name {
			case "source_id":
				fb.(*array.StringBuilder).Append("doc-" + itoa(i))
			case "source_title":
				fb.(*array.StringBuilder).Append("Kigali’s plan\tcosts £290 million, and a title much longer than forty characters")
			case "error":
				fb.(*array.StringBuilder).Append("line one\nline two")
			case "status":
				fb.(*array.StringBuilder).Append("ok")
			case "bytes", "observations":
				fb.(*array.Int64Builder).Append(int64(1000 + i))
			case "published_at", "retrieved_at":
				fb.(*array.TimestampBuilder).Append(arrow.Timestamp(published.UnixMicro()))
			default:
				fb.(*array.StringBuilder).Append(f.Name + "-" + itoa(i))
			}
		}
	}
	rec := b.NewRecordBatch()
	defer rec.Release()
	dir := t.TempDir()
	w, err := load.NewTableWriter(dir, schemas.Sources, load.Meta{PipelineVersion: "0.1.0-test", RunID: "run-1"})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(rec); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

func itoa(i int) string { return strconv.Itoa(i) }

func inspect(t *testing.T, path string, opt Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := File(context.Background(), &b, path, opt); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func wantLines(t *testing.T, out string, res ...string) {
	t.Helper()
	for _, re := range res {
		if !regexp.MustCompile("(?m)" + re).MatchString(out) {
			t.Errorf("output lacks %s:\n%s", re, out)
		}
	}
}

func TestParquet(t *testing.T) {
	dir := writeSources(t, 3)
	path := filepath.Join(dir, "sources.parquet")
	out := inspect(t, path, Options{Rows: 10})
	wantLines(t, out,
		`^`+regexp.QuoteMeta(path)+`: Parquet, \d+ bytes, created by numtrail version 0\.1\.0-test$`,
		`^rows: 3$`,
		`^row groups: 1$`,
		`^  1: 3 rows, \d+ bytes compressed, \d+ uncompressed$`,
		`^schema: 16 columns$`,
		`^  source_id +utf8 +not null$`,
		`^  published_at +timestamp\[us, tz=UTC\] +nullable$`,
		`^  bytes +int64 +nullable$`,
		`^metadata:\n  ARROW:schema=<serialized Arrow schema>\n  numtrail.descriptor="datapackage.json"\n  numtrail.pipeline_version="0.1.0-test"\n  numtrail.run_id="run-1"\n  numtrail.schema_version="1"\n  numtrail.table="sources"\nfirst 3 of 3 rows:\n`,
		`^# +source_id +source_type +path +`,
		`^1 +doc-0 +source_type-0 +path-0 +`,
		`^2 +doc-1 +NULL +path-1 +NULL +`,
		// values as the CSV writes them, escaped and cut
		` 2024-07-17T09:30:00\.5Z +2024-07-17T09:30:00\.5Z `,
		` Kigali’s plan\\tcosts £290 million, and … `,
		` line one\\nline two `,
	)
	// the rows table is aligned: every row starts its columns where the header does
	lines := strings.Split(strings.TrimSuffix(out[strings.Index(out, "\n#"):], "\n"), "\n")[1:]
	col := strings.Index(lines[0], "source_type")
	for _, l := range lines[1:] {
		if r := []rune(l); len(r) < col || r[col-1] != ' ' || r[col] == ' ' {
			t.Errorf("row not aligned with the header:\n%s\n%s", lines[0], l)
		}
	}

	out = inspect(t, path, Options{Rows: 1, Columns: []string{"observations", "source_id"}})
	wantLines(t, out, `^first 1 of 3 rows:\n# +observations +source_id\n1 +1000 +doc-0\n$`)
	if out := inspect(t, path, Options{}); strings.Contains(out, "rows:\n") || strings.Contains(out, "first") {
		t.Errorf("Rows 0 prints rows:\n%s", out)
	}
}

func TestCSV(t *testing.T) {
	dir := writeSources(t, 3)
	path := filepath.Join(dir, "sources.csv")
	out := inspect(t, path, Options{Rows: 2})
	wantLines(t, out,
		`^`+regexp.QuoteMeta(path)+`: CSV, \d+ bytes$`,
		`^rows: 3$`,
		`^columns: 16$`,
		`^  1 +source_id$`,
		`^  16 +observations$`,
		`^first 2 of 3 rows:$`,
		`^1 +doc-0 +source_type-0 +`,
		` line one\\nline two `,
		`^2 +doc-1 +path-1 +ok +1001$`, // empty fields are blank
	)
	out = inspect(t, path, Options{Rows: 5, Columns: []string{"status"}})
	wantLines(t, out, `^first 3 of 3 rows:\n# +status\n1 +ok\n2 +ok\n3 +ok\n$`)
}

func TestErrors(t *testing.T) {
	dir := writeSources(t, 1)
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, c := range []struct {
		path string
		opt  Options
		want string
	}{
		{filepath.Join(dir, "nope.parquet"), Options{}, "nope.parquet: no such file or directory"},
		{dir, Options{}, ": not a regular file"},
		{write("x.txt", "hello"), Options{}, `x.txt: unsupported file type ".txt" (want .parquet or .csv)`},
		{write("fake.parquet", "not parquet"), Options{}, "inspect " + filepath.Join(dir, "fake.parquet") + ": "},
		{write("empty.csv", ""), Options{}, "empty.csv: empty file, no header row"},
		{write("bad.csv", "a,b\n\"x,1\n"), Options{Rows: 1}, "bad.csv: row 1: "},
		{filepath.Join(dir, "sources.parquet"), Options{Rows: 1, Columns: []string{"nope"}}, `sources.parquet: no column "nope"`},
		{filepath.Join(dir, "sources.csv"), Options{Rows: -1}, "negative"},
	} {
		err := File(context.Background(), &bytes.Buffer{}, c.path, c.opt)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.path, err, c.want)
		}
	}
	err := File(context.Background(), &bytes.Buffer{}, filepath.Join(dir, "x.txt"), Options{})
	if !errors.Is(err, ErrUnsupported) {
		t.Errorf("x.txt: %v is not ErrUnsupported", err)
	}
}
