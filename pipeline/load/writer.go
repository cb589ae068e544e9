package load

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"

	"github.com/numtrail/numtrail/schemas"
)

// Meta is the small summary written into every Parquet footer.
type Meta struct {
	PipelineVersion string // version of the program that wrote the table
	RunID           string // id of the run that wrote the table
	// Descriptor is the name of the descriptor published with the table,
	// "" for datapackage.json.
	Descriptor string
}

// Options tune a TableWriter.
type Options struct {
	// Name is the name of both files without extension, "" for the
	// table's name.
	Name string
	// CSVDir is the folder of the CSV file, "" for the Parquet file's.
	CSVDir string
	// Parallel is the number of Parquet columns encoded at once; 0 means
	// GOMAXPROCS.
	Parallel int
}

// queueBatches is how many batches Write queues for each file before it
// waits for the writing goroutines.
const queueBatches = 2

// TableWriter writes one table as <dir>/<name>.parquet and <dir>/<name>.csv
// (or <Options.CSVDir>/<name>.csv) at once, the same rows in the same order. Finish with Close, or with Abort
// when the run fails. A TableWriter is not safe for concurrent use.
//
// Write validates a batch and hands it to two goroutines, one per file, and
// returns: the Parquet file (its columns encoded in parallel) and the CSV
// file are written while the caller builds the next batch. Each file is
// written by one goroutine, in the order of the batches, so the bytes do not
// depend on the scheduling. A write error is returned by a later Write, or
// by Close.
type TableWriter struct {
	table   *schemas.Table
	schema  *arrow.Schema // the table's Arrow schema with the footer summary as metadata
	pqPath  string
	csvPath string

	pqFile  *fileSink
	csvFile *fileSink
	pq      *parquetWriter
	csv     *csvWriter

	pqQueue, csvQueue chan arrow.RecordBatch
	writing           sync.WaitGroup
	aborted           atomic.Bool // the goroutines drop what is queued
	mu                sync.Mutex
	asyncErr          error // first error of the goroutines

	rows     int64
	err      error // first write error; sticky
	closed   bool
	closeErr error
}

// NewTableWriter creates (or truncates) <dir>/<t.Name>.parquet and
// <dir>/<t.Name>.csv and writes the CSV header. The directory must exist.
func NewTableWriter(dir string, t *schemas.Table, meta Meta) (*TableWriter, error) {
	return OpenTableWriter(dir, t, meta, Options{})
}

// OpenTableWriter is NewTableWriter with options.
func OpenTableWriter(dir string, t *schemas.Table, meta Meta, opt Options) (*TableWriter, error) {
	if t == nil {
		return nil, errors.New("load: nil table")
	}
	name := opt.Name
	if name == "" {
		name = t.Name
	}
	w := &TableWriter{
		table:   t,
		schema:  parquetSchema(t, meta),
		pqPath:  filepath.Join(dir, name+".parquet"),
		csvPath: filepath.Join(dir, name+".csv"),
	}
	if opt.CSVDir != "" {
		w.csvPath = filepath.Join(opt.CSVDir, name+".csv")
	}
	var err error
	if w.pqFile, err = createSink(w.pqPath); err != nil {
		return nil, fmt.Errorf("load %s: %w", t.Name, err)
	}
	if w.csvFile, err = createSink(w.csvPath); err != nil {
		w.pqFile.discard()
		w.pqFile.Close()
		os.Remove(w.pqPath)
		return nil, fmt.Errorf("load %s: %w", t.Name, err)
	}
	if w.pq, err = newParquetWriter(t, w.schema, w.pqFile, meta, opt.Parallel); err != nil {
		w.Abort()
		return nil, fmt.Errorf("load %s: %s: %w", t.Name, w.pqPath, err)
	}
	if w.csv, err = newCSVWriter(w.csvFile.bw, w.schema); err != nil {
		w.Abort()
		return nil, fmt.Errorf("load %s: %s: %w", t.Name, w.csvPath, err)
	}
	w.pqQueue = make(chan arrow.RecordBatch, queueBatches)
	w.csvQueue = make(chan arrow.RecordBatch, queueBatches)
	w.writing.Add(2)
	go w.drain(w.pqQueue, func(rec arrow.RecordBatch) error {
		if err := w.pq.Write(rec); err != nil {
			return fmt.Errorf("load %s: %s: %w", w.table.Name, w.pqPath, err)
		}
		return nil
	})
	go w.drain(w.csvQueue, func(rec arrow.RecordBatch) error {
		if err := w.csv.Write(rec); err != nil {
			return fmt.Errorf("load %s: %s: %w", w.table.Name, w.csvPath, err)
		}
		return nil
	})
	return w, nil
}

