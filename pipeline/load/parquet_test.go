package load

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"github.com/numtrail/numtrail/schemas"
)

// checksBatches are batches of the checks table of the given sizes, with
// nulls in some rows of some columns, none in others, and a column of
// nulls only.
func checksBatches(mem memory.Allocator, sizes ...int) []arrow.RecordBatch {
	tbl := schemas.Checks
	var recs []arrow.RecordBatch
	n := 0
	for _, size := range sizes {
		b := array.NewRecordBuilder(mem, tbl.Arrow())
		for range size {
			b.Field(tbl.Index("check_id")).(*array.StringBuilder).Append(strconv.Itoa(n))
			b.Field(tbl.Index("kind")).(*array.StringBuilder).Append("identity")
			if n%3 == 0 {
				b.Field(tbl.Index("observation_id")).(*array.StringBuilder).AppendNull()
			} else {
				b.Field(tbl.Index("observation_id")).(*array.StringBuilder).Append("obs-" + strconv.Itoa(n/3))
			}
			b.Field(tbl.Index("reference_ids")).(*array.StringBuilder).AppendNull()
			b.Field(tbl.Index("verdict")).(*array.StringBuilder).Append([]string{"consistent", "inconsistent"}[n%2])
			b.Field(tbl.Index("reported_value")).(*array.Float64Builder).Append(float64(n) / 7)
			if n < 70000 {
				b.Field(tbl.Index("reference_value")).(*array.Float64Builder).AppendNull()
			} else {
				b.Field(tbl.Index("reference_value")).(*array.Float64Builder).Append(float64(n))
			}
			b.Field(tbl.Index("difference")).(*array.Float64Builder).AppendNull()
			b.Field(tbl.Index("relative_difference")).(*array.Float64Builder).AppendNull()
			b.Field(tbl.Index("rule")).(*array.StringBuilder).Append("sum " + strconv.Itoa(n%17))
			n++
		}
		recs = append(recs, b.NewRecordBatch())
		b.Release()
	}
	return recs
}

// The column-parallel writer writes what pqarrow's FileWriter writes with
// WriteBuffered (across row groups, with batches that fill a row group
// exactly and batches that do not, with and without nulls): the same schema
// and footer metadata, row groups of the same rows, and in every column
// chunk the same codec, encodings, dictionary page, statistics and values.
// The bytes differ only in how the dictionary columns' indices are packed:
// the writer gives pqarrow a row group's dictionary whole, pqarrow's memo
// grows it page by page. Whatever the parallelism, the bytes are the same.
func TestParquetWriterMatchesPqarrow(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	obs := buildRecord(t, mem, schemas.Observations.Arrow(), observationRows)
	defer obs.Release()
	for _, tc := range []struct {
		name  string
		table *schemas.Table
		recs  []arrow.RecordBatch
	}{
		{"observations", schemas.Observations, []arrow.RecordBatch{obs, obs}},
		{"checks across row groups", schemas.Checks, checksBatches(mem, 50000, 50000, 50000)},
		{"checks filling a row group exactly", schemas.Checks, checksBatches(mem, 65536, 65536, 8192, 1)},
		{"checks, a dictionary larger than a dictionary page", schemas.Checks, checksBatches(mem, 8192, 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			schema := parquetSchema(tc.table, testMeta)
			props := parquetProps(tc.table, testMeta)
			if strings.Contains(tc.name, "larger than") {
				// every check_id a distinct value of a dictionary column
				props = parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Zstd),
					parquet.WithDictionaryDefault(false), parquet.WithDictionaryFor("check_id", true),
					parquet.WithDictionaryCostFallbackFor("check_id", false), parquet.WithDictionaryPageSizeLimit(4096))
			}
			var want bytes.Buffer
			fw, err := pqarrow.NewFileWriter(schema, &want, props, pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()))
			if err != nil {
				t.Fatal(err)
			}
			for _, rec := range tc.recs {
				r := array.NewRecordBatch(schema, rec.Columns(), rec.NumRows())
				if err := fw.WriteBuffered(r); err != nil {
					t.Fatal(err)
				}
				r.Release()
			}
			if err := fw.Close(); err != nil {
				t.Fatal(err)
			}
			var first []byte
			for _, parallel := range []int{1, 4} {
				var got bytes.Buffer
				pw, err := newParquetWriterProps(tc.table, schema, &got, props, parallel)
				if err != nil {
					t.Fatal(err)
				}
				for _, rec := range tc.recs {
					r := array.NewRecordBatch(schema, rec.Columns(), rec.NumRows())
					if err := pw.Write(r); err != nil {
						t.Fatal(err)
					}
					r.Release()
				}
				if err := pw.Close(); err != nil {
					t.Fatal(err)
				}
				sameParquet(t, fmt.Sprintf("parallel %d", parallel), got.Bytes(), want.Bytes())
				if first == nil {
					first = got.Bytes()
				} else if !bytes.Equal(got.Bytes(), first) {
					t.Errorf("parallel %d: the bytes differ from parallel 1's", parallel)
				}
			}
			if tc.table == schemas.Checks {
				for _, r := range tc.recs {
					r.Release()
				}
			}
		})
	}
}

