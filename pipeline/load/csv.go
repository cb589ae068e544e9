package load

import (
	stdcsv "encoding/csv"
	"io"
	"math"
	"strconv"
	"time"
	"unsafe"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/csv"
)

// csvWriter writes record batches as CSV through arrow/csv: comma, "\n",
// RFC 4180 quoting, an empty field for null, and the formats the contract
// promises for the columns whose arrow/csv format differs (floats that
// round-trip, RFC 3339 UTC timestamps; see csvColumn).
//
// The header is written here rather than by arrow/csv, which writes it with
// the first batch only, so that a table without rows still gets one.
type csvWriter struct {
	w *csv.Writer
	// scratch holds the buffers of the columns csvColumn formats, one for
	// each in the order arrow/csv asks for them while it writes a piece;
	// used counts those taken for the piece being written. The strings of
	// a piece's columns are written before Write returns, so the next piece
	// formats its columns into the same buffers, rather than into new ones.
	scratch []*csvScratch
	used    int
}

// csvScratch is the memory of one column formatted by csvColumn.
type csvScratch struct {
	buf   []byte
	spans [][2]int
	out   []string
}

func newCSVWriter(sink io.Writer, schema *arrow.Schema) (*csvWriter, error) {
	header := stdcsv.NewWriter(sink)
	names := make([]string, schema.NumFields())
	for i, f := range schema.Fields() {
		names[i] = f.Name
	}
	if err := header.Write(names); err != nil {
		return nil, err
	}
	header.Flush()
	if err := header.Error(); err != nil {
		return nil, err
	}
	w := &csvWriter{}
	w.w = csv.NewWriter(sink, schema,
		csv.WithHeader(false),
		csv.WithComma(','),
		csv.WithCRLF(false),
		csv.WithNullWriter(""),
		csv.WithCustomTypeConverter(w.column),
	)
	return w, nil
}

// column is csvColumn into the next scratch buffers of the piece.
func (w *csvWriter) column(typ arrow.DataType, col arrow.Array) ([]string, bool) {
	if w.used == len(w.scratch) {
		w.scratch = append(w.scratch, new(csvScratch))
	}
	out, ok := csvColumn(w.scratch[w.used], typ, col)
	if ok {
		w.used++
	}
	return out, ok
}

// write writes one piece with arrow/csv, its columns formatted into the
// scratch buffers from the first.
func (w *csvWriter) write(rec arrow.RecordBatch) error {
	w.used = 0
	return w.w.Write(rec)
}

// csvChunkRows is how many rows of a batch arrow/csv is given at once.
// It turns each batch into columns of strings (a []string per column)
// before writing its rows; for a whole batch of 8192 rows those are large
// allocations, zeroed, scanned by the collector and out of the cache by the
// time the rows are written. In pieces of a few hundred rows they stay
// small and in the cache. The bytes written are the same.
var csvChunkRows int64 = 256

// Write appends the rows of rec.
func (w *csvWriter) Write(rec arrow.RecordBatch) error {
	n := rec.NumRows()
	if n <= csvChunkRows {
		return w.write(rec)
	}
	for off := int64(0); off < n; off += csvChunkRows {
		piece := rec.NewSlice(off, min(off+csvChunkRows, n))
		err := w.write(piece)
		piece.Release()
		if err != nil {
			return err
		}
	}
	return nil
}

// flush writes what arrow/csv buffers to the sink.
func (w *csvWriter) flush() error {
	w.w.Flush()
	return w.w.Error()
}

