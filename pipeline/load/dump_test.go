package load

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow/memory"

	"github.com/numtrail/numtrail/schemas"
)

func TestDumpParquet(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)

	rec := buildRecord(t, mem, schemas.Observations.Arrow(), observationRows)
	defer rec.Release()
	dir := t.TempDir()
	writeTable(t, dir, schemas.Observations, rec)
	path := filepath.Join(dir, "observations.parquet")

	var a, b bytes.Buffer
	if err := DumpParquet(&a, path); err != nil {
		t.Fatal(err)
	}
	if err := DumpParquet(&b, path); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatal("two dumps of the same file differ")
	}
	out := a.String()

	// A second file written from the same batch dumps the same.
	dir2 := t.TempDir()
	writeTable(t, dir2, schemas.Observations, rec)
	var c bytes.Buffer
	if err := DumpParquet(&c, filepath.Join(dir2, "observations.parquet")); err != nil {
		t.Fatal(err)
	}
	if c.String() != out {
		t.Error("dumps of two writes of the same batch differ")
	}

	wantHead := `schema:
  observation_id: utf8, not null
  measure: utf8, not null
  statistic: utf8, not null
  value: float64, nullable
`
	if !strings.HasPrefix(out, wantHead) {
		t.Errorf("dump starts:\n%s\nwant:\n%s", out[:min(len(out), 200)], wantHead)
	}
	for _, want := range []string{
		"  period_start: date32, nullable\n",
		"  published_at: timestamp[us, tz=UTC], nullable\n",
		"  char_start: int64, nullable\n",
		"metadata:\n  ARROW:schema=<serialized Arrow schema>\n  numtrail.descriptor=\"datapackage.json\"\n  numtrail.pipeline_version=\"0.1.0-test\"\n  numtrail.run_id=\"run-0123abcd\"\n  numtrail.schema_version=\"1\"\n  numtrail.table=\"observations\"\nrows: 3\nrow 1:\n  observation_id=\"0f1e2d3c4b5a69788796a5b4c3d2e1f0\"\n",
		"  value=4000000000\n",
		"  value=-12345.678\n",
		"  value_high=1.5e+21\n",
		"  period_start=2022-07-01\n",
		"  published_at=2024-07-17T00:00:00Z\n",
		"  retrieved_at=2024-07-18T09:30:15.123456Z\n",
		"  source_title=\"Kigali’s plan costs £290 million\"\n",
		"  sentence=\"He said, \\\"the scheme has cost £290 million\\\",\\nand more.\"\n",
		"  char_end=9007199254740993\n",
		"row 2:\n  observation_id=\"00000000000000000000000000000002\"\n",
		"  value=NULL\n",
		"  published_at=NULL\n",
		"  value_text=\"NULL\"\n",
		"row 3:\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("dump lacks %q", want)
		}
	}
	if n := strings.Count(out, "\nrow "); n != 3 {
		t.Errorf("dump has %d rows, want 3", n)
	}
	if t.Failed() {
		t.Logf("dump:\n%s", out)
	}
}