// sameParquet checks that the Parquet files got and want hold the same
// schema, footer metadata, row groups, and, in each column chunk, the same
// codec, encodings, dictionary page or not, statistics and values.
func sameParquet(t *testing.T, name string, got, want []byte) {
	t.Helper()
	open := func(b []byte) *file.Reader {
		r, err := file.NewParquetReader(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return r
	}
	g, w := open(got), open(want)
	defer g.Close()
	defer w.Close()
	gm, wm := g.MetaData(), w.MetaData()
	if !gm.Schema.Equals(wm.Schema) {
		t.Errorf("%s: schema %s, want %s", name, gm.Schema, wm.Schema)
	}
	if !slices.Equal(gm.KeyValueMetadata().Keys(), wm.KeyValueMetadata().Keys()) ||
		!slices.Equal(gm.KeyValueMetadata().Values(), wm.KeyValueMetadata().Values()) {
		t.Errorf("%s: key-value metadata differs", name)
	}
	if gm.GetCreatedBy() != wm.GetCreatedBy() || gm.Version() != wm.Version() {
		t.Errorf("%s: created_by %q version %v, want %q %v", name, gm.GetCreatedBy(), gm.Version(), wm.GetCreatedBy(), wm.Version())
	}
	if g.NumRowGroups() != w.NumRowGroups() {
		t.Fatalf("%s: %d row groups, want %d", name, g.NumRowGroups(), w.NumRowGroups())
	}
	for rg := range w.NumRowGroups() {
		grg, wrg := gm.RowGroup(rg), wm.RowGroup(rg)
		if grg.NumRows() != wrg.NumRows() {
			t.Errorf("%s: row group %d has %d rows, want %d", name, rg, grg.NumRows(), wrg.NumRows())
		}
		for c := range wrg.NumColumns() {
			gc, err := grg.ColumnChunk(c)
			if err != nil {
				t.Fatal(err)
			}
			wc, err := wrg.ColumnChunk(c)
			if err != nil {
				t.Fatal(err)
			}
			col := fmt.Sprintf("%s: row group %d column %s", name, rg, wc.PathInSchema())
			if gc.Compression() != wc.Compression() || gc.NumValues() != wc.NumValues() || gc.HasDictionaryPage() != wc.HasDictionaryPage() {
				t.Errorf("%s: codec %v, %d values, dictionary page %v; want %v, %d, %v", col,
					gc.Compression(), gc.NumValues(), gc.HasDictionaryPage(), wc.Compression(), wc.NumValues(), wc.HasDictionaryPage())
			}
			ge, we := slices.Clone(gc.Encodings()), slices.Clone(wc.Encodings())
			slices.Sort(ge)
			slices.Sort(we)
			if !slices.Equal(slices.Compact(ge), slices.Compact(we)) {
				t.Errorf("%s: encodings %v, want %v", col, ge, we)
			}
			gs, err := gc.Statistics()
			if err != nil {
				t.Fatal(err)
			}
			ws, err := wc.Statistics()
			if err != nil {
				t.Fatal(err)
			}
			if (gs == nil) != (ws == nil) {
				t.Errorf("%s: statistics %v, want %v", col, gs, ws)
				continue
			}
			if ws == nil {
				continue
			}
			if gs.HasMinMax() != ws.HasMinMax() || gs.NullCount() != ws.NullCount() || gs.NumValues() != ws.NumValues() ||
				!bytes.Equal(gs.EncodeMin(), ws.EncodeMin()) || !bytes.Equal(gs.EncodeMax(), ws.EncodeMax()) {
				t.Errorf("%s: statistics min %q max %q nulls %d values %d, want %q %q %d %d", col,
					gs.EncodeMin(), gs.EncodeMax(), gs.NullCount(), gs.NumValues(), ws.EncodeMin(), ws.EncodeMax(), ws.NullCount(), ws.NumValues())
			}
		}
	}
	read := func(r *file.Reader) arrow.Table {
		fr, err := pqarrow.NewFileReader(r, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
		if err != nil {
			t.Fatal(err)
		}
		tbl, err := fr.ReadTable(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return tbl
	}
	gt, wt := read(g), read(w)
	defer gt.Release()
	defer wt.Release()
	if !gt.Schema().Equal(wt.Schema()) || !gt.Schema().Metadata().Equal(wt.Schema().Metadata()) {
		t.Errorf("%s: Arrow schema %s, want %s", name, gt.Schema(), wt.Schema())
	}
	if !array.TableEqual(gt, wt) {
		t.Errorf("%s: the values differ", name)
	}
}
