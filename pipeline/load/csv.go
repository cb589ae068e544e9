package load

import (
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
)

// csvWriter writes record batches as CSV rows straight from the Arrow
// columns into a buffer: what encoding/csv writes (comma, "\n", a field
// quoted when it holds a comma, a quote, "\r" or "\n", starts with a space
// or is `\.`), with an empty field for null, floats, dates and timestamps as
// formatFloat, formatDate and formatTimestamp write them, integers in
// decimal and strings as they are. (It replaced arrow/csv, which made a
// string of every value and cost more than the Parquet writer;
// TestCSVWriterMatchesEncodingCSV holds it to the same bytes.)
type csvWriter struct {
	sink io.Writer
	buf  []byte
	err  error
	cols []func(b []byte, i int) []byte // formatters of the batch being written
}

// csvFlushBytes is how much is buffered before it is written to the sink.
const csvFlushBytes = 256 << 10

// newCSVWriter writes the header row of schema to sink and returns a writer
// of its rows.
func newCSVWriter(sink io.Writer, schema *arrow.Schema) (*csvWriter, error) {
	w := &csvWriter{sink: sink, buf: make([]byte, 0, csvFlushBytes+64<<10)}
	for i, f := range schema.Fields() {
		if i > 0 {
			w.buf = append(w.buf, ',')
		}
		w.buf = appendCSVField(w.buf, f.Name)
	}
	w.buf = append(w.buf, '\n')
	return w, w.flush()
}

// Write appends the rows of rec.
func (w *csvWriter) Write(rec arrow.RecordBatch) error {
	if w.err != nil {
		return w.err
	}
	w.cols = w.cols[:0]
	for _, col := range rec.Columns() {
		w.cols = append(w.cols, csvFormatter(col))
	}
	n := int(rec.NumRows())
	for i := range n {
		for j, format := range w.cols {
			if j > 0 {
				w.buf = append(w.buf, ',')
			}
			if rec.Column(j).IsValid(i) {
				w.buf = format(w.buf, i)
			}
		}
		w.buf = append(w.buf, '\n')
		if len(w.buf) >= csvFlushBytes {
			if err := w.flush(); err != nil {
				return err
			}
		}
	}
	return w.flush()
}

// flush writes the buffer to the sink.
func (w *csvWriter) flush() error {
	if w.err == nil && len(w.buf) > 0 {
		_, w.err = w.sink.Write(w.buf)
	}
	w.buf = w.buf[:0]
	return w.err
}

// csvFormatter returns a function appending value i of col, which is valid.
func csvFormatter(col arrow.Array) func(b []byte, i int) []byte {
	switch a := col.(type) {
	case *array.String:
		return func(b []byte, i int) []byte { return appendCSVField(b, a.Value(i)) }
	case *array.LargeString:
		return func(b []byte, i int) []byte { return appendCSVField(b, a.Value(i)) }
	case *array.Int64:
		return func(b []byte, i int) []byte { return strconv.AppendInt(b, a.Value(i), 10) }
	case *array.Float64:
		return func(b []byte, i int) []byte { return appendFloat(b, a.Value(i)) }
	case *array.Date32:
		return func(b []byte, i int) []byte { return appendDate(b, a.Value(i)) }
	case *array.Timestamp:
		unit := a.DataType().(*arrow.TimestampType).Unit
		return func(b []byte, i int) []byte { return appendTimestamp(b, a.Value(i), unit) }
	}
	return func(b []byte, i int) []byte { return appendCSVField(b, FormatValue(col, i)) }
}

// appendCSVField appends field quoted as encoding/csv quotes it (comma
// separator, "\n" line ends).
func appendCSVField(b []byte, field string) []byte {
	if !csvNeedsQuotes(field) {
		return append(b, field...)
	}
	b = append(b, '"')
	for {
		i := strings.IndexByte(field, '"')
		if i < 0 {
			b = append(b, field...)
			break
		}
		b = append(b, field[:i+1]...)
		b = append(b, '"')
		field = field[i+1:]
	}
	return append(b, '"')
}

// csvNeedsQuotes is encoding/csv's fieldNeedsQuotes for a comma separator.
func csvNeedsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` {
		return true
	}
	// four vectorised scans are faster than one byte loop
	if strings.IndexByte(field, ',') >= 0 || strings.IndexByte(field, '"') >= 0 ||
		strings.IndexByte(field, '\n') >= 0 || strings.IndexByte(field, '\r') >= 0 {
		return true
	}
	if field[0] < utf8.RuneSelf {
		return field[0] == ' ' || field[0] == '\t' || field[0] == '\v' || field[0] == '\f'
	}
	r1, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(r1)
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
