package load

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/metadata"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"github.com/numtrail/numtrail/schemas"
)

// Keys of the footer summary.
const (
	keyTable           = "numtrail.table"
	keySchemaVersion   = "numtrail.schema_version"
	keyPipelineVersion = "numtrail.pipeline_version"
	keyRunID           = "numtrail.run_id"
	keyDescriptor      = "numtrail.descriptor"

	// descriptorFile is the Frictionless descriptor published next to the
	// tables, named in every footer.
	descriptorFile = "datapackage.json"
)

// Parquet layout.
const (
	// maxRowGroupRows bounds row groups: large enough for efficient scans,
	// small enough that a row group is buffered comfortably in memory.
	maxRowGroupRows = 128 * 1024
	// zstdLevel is zstd's fastest level: level 3 (zstd's default) made
	// files 1.6% smaller and the writer 20% slower.
	zstdLevel = 1
	// dataPageBytes bounds a data page before compression. Each column of
	// an open row group buffers one page, so the page size times the
	// columns of the three tables (59) is most of what a run holds in
	// memory: 1 MiB pages (the library's default) cost 80 MiB more than
	// 256 KiB pages, which make the files 3% larger.
	dataPageBytes = 256 << 10
)

// parquetSchema is t's Arrow schema with the footer summary as its metadata.
// pqarrow copies schema metadata into the footer's key-value metadata (and
// adds ARROW:schema, the serialized Arrow schema).
func parquetSchema(t *schemas.Table, meta Meta) *arrow.Schema {
	desc := meta.Descriptor
	if desc == "" {
		desc = descriptorFile
	}
	md := arrow.NewMetadata(
		[]string{keyTable, keySchemaVersion, keyPipelineVersion, keyRunID, keyDescriptor},
		[]string{t.Name, t.Version, meta.PipelineVersion, meta.RunID, desc},
	)
	return arrow.NewSchema(t.Arrow().Fields(), &md)
}

// parquetProps are the writer properties of table t's Parquet files.
func parquetProps(t *schemas.Table, meta Meta) *parquet.WriterProperties {
	opts := []parquet.WriterProperty{
		parquet.WithCreatedBy(createdBy(meta.PipelineVersion)),
		parquet.WithVersion(parquet.V2_6),
		parquet.WithDataPageVersion(parquet.DataPageV1),
		parquet.WithCompression(compress.Codecs.Zstd),
		parquet.WithCompressionLevel(zstdLevel),
		parquet.WithStats(true),
		parquet.WithMaxRowGroupLength(maxRowGroupRows),
		parquet.WithDataPageSize(dataPageBytes),
		parquet.WithDictionaryDefault(false),
	}
	for _, name := range t.DictionaryColumns() {
		// Keep the dictionary for the marked columns whatever its cost
		// estimate; only the page-size limit may still make the writer fall
		// back to plain encoding.
		opts = append(opts,
			parquet.WithDictionaryFor(name, true),
			parquet.WithDictionaryCostFallbackFor(name, false))
	}
	return parquet.NewWriterProperties(opts...)
}

// parquetWriter writes record batches of one flat schema into a Parquet
// file, the columns of each batch at once on up to `parallel` goroutines.
//
// It writes what pqarrow.FileWriter.WriteBuffered writes (buffered row
// groups of up to maxRowGroupRows rows, the Arrow schema stored in the
// footer): each column of a buffered row group has its own encoder, pages
// and statistics, so the columns can be encoded and compressed in parallel,
// and the row group is written out column by column when it is closed. The
// definition levels are the ones pqarrow's path builder makes for a
// top-level primitive column. The dictionary-encoded columns are gathered
// as dictionaries and indices (dictColumn) and handed to pqarrow when their
// row group closes, as Arrow dictionary arrays, which spares pqarrow a hash
// lookup (and an allocation) per value; the files then differ from
// pqarrow's only in how the indices are packed.
// TestParquetWriterMatchesPqarrow holds it to pqarrow's schema, metadata,
// encodings, statistics and values.
type parquetWriter struct {
	fw       *file.Writer
	props    pqarrow.ArrowWriterProperties
	schema   *arrow.Schema
	nullable []bool
	parallel int
	// dicts gathers the open row group's rows of each dictionary-encoded
	// column (nil for the others), written when the row group is closed
	dicts     []*dictColumn
	dictLimit int64 // the dictionary page size limit
	// dictEnabled says which columns the properties dictionary-encode
	dictEnabled []bool
	mem         memory.Allocator

	rgw  file.BufferedRowGroupWriter // the open row group; nil before the first batch
	rows int64                       // rows in rgw
}

