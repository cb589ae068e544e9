package load

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
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

// The column-parallel writer writes the bytes pqarrow's FileWriter writes
// with WriteBuffered: across row groups, with batches that fill a row group
// exactly and batches that do not, with and without nulls.
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
	} {
		t.Run(tc.name, func(t *testing.T) {
			schema := parquetSchema(tc.table, testMeta)
			var want bytes.Buffer
			fw, err := pqarrow.NewFileWriter(schema, &want, parquetProps(tc.table, testMeta), pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()))
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
			for _, parallel := range []int{1, 4} {
				var got bytes.Buffer
				pw, err := newParquetWriter(tc.table, schema, &got, testMeta, parallel)
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
				if !bytes.Equal(got.Bytes(), want.Bytes()) {
					t.Errorf("parallel %d: %d bytes differ from pqarrow's %d", parallel, got.Len(), want.Len())
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