// drain writes the batches of queue until it is closed, releasing each; after
// an error or an Abort it only releases them.
func (w *TableWriter) drain(queue chan arrow.RecordBatch, write func(arrow.RecordBatch) error) {
	defer w.writing.Done()
	failed := false
	for rec := range queue {
		if !failed && !w.aborted.Load() {
			if err := write(rec); err != nil {
				failed = true
				w.mu.Lock()
				if w.asyncErr == nil {
					w.asyncErr = err
				}
				w.mu.Unlock()
			}
		}
		rec.Release()
	}
}

func (w *TableWriter) writeErr() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.asyncErr
}

// Write appends the rows of rec to both files. rec must have exactly the
// table's fields (names, types, nullability, in order); schema and field
// metadata are ignored. A batch that fails validation is rejected before anything is
// written and the writer stays usable; any other error is sticky, and the
// caller should Abort. The writer keeps a reference to rec's columns until
// they are written; the caller may release rec once Write returns.
func (w *TableWriter) Write(rec arrow.RecordBatch) error {
	switch {
	case w.closed:
		return fmt.Errorf("load %s: write after close", w.table.Name)
	case w.err != nil:
		return w.err
	}
	if err := w.writeErr(); err != nil {
		w.err = err
		return err
	}
	if err := validate(w.schema, rec); err != nil {
		return fmt.Errorf("load %s: %w", w.table.Name, err)
	}
	if rec.NumRows() == 0 {
		return nil
	}
	// Both writers insist on their own schema, field metadata included.
	rec = array.NewRecordBatch(w.schema, rec.Columns(), rec.NumRows())
	rec.Retain() // one reference for each queue
	w.pqQueue <- rec
	w.csvQueue <- rec
	w.rows += rec.NumRows()
	return nil
}

// Rows returns the number of rows written so far.
func (w *TableWriter) Rows() int64 { return w.rows }

// File is a file a TableWriter wrote.
type File struct {
	Path   string // as the writer was given it: dir joined with the name
	Format string // parquet or csv
	Bytes  int64
	SHA256 string // hex
}

// Files returns the Parquet and the CSV file, their sizes and SHA-256
// hashes (worked out while they were written), once Close has succeeded.
func (w *TableWriter) Files() ([]File, error) {
	if !w.closed || w.closeErr != nil {
		return nil, fmt.Errorf("load %s: files of a writer not closed successfully", w.table.Name)
	}
	return []File{w.pqFile.file("parquet"), w.csvFile.file("csv")}, nil
}

// stop closes the queues and waits for the goroutines to finish.
func (w *TableWriter) stop() {
	if w.pqQueue == nil {
		return
	}
	close(w.pqQueue)
	close(w.csvQueue)
	w.writing.Wait()
	w.pqQueue, w.csvQueue = nil, nil
}

// Close writes the Parquet footer, flushes and fsyncs both files and closes
// them. It returns the first error met, including an earlier Write's; the
// files are left in place either way (call Abort to remove them). Calling
// Close again returns the same result.
func (w *TableWriter) Close() error {
	if w.closed {
		return w.closeErr
	}
	w.closed = true
	w.stop()
	err := w.err
	if err == nil {
		err = w.writeErr()
	}
	if err != nil {
		// The Parquet file is incomplete: don't bother writing a footer.
		w.pqFile.discard()
	}
	if cerr := w.pq.Close(); err == nil && cerr != nil { // also closes pqFile
		err = fmt.Errorf("load %s: %s: %w", w.table.Name, w.pqPath, cerr)
	}
	if cerr := w.pqFile.Close(); err == nil && cerr != nil { // no-op unless pq.Close failed early
		err = fmt.Errorf("load %s: %s: %w", w.table.Name, w.pqPath, cerr)
	}
	if cerr := w.csv.flush(); err == nil && cerr != nil {
		err = fmt.Errorf("load %s: %s: %w", w.table.Name, w.csvPath, cerr)
	}
	if cerr := w.csvFile.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("load %s: %s: %w", w.table.Name, w.csvPath, cerr)
	}
	w.closeErr = err
	return err
}

