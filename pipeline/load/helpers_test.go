package load

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"github.com/numtrail/numtrail/schemas"
)

var testMeta = Meta{PipelineVersion: "0.1.0-test", RunID: "run-0123abcd"}

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// observationRows are three rows of the observations table: the first sets
// every field, the second leaves every nullable field null, the third has
// negative, tiny and huge floats and awkward strings.
var observationRows = []map[string]any{
	{
		"observation_id":   "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
		"measure":          "public_spending",
		"statistic":        "level",
		"value":            4e9,
		"value_low":        4e9,
		"value_high":       4e9,
		"qualifier":        "exact",
		"value_text":       "£4billion",
		"unit":             "GBP",
		"per_period":       "year",
		"geography":        "United Kingdom",
		"geography_code":   "K02000001",
		"period_label":     "year to mid-2023",
		"period_start":     day("2022-07-01"),
		"period_end":       day("2023-06-30"),
		"attributed_to":    "James Cleverly",
		"source_id":        "articles/express-2024-07-17-kings-speech",
		"source_type":      "news",
		"source_url":       "https://www.express.co.uk/news/politics/1924231/kings-speech",
		"source_title":     "Kigali’s plan costs £290 million",
		"publisher":        "Express",
		"author":           `Smith, "Jo"`,
		"published_at":     ts("2024-07-17T00:00:00Z"),
		"retrieved_at":     ts("2024-07-18T09:30:15.123456Z"),
		"source_sha256":    "9b74c9897bac770ffc029102a200c5de9b74c9897bac770ffc029102a200c5de",
		"source_license":   "© Express Newspapers",
		"char_start":       int64(1204),
		"char_end":         int64(1214),
		"quote":            "£290 million",
		"sentence":         "He said, \"the scheme has cost £290 million\",\nand more.",
		"extractor":        "money/v1",
		"pipeline_version": "0.1.0-test",
		"run_id":           "run-0123abcd",
	},
	{
		"observation_id":   "00000000000000000000000000000002",
		"measure":          "small_boat_arrivals",
		"statistic":        "change",
		"qualifier":        "vague",
		"unit":             "persons",
		"source_id":        "articles/express-2024-07-17-kings-speech",
		"source_type":      "news",
		"source_sha256":    "9b74c9897bac770ffc029102a200c5de9b74c9897bac770ffc029102a200c5de",
		"extractor":        "vague/v1",
		"pipeline_version": "0.1.0-test",
		"run_id":           "run-0123abcd",
	},
	{
		"observation_id":   "ffffffffffffffffffffffffffffffff",
		"measure":          "net_migration",
		"statistic":        "percent_change",
		"value":            -12345.678,
		"value_low":        1e-7,
		"value_high":       1.5e21,
		"qualifier":        "range",
		"value_text":       "NULL",
		"unit":             "percent",
		"per_period":       "month",
		"geography":        "England and Wales",
		"geography_code":   "K04000001",
		"period_label":     " since Sir Keir became PM",
		"period_start":     day("1969-12-31"),
		"period_end":       day("2024-02-29"),
		"source_id":        "articles/bbc-2024-01-01",
		"source_type":      "official_release",
		"published_at":     ts("1969-12-31T23:59:59.999999Z"),
		"source_sha256":    "00",
		"char_start":       int64(0),
		"char_end":         int64(9007199254740993),
		"quote":            "a,b\r\nc",
		"extractor":        "percent/v1",
		"pipeline_version": "0.1.0-test",
		"run_id":           "run-0123abcd",
	},
}

// buildRecord builds a batch of t from rows (missing key = null).
func buildRecord(t testing.TB, mem memory.Allocator, schema *arrow.Schema, rows []map[string]any) arrow.RecordBatch {
	t.Helper()
	b := array.NewRecordBuilder(mem, schema)
	defer b.Release()
	for _, row := range rows {
		for i, f := range schema.Fields() {
			v, ok := row[f.Name]
			fb := b.Field(i)
			if !ok || v == nil {
				fb.AppendNull()
				continue
			}
			switch fb := fb.(type) {
			case *array.StringBuilder:
				fb.Append(v.(string))
			case *array.Float64Builder:
				fb.Append(v.(float64))
			case *array.Int64Builder:
				fb.Append(v.(int64))
			case *array.Date32Builder:
				fb.Append(arrow.Date32FromTime(v.(time.Time)))
			case *array.TimestampBuilder:
				fb.Append(arrow.Timestamp(v.(time.Time).UnixMicro()))
			default:
				t.Fatalf("field %s: unexpected builder %T", f.Name, fb)
			}
		}
	}
	return b.NewRecordBatch()
}

// writeTable writes recs as table tbl into dir and closes the writer.
func writeTable(t testing.TB, dir string, tbl *schemas.Table, recs ...arrow.RecordBatch) {
	t.Helper()
	w, err := NewTableWriter(dir, tbl, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	for _, rec := range recs {
		if err := w.Write(rec); err != nil {
			w.Abort()
			t.Fatal(err)
		}
		n += rec.NumRows()
	}
	if w.Rows() != n {
		t.Errorf("Rows() = %d, want %d", w.Rows(), n)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

// readParquet reads a whole Parquet file with pqarrow as one batch.
func readParquet(t testing.TB, mem memory.Allocator, path string) arrow.RecordBatch {
	t.Helper()
	rdr, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer rdr.Close()
	fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{}, mem)
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := fr.ReadTable(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer tbl.Release()
	cols := make([]arrow.Array, tbl.NumCols())
	for i := range cols {
		c, err := array.Concatenate(tbl.Column(i).Data().Chunks(), mem)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Release()
		cols[i] = c
	}
	return array.NewRecordBatch(tbl.Schema(), cols, tbl.NumRows())
}

// readCSV parses a whole CSV file.
func readCSV(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// csvRows formats rec's rows as the CSV writer should write them.
func csvRows(rec arrow.RecordBatch) [][]string {
	var out [][]string
	for i := 0; i < int(rec.NumRows()); i++ {
		row := make([]string, rec.NumCols())
		for j, col := range rec.Columns() {
			row[j] = csvValue(col, i)
		}
		out = append(out, row)
	}
	return out
}

func csvValue(col arrow.Array, i int) string {
	if col.IsNull(i) {
		return ""
	}
	switch a := col.(type) {
	case *array.String:
		return a.Value(i)
	case *array.Int64:
		return strconv.FormatInt(a.Value(i), 10)
	case *array.Float64:
		return formatFloat(a.Value(i))
	case *array.Date32:
		return a.Value(i).ToTime().Format("2006-01-02")
	case *array.Timestamp:
		return a.Value(i).ToTime(arrow.Microsecond).Format("2006-01-02T15:04:05.999999Z07:00")
	}
	panic(fmt.Sprintf("unexpected array %T", col))
}
