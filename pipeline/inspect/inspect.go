// Package inspect prints what a dataset file holds, for people: the schema,
// the row count, the layout and the first rows of a Parquet file, or the
// header, the row count and the first rows of a CSV file. It reads the files
// as a stream and keeps only the rows it prints, whatever their size.
//
// Values are shown as the CSV files write them (floats in the shortest form
// that reads back exactly, dates YYYY-MM-DD, timestamps RFC 3339 in UTC); a
// Parquet null is shown as NULL, an empty CSV field as nothing. Tabs and line
// breaks in a value are shown escaped, and a value longer than 40 characters
// is cut with "…".
package inspect

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/apache/arrow-go/v18/arrow"

	"github.com/numtrail/numtrail/pipeline/load"
)

// Options say what File prints.
type Options struct {
	// Rows is the number of rows printed; 0 prints none.
	Rows int
	// Columns are the columns shown in the rows printed, in this order; nil
	// shows them all.
	Columns []string
}

// ErrUnsupported is returned for a file that is neither .parquet nor .csv.
var ErrUnsupported = errors.New("unsupported file type")

// ErrNoColumn is the error of a column asked for that the file does not
// have.
var ErrNoColumn = errors.New("no such column")

// maxCell is the longest value printed in a row, in characters.
const maxCell = 40

// File prints the file at path, a .parquet or a .csv file, to w. Errors name
// the file.
func File(ctx context.Context, w io.Writer, path string, opt Options) error {
	if opt.Rows < 0 {
		return fmt.Errorf("inspect %s: negative number of rows", path)
	}
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("inspect %s: %w", path, pathCause(err))
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("inspect %s: not a regular file", path)
	}
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".parquet":
		return Parquet(ctx, w, path, opt)
	case ".csv":
		return CSV(ctx, w, path, opt)
	default:
		return fmt.Errorf("inspect %s: %w %q (want .parquet or .csv)", path, ErrUnsupported, ext)
	}
}

// pathCause drops the operation and path of an *os.PathError, which the
// caller names itself.
func pathCause(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// errEnough stops reading once the rows to print are in.
var errEnough = errors.New("enough rows")

// Parquet prints the Parquet file at path: its schema (name, type,
// nullability), row count, row groups, footer key-value metadata (without
// the serialized Arrow schema) and first opt.Rows rows.
func Parquet(ctx context.Context, w io.Writer, path string, opt Options) error {
	r, err := load.OpenParquet(path, nil)
	if err != nil {
		return fmt.Errorf("inspect %w", err)
	}
	defer r.Close()
	schema := r.Schema()
	cols, names, err := pick(path, schema.Fields(), opt.Columns)
	if err != nil {
		return err
	}
	md := r.Metadata()

	out := &errWriter{w: w}
	size := int64(-1)
	if st, err := os.Stat(path); err == nil {
		size = st.Size()
	}
	out.printf("%s: Parquet, %d bytes, created by %s\n", path, size, md.GetCreatedBy())
	out.printf("rows: %d\n", r.NumRows())
	out.printf("row groups: %d\n", md.NumRowGroups())
	const maxGroups = 20
	for i := 0; i < md.NumRowGroups() && i < maxGroups; i++ {
		rg := md.RowGroup(i)
		out.printf("  %d: %d rows, %d bytes compressed, %d uncompressed\n", i+1, rg.NumRows(), rg.TotalCompressedSize(), rg.TotalByteSize())
	}
	if n := md.NumRowGroups(); n > maxGroups {
		out.printf("  … %d more\n", n-maxGroups)
	}
	out.printf("schema: %d columns\n", len(schema.Fields()))
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	for _, f := range schema.Fields() {
		null := "nullable"
		if !f.Nullable {
			null = "not null"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", f.Name, f.Type, null)
	}
	tw.Flush()
	out.printf("metadata:\n")
	kv := md.KeyValueMetadata()
	keys, values := kv.Keys(), kv.Values()
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	for _, i := range order {
		v := fmt.Sprintf("%q", values[i])
		if keys[i] == "ARROW:schema" {
			v = "<serialized Arrow schema>"
		}
		out.printf("  %s=%s\n", keys[i], v)
	}
	if out.err != nil || opt.Rows == 0 {
		return out.err
	}

	rows := make([][]string, 0, min(opt.Rows, 1024))
	err = r.Each(ctx, cols, min(opt.Rows, 4096), func(rec arrow.RecordBatch) error {
		for i := 0; i < int(rec.NumRows()); i++ {
			row := make([]string, rec.NumCols())
			for j, col := range rec.Columns() {
				if col.IsNull(i) {
					row[j] = "NULL"
				} else {
					row[j] = cell(load.FormatValue(col, i))
				}
			}
			rows = append(rows, row)
			if len(rows) == opt.Rows {
				return errEnough
			}
		}
		return nil
	})
	if err != nil && !errors.Is(err, errEnough) {
		return fmt.Errorf("inspect %w", err)
	}
	printRows(out, names, rows, r.NumRows())
	return out.err
}

// CSV prints the CSV file at path: its header, row count and first opt.Rows
// rows. The file is read to the end to count its rows.
func CSV(ctx context.Context, w io.Writer, path string, opt Options) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("inspect %s: %w", path, pathCause(err))
	}
	defer f.Close()
	cr := csv.NewReader(f)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return fmt.Errorf("inspect %s: empty file, no header row", path)
	}
	if err != nil {
		return fmt.Errorf("inspect %s: %w", path, err)
	}
	header = append([]string(nil), header...)
	fields := make([]arrow.Field, len(header))
	for i, h := range header {
		fields[i] = arrow.Field{Name: h}
	}
	cols, names, err := pick(path, fields, opt.Columns)
	if err != nil {
		return err
	}
	if cols == nil {
		cols = make([]int, len(header))
		for i := range cols {
			cols[i] = i
		}
	}
	var rows [][]string
	var n int64
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("inspect %s: row %d: %w", path, n+1, err)
		}
		n++
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if len(rows) < opt.Rows {
			row := make([]string, len(cols))
			for j, c := range cols {
				if c < len(rec) {
					row[j] = cell(rec[c])
				}
			}
			rows = append(rows, row)
		}
	}
	out := &errWriter{w: w}
	size := int64(-1)
	if st, err := f.Stat(); err == nil {
		size = st.Size()
	}
	out.printf("%s: CSV, %d bytes\n", path, size)
	out.printf("rows: %d\n", n)
	out.printf("columns: %d\n", len(header))
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	for i, h := range header {
		fmt.Fprintf(tw, "  %d\t%s\n", i+1, h)
	}
	tw.Flush()
	if opt.Rows > 0 {
		printRows(out, names, rows, n)
	}
	return out.err
}