// Abort closes both files without finishing them and removes them. It may be
// called at any time, also after Close (the finished files are then removed),
// and more than once. It returns the first error met removing the files.
func (w *TableWriter) Abort() error {
	if !w.closed {
		w.closed = true
		w.closeErr = fmt.Errorf("load %s: aborted", w.table.Name)
		w.aborted.Store(true)
		w.stop()
		if w.pqFile != nil {
			w.pqFile.discard()
		}
		if w.csvFile != nil {
			w.csvFile.discard()
		}
		if w.pq != nil {
			w.pq.Close() // writes into the discarding sink; releases buffers
		}
		if w.pqFile != nil {
			w.pqFile.Close()
		}
		if w.csvFile != nil {
			w.csvFile.Close()
		}
	}
	var err error
	for _, p := range []string{w.pqPath, w.csvPath} {
		if rerr := os.Remove(p); rerr != nil && !errors.Is(rerr, os.ErrNotExist) && err == nil {
			err = fmt.Errorf("load %s: %w", w.table.Name, rerr)
		}
	}
	return err
}

// fileSink is a buffered file (a DirectFile) whose Close flushes, fsyncs and
// closes exactly once. After discard, writes are dropped and Close only
// closes.
//
// The bytes are hashed and counted as they leave for the file, in large
// pieces. Writers may write into the sink's bufio.Writer directly
// (arrow/csv's encoding/csv does, rather than into a small buffer of its
// own).
type fileSink struct {
	f      *os.File
	bw     *bufio.Writer
	out    *DirectFile
	closed bool
	err    error // result of the first Close
}

// sinkBuffer is the size of a fileSink's bufio.Writer, which hands its
// bytes to the DirectFile's larger buffer.
const sinkBuffer = 64 << 10

func createSink(path string) (*fileSink, error) {
	out, err := createDirect(path, sha256.New())
	if err != nil {
		return nil, err
	}
	return &fileSink{f: out.f, bw: bufio.NewWriterSize(out, sinkBuffer), out: out}, nil
}

func (s *fileSink) Write(p []byte) (int, error) {
	switch {
	case s.out.discarded:
		return len(p), nil
	case s.closed:
		return 0, os.ErrClosed
	}
	return s.bw.Write(p)
}

// file describes what was written.
func (s *fileSink) file(format string) File {
	return File{Path: s.f.Name(), Format: format, Bytes: s.out.written, SHA256: hex.EncodeToString(s.out.hash.Sum(nil))}
}

func (s *fileSink) discard() { s.out.discarded = true }

func (s *fileSink) Close() error {
	if s.closed {
		return s.err
	}
	s.closed = true
	if !s.out.discarded {
		s.err = s.bw.Flush()
		if err := s.out.finish(); s.err == nil {
			s.err = err
		}
		if err := s.f.Sync(); s.err == nil {
			s.err = err
		}
	}
	if err := s.f.Close(); s.err == nil {
		s.err = err
	}
	return s.err
}

// validate checks rec against the writer's schema and the constraints both
// output formats rely on.
func validate(schema *arrow.Schema, rec arrow.RecordBatch) error {
	if rec == nil {
		return errors.New("nil record batch")
	}
	got := rec.Schema()
	if got.NumFields() != schema.NumFields() {
		return fmt.Errorf("record batch has %d fields, table has %d", got.NumFields(), schema.NumFields())
	}
	for i, want := range schema.Fields() {
		f := got.Field(i)
		if f.Name != want.Name || !arrow.TypeEqual(f.Type, want.Type) || f.Nullable != want.Nullable {
			return fmt.Errorf("field %d is %s, table has %s", i, fieldString(f), fieldString(want))
		}
		if err := validateColumn(want, rec.Column(i)); err != nil {
			return fmt.Errorf("field %s: %w", want.Name, err)
		}
	}
	return nil
}