// csvColumn formats the columns whose arrow/csv format is not the one we
// publish: arrow/csv writes timestamps as "2024-07-17 00:00:00Z" (a space,
// not "T") and floats with strconv's 'g' ("4e+09"). Dates go through the
// same path for uniformity, and so do int64 columns, in arrow/csv's format,
// to save a string for each value. Strings are left to arrow/csv. The
// strings are cut from the memory of s, and are good until s is used again.
func csvColumn(s *csvScratch, typ arrow.DataType, col arrow.Array) ([]string, bool) {
	var format func(b []byte, i int) []byte
	var same func(i, j int) bool // values i and j are equal
	switch a := col.(type) {
	case *array.Float64:
		format = func(b []byte, i int) []byte { return appendFloat(b, a.Value(i)) }
		same = func(i, j int) bool { return math.Float64bits(a.Value(i)) == math.Float64bits(a.Value(j)) }
	case *array.Int64:
		// what arrow/csv writes (strconv.FormatInt), without a string
		// allocated for each value
		format = func(b []byte, i int) []byte { return strconv.AppendInt(b, a.Value(i), 10) }
		same = func(i, j int) bool { return a.Value(i) == a.Value(j) }
	case *array.Date32:
		format = func(b []byte, i int) []byte { return appendDate(b, a.Value(i)) }
		same = func(i, j int) bool { return a.Value(i) == a.Value(j) }
	case *array.Timestamp:
		unit := typ.(*arrow.TimestampType).Unit
		format = func(b []byte, i int) []byte { return appendTimestamp(b, a.Value(i), unit) }
		same = func(i, j int) bool { return a.Value(i) == a.Value(j) }
	default:
		return nil, false
	}
	// every value of the column into one buffer, whose bytes are one string
	// and each value a substring of it: no allocation per value (and none
	// at all once s has grown to the column's size). A value equal to the
	// previous one (the rows of one document share its timestamps) is the
	// same substring, formatted once.
	n := col.Len()
	buf := s.buf[:0]
	if cap(buf) < 24*n {
		buf = make([]byte, 0, 24*n)
	}
	if cap(s.spans) < n {
		s.spans = make([][2]int, n)
	}
	spans := s.spans[:n]
	prev := -1 // the previous non-null row
	for i := range n {
		if col.IsNull(i) { // stays ""
			spans[i] = [2]int{}
			continue
		}
		if prev >= 0 && same(prev, i) {
			spans[i] = spans[prev]
		} else {
			start := len(buf)
			buf = format(buf, i)
			spans[i] = [2]int{start, len(buf)}
		}
		prev = i
	}
	s.buf = buf
	// buf is not written again until s is used again: its bytes can be the
	// strings' without a copy
	all := unsafe.String(unsafe.SliceData(buf), len(buf))
	if cap(s.out) < n {
		s.out = make([]string, n)
	}
	out := s.out[:n]
	for i, sp := range spans {
		out[i] = all[sp[0]:sp[1]]
	}
	return out, true
}

// formatFloat writes f in the shortest form that parses back to f exactly:
// plain decimal notation for magnitudes in [1e-6, 1e21) and zero
// ("4000000000", "-0.25"), exponent notation outside it ("1e+21", "1e-07"),
// as JavaScript and encoding/json do. Non-finite values are written
// "NaN", "Infinity" and "-Infinity", which strconv, Python, pandas and DuckDB
// all read back.
func formatFloat(f float64) string { return string(appendFloat(nil, f)) }

func appendFloat(b []byte, f float64) []byte {
	switch {
	case math.IsNaN(f):
		return append(b, "NaN"...)
	case math.IsInf(f, 1):
		return append(b, "Infinity"...)
	case math.IsInf(f, -1):
		return append(b, "-Infinity"...)
	}
	if abs := math.Abs(f); abs == 0 || (abs >= 1e-6 && abs < 1e21) {
		if abs <= 1<<53 && f == math.Trunc(f) && !math.Signbit(f) {
			// most figures are whole numbers: for one that float64 holds
			// exactly, as every whole number up to 2^53 is, the shortest
			// digits that parse back to it are its own (without trailing
			// zeros, which 'f' writes back), so the decimal integer is
			// what AppendFloat writes, and quicker (TestAppendFloatWhole)
			return strconv.AppendInt(b, int64(f), 10)
		}
		return strconv.AppendFloat(b, f, 'f', -1, 64)
	}
	return strconv.AppendFloat(b, f, 'e', -1, 64)
}

// formatDate writes d as YYYY-MM-DD.
func formatDate(d arrow.Date32) string { return string(appendDate(nil, d)) }

func appendDate(b []byte, d arrow.Date32) []byte { return d.ToTime().AppendFormat(b, time.DateOnly) }

// formatTimestamp writes ts in RFC 3339 in UTC, with fractional seconds only
// when they are not zero ("2024-07-17T00:00:00Z", "2024-07-17T09:30:00.5Z").
func formatTimestamp(ts arrow.Timestamp, unit arrow.TimeUnit) string {
	return string(appendTimestamp(nil, ts, unit))
}

func appendTimestamp(b []byte, ts arrow.Timestamp, unit arrow.TimeUnit) []byte {
	return ts.ToTime(unit).UTC().AppendFormat(b, time.RFC3339Nano)
}
