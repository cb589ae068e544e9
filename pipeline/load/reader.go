package load

import (
	"context"
	"fmt"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/metadata"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// ParquetReader reads a Parquet file batch by batch, for tools that check or
// show the files (etl inspect, etl validate). Column chunks are streamed
// through a small buffer rather than read whole, so memory stays bounded by
// the batch size and the pages, whatever the size of the file.
type ParquetReader struct {
	path   string
	f      *file.Reader
	fr     *pqarrow.FileReader
	schema *arrow.Schema
}

// readBufferBytes is the read buffer of each column being read.
const readBufferBytes = 64 << 10

// OpenParquet opens the Parquet file at path and reads its footer and Arrow
// schema. mem may be nil (memory.DefaultAllocator). Errors name the file.
func OpenParquet(path string, mem memory.Allocator) (r *ParquetReader, err error) {
	if mem == nil {
		mem = memory.DefaultAllocator
	}
	props := parquet.NewReaderProperties(mem)
	props.BufferedStreamEnabled = true
	props.BufferSize = readBufferBytes
	defer recoverInto(&err, path)
	f, err := file.OpenParquetFile(path, false, file.WithReadProps(props))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	fr, err := pqarrow.NewFileReader(f, pqarrow.ArrowReadProperties{BatchSize: 4096}, mem)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	schema, err := fr.Schema()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &ParquetReader{path: path, f: f, fr: fr, schema: schema}, nil
}

// Schema is the file's Arrow schema (from the stored ARROW:schema when there
// is one), with the footer's key-value metadata.
func (r *ParquetReader) Schema() *arrow.Schema { return r.schema }

// Metadata is the file's Parquet footer.
func (r *ParquetReader) Metadata() *metadata.FileMetaData { return r.f.MetaData() }

// NumRows is the number of rows the footer declares.
func (r *ParquetReader) NumRows() int64 { return r.f.NumRows() }

// Batches returns a reader of the file's rows in order, in batches of at
// most batchRows rows (0 means 4096), of the columns cols only (leaf column
// indexes, the field indexes of Schema for a flat schema; nil means all).
// Release it when done.
func (r *ParquetReader) Batches(ctx context.Context, cols []int, batchRows int) (br *BatchReader, err error) {
	if batchRows <= 0 {
		batchRows = 4096
	}
	r.fr.Props.BatchSize = int64(batchRows)
	defer recoverInto(&err, r.path)
	if cols != nil && len(cols) == 0 {
		cols = []int{0} // no columns: still walk the rows
	}
	rr, err := r.fr.GetRecordReader(ctx, cols, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", r.path, err)
	}
	return &BatchReader{ctx: ctx, path: r.path, rr: rr}, nil
}

// BatchReader reads a Parquet file batch by batch; see [ParquetReader.Batches].
type BatchReader struct {
	ctx  context.Context
	path string
	rr   pqarrow.RecordReader
	err  error
}

// Next reads the next batch; false at the end or on an error (see Err).
// The previous batch is released.
func (b *BatchReader) Next() (ok bool) {
	if b.err != nil {
		return false
	}
	defer func() {
		if p := recover(); p != nil {
			b.err = fmt.Errorf("%s: corrupt Parquet file: %v", b.path, p)
			ok = false
		}
	}()
	if err := b.ctx.Err(); err != nil {
		b.err = err
		return false
	}
	if b.rr.Next() {
		return true
	}
	if err := b.rr.Err(); err != nil {
		if cerr := b.ctx.Err(); cerr != nil {
			b.err = cerr
		} else {
			b.err = fmt.Errorf("%s: %w", b.path, err)
		}
	}
	return false
}

// RecordBatch is the batch Next read; it is valid until the next call of
// Next or Release.
func (b *BatchReader) RecordBatch() arrow.RecordBatch { return b.rr.RecordBatch() }

// Err is the error that stopped Next, naming the file; nil at the end.
func (b *BatchReader) Err() error { return b.err }

// Release releases the reader's buffers.
func (b *BatchReader) Release() { b.rr.Release() }

// Each calls fn with every batch of [ParquetReader.Batches] in order. The
// batch is released when fn returns; fn must retain what it keeps. Each stops
// at fn's first error and returns it.
func (r *ParquetReader) Each(ctx context.Context, cols []int, batchRows int, fn func(arrow.RecordBatch) error) error {
	br, err := r.Batches(ctx, cols, batchRows)
	if err != nil {
		return err
	}
	defer br.Release()
	for br.Next() {
		if err := fn(br.RecordBatch()); err != nil {
			return err
		}
	}
	return br.Err()
}

// Close closes the file.
func (r *ParquetReader) Close() error { return r.f.Close() }

// recoverInto turns a panic into *err: the Parquet decoder panics on some
// corrupt files.
func recoverInto(err *error, path string) {
	if p := recover(); p != nil {
		*err = fmt.Errorf("%s: corrupt Parquet file: %v", path, p)
	}
}