// fieldNames lists the names of fields, comma-separated.
func fieldNames(fields []arrow.Field) string {
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.Name
	}
	return strings.Join(names, ", ")
}

// pick resolves the columns asked for to their indexes; nil, all names when
// none are asked for.
func pick(path string, fields []arrow.Field, want []string) ([]int, []string, error) {
	if len(want) == 0 {
		names := make([]string, len(fields))
		for i, f := range fields {
			names[i] = f.Name
		}
		return nil, names, nil
	}
	idx := map[string]int{}
	for i, f := range fields {
		if _, dup := idx[f.Name]; !dup {
			idx[f.Name] = i
		}
	}
	cols := make([]int, len(want))
	for i, name := range want {
		c, ok := idx[name]
		if !ok {
			return nil, nil, fmt.Errorf("inspect %s: no column %q (it has %s): %w", path, name, fieldNames(fields), ErrNoColumn)
		}
		cols[i] = c
	}
	return cols, want, nil
}

// printRows prints rows as an aligned table under names, numbered from 1.
func printRows(out *errWriter, names []string, rows [][]string, total int64) {
	out.printf("first %d of %d rows:\n", len(rows), total)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "#\t%s\n", strings.Join(names, "\t"))
	for i, row := range rows {
		fmt.Fprintf(tw, "%d\t%s\n", i+1, strings.Join(row, "\t"))
	}
	tw.Flush()
}

var escapes = strings.NewReplacer("\t", `\t`, "\n", `\n`, "\r", `\r`)

// cell makes v fit a table cell: control characters that would break the
// alignment escaped, cut to maxCell characters.
func cell(v string) string {
	v = escapes.Replace(v)
	if utf8.RuneCountInString(v) <= maxCell {
		return v
	}
	r := []rune(v)
	return string(r[:maxCell-1]) + "…"
}

// errWriter remembers the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

func (e *errWriter) printf(format string, args ...any) { fmt.Fprintf(e, format, args...) }
