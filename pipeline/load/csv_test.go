package load

import (
	"bytes"
	stdcsv "encoding/csv"
	"io"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/csv"
	"github.com/apache/arrow-go/v18/arrow/memory"

	"github.com/numtrail/numtrail/schemas"
)

// referenceCSV writes rec as the contract describes the CSV files: the
// header through encoding/csv, the rows through arrow/csv with FormatValue's
// formats for floats, dates and timestamps.
func referenceCSV(t *testing.T, sink io.Writer, recs ...arrow.RecordBatch) {
	t.Helper()
	schema := recs[0].Schema()
	header := stdcsv.NewWriter(sink)
	var names []string
	for _, f := range schema.Fields() {
		names = append(names, f.Name)
	}
	header.Write(names)
	header.Flush()
	w := csv.NewWriter(sink, schema, csv.WithHeader(false), csv.WithComma(','), csv.WithCRLF(false),
		csv.WithNullWriter(""), csv.WithCustomTypeConverter(func(typ arrow.DataType, col arrow.Array) ([]string, bool) {
			switch col.(type) {
			case *array.Float64, *array.Date32, *array.Timestamp:
				out := make([]string, col.Len())
				for i := range out {
					out[i] = FormatValue(col, i)
				}
				return out, true
			}
			return nil, false
		}))
	for _, rec := range recs {
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}

// awkward are strings that encoding/csv quotes, or nearly does.
var awkward = []string{"", " ", "a", " lead", "\tlead", "trail ", "a,b", `say "hi"`, `"`, `""`, "line\nbreak", "cr\rlf", "a\r\nb",
	`\.`, `\.x`, "\u00a0nbsp", "\u0085nel", "\u2003em", "é", "日本", "\v", "\f", "x\x00y", "£4billion", ",", "\n"}

// csvWriter writes the reference bytes for the test rows, for awkward
// strings (that encoding/csv quotes, or nearly does) in every string
// column, and for random rows.
func TestCSVWriterMatchesEncodingCSV(t *testing.T) {
	mem := memory.NewGoAllocator()
	schema := parquetSchema(schemas.Observations, testMeta)
	var recs []arrow.RecordBatch
	recs = append(recs, buildRecord(t, mem, schema, observationRows))
	var rows []map[string]any
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 2000 {
		r := cloneRow(observationRows[i%len(observationRows)])
		for _, f := range schemas.Observations.Fields {
			if f.Type != "string" || f.Required && rng.IntN(2) == 0 {
				continue
			}
			switch rng.IntN(3) {
			case 0:
				r[f.Name] = awkward[rng.IntN(len(awkward))]
			case 1:
				r[f.Name] = awkward[rng.IntN(len(awkward))] + awkward[rng.IntN(len(awkward))] + "x"
			}
			if r[f.Name] == "" && f.Required {
				r[f.Name] = "x"
			}
		}
		// int64 columns: small, large, negative, extreme and null values
		for _, name := range []string{"char_start", "char_end"} {
			switch rng.IntN(6) {
			case 0:
				r[name] = nil
			case 1:
				r[name] = int64(rng.IntN(100))
			case 2:
				r[name] = -rng.Int64()
			case 3:
				r[name] = []int64{math.MinInt64, math.MaxInt64, -1, 0}[rng.IntN(4)]
			default:
				r[name] = rng.Int64N(1 << rng.IntN(63))
			}
		}
		rows = append(rows, r)
	}
	recs = append(recs, buildRecord(t, mem, schema, rows))
	for _, rec := range recs {
		defer rec.Release()
	}

	var want, got bytes.Buffer
	referenceCSV(t, &want, recs...)
	w, err := newCSVWriter(&got, schema)
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range recs {
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.flush(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		g, wl := strings.Split(got.String(), "\n"), strings.Split(want.String(), "\n")
		for i := range min(len(g), len(wl)) {
			if g[i] != wl[i] {
				t.Fatalf("line %d differs:\n got %q\nwant %q", i+1, g[i], wl[i])
			}
		}
		t.Fatalf("%d bytes, want %d", got.Len(), want.Len())
	}
}