// newParquetWriter starts a Parquet file of table t over sink, for batches of
// schema (from parquetSchema), writing up to parallel columns at once (0
// means GOMAXPROCS). Its Close closes sink.
func newParquetWriter(t *schemas.Table, schema *arrow.Schema, sink io.Writer, meta Meta, parallel int) (*parquetWriter, error) {
	return newParquetWriterProps(t, schema, sink, parquetProps(t, meta), parallel)
}

// newParquetWriterProps is newParquetWriter with the writer properties
// given; the columns it dictionary-encodes are the ones they say.
func newParquetWriterProps(t *schemas.Table, schema *arrow.Schema, sink io.Writer, props *parquet.WriterProperties, parallel int) (*parquetWriter, error) {
	arrowProps := pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema())
	pqschema, err := pqarrow.ToParquet(schema, props, arrowProps)
	if err != nil {
		return nil, err
	}
	kv := make(metadata.KeyValueMetadata, 0)
	md := schema.Metadata()
	for i, k := range md.Keys() {
		kv.Append(k, md.Values()[i])
	}
	// as pqarrow.WithStoreSchema stores it (flight.SerializeSchema)
	var ipcSchema bytes.Buffer
	iw := ipc.NewWriter(&ipcSchema, ipc.WithSchema(schema), ipc.WithAllocator(props.Allocator()))
	if err := iw.Close(); err != nil {
		return nil, err
	}
	kv.Append("ARROW:schema", base64.StdEncoding.EncodeToString(ipcSchema.Bytes()))
	fw, err := file.NewParquetWriterWithError(sink, pqschema.Root(), file.WithWriterProps(props), file.WithWriteMetadata(kv))
	if err != nil {
		return nil, err
	}
	if parallel <= 0 {
		parallel = runtime.GOMAXPROCS(0)
	}
	w := &parquetWriter{fw: fw, props: arrowProps, schema: schema, parallel: parallel, dictLimit: props.DictionaryPageSizeLimit(), mem: props.Allocator()}
	for i, f := range schema.Fields() {
		w.nullable = append(w.nullable, f.Nullable)
		var d *dictColumn
		dict := props.DictionaryEnabledFor(pqschema.Column(i).ColumnPath().String())
		w.dictEnabled = append(w.dictEnabled, dict)
		if dict && f.Type.ID() == arrow.STRING {
			d = newDictColumn()
		}
		w.dicts = append(w.dicts, d)
	}
	return w, nil
}

// closeRowGroup writes the dictionary-encoded columns of the open row group,
// compresses the last page of the others, all on several goroutines, and
// closes the row group, which then only writes out what is buffered (it
// would compress those last pages one column after the other).
func (w *parquetWriter) closeRowGroup() error {
	err := w.forColumns(len(w.dicts), nil, func(i int) error {
		if w.dicts[i] != nil {
			return w.writeDict(i)
		}
		if w.dictEnabled[i] {
			// its data pages wait for the dictionary page, which Close writes
			return nil
		}
		cw, err := w.rgw.Column(i)
		if err != nil {
			return err
		}
		if f, ok := cw.(interface{ FlushBufferedDataPages() error }); ok {
			// the current page, into the column's own buffer; Close then
			// finds nothing left to flush
			return f.FlushBufferedDataPages()
		}
		return nil
	})
	if err != nil {
		return err
	}
	return w.rgw.Close()
}

// writeDict writes the gathered rows of dictionary column i, if it is one,
// into the open row group.
func (w *parquetWriter) writeDict(i int) error {
	d := w.dicts[i]
	if d == nil {
		return nil
	}
	defer d.reset()
	var col arrow.Array
	if d.dictBytes() >= w.dictLimit {
		col = d.dense(w.mem)
	} else {
		col = d.array()
	}
	defer col.Release()
	return w.writeArray(i, col)
}

