package load

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// DumpParquet prints the Parquet file at path as stable, diffable text:
//
//	schema:
//	  observation_id: utf8, not null
//	  value: float64, nullable
//	  ...
//	metadata:
//	  ARROW:schema=<serialized Arrow schema>
//	  numtrail.descriptor="datapackage.json"
//	  ...
//	rows: 3
//	row 1:
//	  observation_id="3f2a..."
//	  value=4000000000
//	  period_start=2024-01-01
//	  published_at=2024-07-17T00:00:00Z
//	  per_period=NULL
//	  ...
//
// Fields are listed in schema order and metadata sorted by key; the value of
// ARROW:schema (a serialization detail of the Parquet library) is not
// printed. Strings are Go-quoted (so newlines, quotes and the string "NULL"
// stay unambiguous; non-ASCII letters are kept), null is NULL, floats,
// dates and timestamps are formatted as in the CSV files, and other types
// with Arrow's ValueStr. Nothing printed depends on the clock or on the file's
// row-group layout.
func DumpParquet(w io.Writer, path string) error {
	rdr, err := file.OpenParquetFile(path, false)
	if err != nil {
		return fmt.Errorf("dump %s: %w", path, err)
	}
	defer rdr.Close()
	fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{BatchSize: 1024}, memory.NewGoAllocator())
	if err != nil {
		return fmt.Errorf("dump %s: %w", path, err)
	}
	schema, err := fr.Schema()
	if err != nil {
		return fmt.Errorf("dump %s: %w", path, err)
	}

	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "schema:")
	for _, f := range schema.Fields() {
		null := "nullable"
		if !f.Nullable {
			null = "not null"
		}
		fmt.Fprintf(bw, "  %s: %s, %s\n", f.Name, f.Type, null)
	}

	fmt.Fprintln(bw, "metadata:")
	kv := rdr.MetaData().KeyValueMetadata()
	keys := append([]string(nil), kv.Keys()...)
	values := map[string]string{}
	for i, k := range kv.Keys() {
		values[k] = kv.Values()[i]
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := strconv.Quote(values[k])
		if k == "ARROW:schema" {
			v = "<serialized Arrow schema>"
		}
		fmt.Fprintf(bw, "  %s=%s\n", k, v)
	}

	fmt.Fprintf(bw, "rows: %d\n", rdr.NumRows())
	rr, err := fr.GetRecordReader(context.Background(), nil, nil)
	if err != nil {
		return fmt.Errorf("dump %s: %w", path, err)
	}
	defer rr.Release()
	row := 0
	for rr.Next() {
		rec := rr.RecordBatch()
		for i := 0; i < int(rec.NumRows()); i++ {
			row++
			fmt.Fprintf(bw, "row %d:\n", row)
			for j, col := range rec.Columns() {
				fmt.Fprintf(bw, "  %s=%s\n", rec.ColumnName(j), dumpValue(col, i))
			}
		}
	}
	if err := rr.Err(); err != nil {
		return fmt.Errorf("dump %s: %w", path, err)
	}
	return bw.Flush()
}

// dumpValue formats value i of col for DumpParquet.
func dumpValue(col arrow.Array, i int) string {
	if col.IsNull(i) {
		return "NULL"
	}
	switch col.(type) {
	case *array.String, *array.LargeString:
		return strconv.Quote(FormatValue(col, i)) // quoted, so that "NULL" and newlines stay plain
	}
	return FormatValue(col, i)
}