// validUTF8Values reports whether every value of a is valid UTF-8, checking
// the value bytes at once: they are valid as a whole, and no value starts
// with a continuation byte, so that no character straddles two values and
// each value is valid on its own. (Null slots hold no bytes in the arrays
// the pipeline builds; when one does, or when this fails, the caller checks
// value by value.)
func validUTF8Values(a *array.String) bool {
	offs := a.ValueOffsets()
	data := a.ValueBytes()
	if !utf8.Valid(data) {
		return false
	}
	base := offs[0]
	nulls := a.NullN() > 0
	for i, o := range offs[:len(offs)-1] {
		if o == offs[i+1] {
			continue
		}
		if nulls && a.IsNull(i) || !utf8.RuneStart(data[o-base]) {
			return false
		}
	}
	return true
}

func fieldString(f arrow.Field) string {
	s := f.Name + ": " + f.Type.String()
	if !f.Nullable {
		s += " not null"
	}
	return s
}

// Years outside this range cannot be written as YYYY-MM-DD or RFC 3339.
const minYear, maxYear = 1, 9999

// The first and last day, and microsecond, of those years: a value is in
// range when it is between them, as days and times since 1970 grow with
// the year. (validateColumn compares with them, and works out the year of
// each value only to name one out of range.)
var (
	minDate32 = arrow.Date32FromTime(time.Date(minYear, 1, 1, 0, 0, 0, 0, time.UTC))
	maxDate32 = arrow.Date32FromTime(time.Date(maxYear, 12, 31, 0, 0, 0, 0, time.UTC))
	minMicro  = arrow.Timestamp(time.Date(minYear, 1, 1, 0, 0, 0, 0, time.UTC).UnixMicro())
	maxMicro  = arrow.Timestamp(time.Date(maxYear+1, 1, 1, 0, 0, 0, 0, time.UTC).UnixMicro() - 1)
)

// inDateRange reports whether every valid value of a is a day of the years
// minYear to maxYear.
func inDateRange(a *array.Date32) bool {
	for i, v := range a.Date32Values() {
		if (v < minDate32 || v > maxDate32) && a.IsValid(i) {
			return false
		}
	}
	return true
}

// inMicroRange is inDateRange for timestamps in microseconds.
func inMicroRange(a *array.Timestamp) bool {
	for i, v := range a.TimestampValues() {
		if (v < minMicro || v > maxMicro) && a.IsValid(i) {
			return false
		}
	}
	return true
}

func validateColumn(f arrow.Field, col arrow.Array) error {
	if !f.Nullable && col.NullN() > 0 {
		return fmt.Errorf("%d nulls in a required column", col.NullN())
	}
	switch a := col.(type) {
	case *array.String:
		if validUTF8Values(a) {
			return nil
		}
		for i := 0; i < a.Len(); i++ {
			if a.IsValid(i) && !utf8.ValidString(a.Value(i)) {
				return fmt.Errorf("row %d: invalid UTF-8", i)
			}
		}
	case *array.Date32:
		if inDateRange(a) {
			return nil
		}
		for i := 0; i < a.Len(); i++ {
			if a.IsValid(i) {
				if y := a.Value(i).ToTime().Year(); y < minYear || y > maxYear {
					return fmt.Errorf("row %d: year %d out of range", i, y)
				}
			}
		}
	case *array.Timestamp:
		unit := f.Type.(*arrow.TimestampType).Unit
		if unit == arrow.Microsecond && inMicroRange(a) {
			return nil
		}
		for i := 0; i < a.Len(); i++ {
			if a.IsValid(i) {
				if y := a.Value(i).ToTime(unit).Year(); y < minYear || y > maxYear {
					return fmt.Errorf("row %d: year %d out of range", i, y)
				}
			}
		}
	}
	return nil
}