// Write appends the rows of rec, whose schema is the writer's.
func (w *parquetWriter) Write(rec arrow.RecordBatch) error {
	n := rec.NumRows()
	for off := int64(0); off < n; {
		if w.rgw == nil || w.rows == maxRowGroupRows {
			if w.rgw != nil {
				if err := w.closeRowGroup(); err != nil {
					return err
				}
			}
			rgw, err := w.fw.AppendBufferedRowGroupChecked()
			if err != nil {
				return err
			}
			w.rgw, w.rows = rgw, 0
		}
		size := min(n-off, maxRowGroupRows-w.rows)
		piece := rec
		if off != 0 || size != n {
			piece = rec.NewSlice(off, off+size)
			defer piece.Release()
		}
		if err := w.writeColumns(piece); err != nil {
			return err
		}
		w.rows += size
		off += size
	}
	return nil
}

// writeColumns writes every column of rec into the open row group (or
// gathers it, for a dictionary column), several columns at once, the
// largest first so that no large one is left for last.
func (w *parquetWriter) writeColumns(rec arrow.RecordBatch) error {
	ncols := int(rec.NumCols())
	cost := make([]int, ncols)
	for i := range cost {
		for _, buf := range rec.Column(i).Data().Buffers() {
			if buf != nil {
				cost[i] += buf.Len()
			}
		}
		if w.dicts[i] != nil {
			cost[i] /= 16 // gathering is cheap next to encoding
		}
	}
	return w.forColumns(ncols, cost, func(i int) error {
		col := rec.Column(i)
		if d := w.dicts[i]; d != nil {
			s, ok := col.(*array.String)
			if !ok {
				return fmt.Errorf("column %s: %s array for a string column", w.schema.Field(i).Name, col.DataType())
			}
			d.add(s)
			return nil
		}
		return w.writeArray(i, col)
	})
}

// forColumns calls do for columns 0 to ncols-1, on up to w.parallel
// goroutines, the columns of the highest cost first (in order without
// costs), and returns the errors.
func (w *parquetWriter) forColumns(ncols int, cost []int, do func(i int) error) error {
	errs := make([]error, ncols)
	if w.parallel == 1 {
		for i := range ncols {
			errs[i] = do(i)
		}
		return errors.Join(errs...)
	}
	order := make([]int, ncols)
	for i := range order {
		order[i] = i
	}
	if cost != nil {
		sort.SliceStable(order, func(a, b int) bool { return cost[order[a]] > cost[order[b]] })
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(w.parallel, ncols) {
		wg.Go(func() {
			for k := int(next.Add(1) - 1); k < ncols; k = int(next.Add(1) - 1) {
				i := order[k]
				errs[i] = do(i)
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// writeArray writes col as column i of the open row group, with the
// definition levels pqarrow's path builder gives a top-level column: none
// for a required column; for a nullable one, 1 for a value and 0 for a null,
// the column then counting as nullable only when it has a null.
func (w *parquetWriter) writeArray(i int, col arrow.Array) error {
	cw, err := w.rgw.Column(i)
	if err != nil {
		return err
	}
	var def []int16
	nullable := false
	if w.nullable[i] {
		def = make([]int16, col.Len())
		if nulls := col.NullN(); nulls == 0 {
			for k := range def {
				def[k] = 1
			}
		} else {
			nullable = true
			for k := range def {
				if col.IsValid(k) {
					def[k] = 1
				}
			}
		}
	}
	// each column its own context: it holds a scratch buffer
	ctx := pqarrow.NewArrowWriteContext(context.Background(), &w.props)
	return pqarrow.WriteArrowToColumn(ctx, cw, col, def, nil, nullable)
}

// Close closes the open row group, writes the footer and closes the sink.
func (w *parquetWriter) Close() error {
	var err error
	if w.rgw != nil {
		err = w.closeRowGroup()
	}
	if cerr := w.fw.Close(); err == nil {
		err = cerr
	}
	return err
}

// createdBy is the footer's created_by: it names numtrail, not the Parquet
// library, so that the bytes do not change with the library's version. It has
// the "<application> version <version>" form that parquet-java parses: a
// created_by it cannot parse makes it ignore the min/max statistics of every
// string column (PARQUET-251).
func createdBy(pipelineVersion string) string {
	v := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9',
			r == '.', r == '-', r == '+', r == '_':
			return r
		}
		return '_'
	}, pipelineVersion)
	if v == "" {
		v = "unknown"
	}
	return "numtrail version " + v
}
