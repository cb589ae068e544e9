package validate

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

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"

	"github.com/numtrail/numtrail/pipeline/load"
	"github.com/numtrail/numtrail/schemas"
)

// row is one data row of a file, in the table's field order.
type row struct {
	num  int64    // 1-based
	vals []string // each field as the CSV writes it; "" for null and for a column the file lacks
	null []bool   // null, or a column the file lacks
	// split is false for a CSV record with the wrong number of fields: its
	// values are not checked.
	split bool
}

// rowSource reads a file's rows in order.
type rowSource interface {
	// next returns the next row, or false at the end of the file or at an
	// error that stops reading (see err).
	next() (*row, bool)
	// err is the error that stopped reading; nil at the end of the file.
	err() error
	// has reports whether the file has the table's field i, with its type.
	has(i int) bool
	// rows is the number of rows read so far.
	rows() int64
	close()
}

// batchRows is the number of Parquet rows decoded at once.
const batchRows = 4096

// parquetRows reads a Parquet file through load.ParquetReader.
type parquetRows struct {
	r     *load.ParquetReader
	br    *load.BatchReader
	cols  []int // table field → column in the batches read, or -1
	rec   arrow.RecordBatch
	i     int // next row in rec
	n     int64
	error error
	row   row
}

// openParquet opens a Parquet file of table t, checks its columns against t
// and returns a source of its rows; nil when it cannot be read.
func (c *checker) openParquet(t *schemas.Table, r *resource) *parquetRows {
	full := filepath.Join(c.cfg.Out, filepath.FromSlash(r.path))
	pr, err := load.OpenParquet(full, nil)
	if err != nil {
		c.log(r.path, 0, "cannot read as Parquet: %s", strings.TrimPrefix(err.Error(), full+": "))
		return nil
	}
	want := t.Arrow()
	got := pr.Schema()
	cols := make([]int, len(t.Fields))
	var read []int // file columns read, in file order
	var missing, extra []string
	for i, f := range want.Fields() {
		cols[i] = -1
		idx := got.FieldIndices(f.Name)
		if len(idx) == 0 {
			missing = append(missing, f.Name)
			continue
		}
		g := got.Field(idx[0])
		if !arrow.TypeEqual(g.Type, f.Type) {
			c.log(r.path, 0, "column %s is %s, the schema says %s", f.Name, g.Type, f.Type)
			continue
		}
		if g.Nullable != f.Nullable {
			c.log(r.path, 0, "column %s is %s, the schema says %s", f.Name, nullability(g.Nullable), nullability(f.Nullable))
		}
		cols[i] = idx[0]
		read = append(read, idx[0])
	}
	order := true
	for i, f := range got.Fields() {
		if t.Index(f.Name) < 0 {
			extra = append(extra, f.Name)
		} else if t.Index(f.Name) != i {
			order = false
		}
	}
	c.logColumns(r.path, "", missing, extra)
	if !order && got.NumFields() == len(t.Fields) {
		c.log(r.path, 0, "columns are not in the schema's order")
	}
	md := got.Metadata()
	for _, kv := range [][2]string{{"numtrail.table", t.Name}, {"numtrail.schema_version", t.Version}} {
		if v, ok := md.GetValue(kv[0]); !ok {
			c.log(r.path, 0, "footer has no %s", kv[0])
		} else if v != kv[1] {
			c.log(r.path, 0, "footer says %s=%q, want %q", kv[0], v, kv[1])
		}
	}
	if v, ok := md.GetValue("numtrail.run_id"); ok && c.runID != "" && v != c.runID {
		c.log(r.path, 0, "footer says numtrail.run_id=%q, %s says %q", v, r.desc, c.runID)
	}

	// Read only the columns checked, in file order; map fields to their
	// position in the batches.
	slices.Sort(read)
	pos := map[int]int{}
	for j, col := range read {
		pos[col] = j
	}
	for i, col := range cols {
		if col >= 0 {
			cols[i] = pos[col]
		}
	}
	br, err := pr.Batches(c.ctx, read, batchRows)
	if err != nil {
		pr.Close()
		c.log(r.path, 0, "cannot read as Parquet: %s", strings.TrimPrefix(err.Error(), full+": "))
		return nil
	}
	p := &parquetRows{r: pr, br: br, cols: cols}
	p.row.vals = make([]string, len(cols))
	p.row.null = make([]bool, len(cols))
	p.row.split = true
	return p
}

// logColumns reports the schema's columns a file lacks and the columns it has
// that the schema does not.
func (c *checker) logColumns(file, what string, missing, extra []string) {
	if len(missing) > 0 {
		c.log(file, 0, "%shas no %s %s", what, plural(len(missing), "column"), strings.Join(missing, ", "))
	}
	if len(extra) > 0 {
		c.log(file, 0, "%shas %s not in the schema: %s", what, plural(len(extra), "column"), strings.Join(extra, ", "))
	}
}

func nullability(nullable bool) string {
	if nullable {
		return "nullable"
	}
	return "not null"
}

func (p *parquetRows) next() (*row, bool) {
	for p.rec == nil || p.i >= int(p.rec.NumRows()) {
		if !p.br.Next() {
			p.rec = nil
			p.error = p.br.Err()
			return nil, false
		}
		p.rec, p.i = p.br.RecordBatch(), 0
	}
	p.n++
	p.row.num = p.n
	for f, col := range p.cols {
		if col < 0 {
			p.row.vals[f], p.row.null[f] = "", true
			continue
		}
		a := p.rec.Column(col)
		p.row.null[f] = a.IsNull(p.i)
		p.row.vals[f] = load.FormatValue(a, p.i)
	}
	p.i++
	return &p.row, true
}

func (p *parquetRows) err() error     { return p.error }
func (p *parquetRows) has(i int) bool { return p.cols[i] >= 0 }
func (p *parquetRows) rows() int64    { return p.n }
func (p *parquetRows) close() {
	p.br.Release()
	p.r.Close()
}

// csvRows reads a CSV file.
type csvRows struct {
	f      *os.File
	cr     *csv.Reader
	path   string // under the dataset folder
	t      *schemas.Table
	cols   []int // table field → CSV column, or -1
	width  int   // fields in the header
	n      int64
	error  error
	row    row
	logger func(row int64, format string, args ...any)
}

// openCSV opens a CSV file of table t, checks its header against t and
// returns a source of its rows; nil when it cannot be read. When typed, every
// value is checked to parse as its column's type.
func (c *checker) openCSV(t *schemas.Table, r *resource, typed bool) *csvRows {
	full := filepath.Join(c.cfg.Out, filepath.FromSlash(r.path))
	f, err := os.Open(full)
	if err != nil {
		c.log(r.path, 0, "cannot read: %v", pathCause(err))
		return nil
	}
	cr := csv.NewReader(f)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		f.Close()
		if errors.Is(err, io.EOF) {
			c.log(r.path, 0, "empty: no header row")
		} else {
			c.log(r.path, 0, "header: %v", err)
		}
		return nil
	}
	header = append([]string(nil), header...)
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\uFEFF")
	}
	cols := make([]int, len(t.Fields))
	at := map[string]int{}
	var missing, extra []string
	for j, h := range header {
		if _, dup := at[h]; dup {
			c.log(r.path, 0, "header has column %s twice", h)
			continue
		}
		at[h] = j
		if t.Index(h) < 0 {
			extra = append(extra, h)
		}
	}
	order := len(header) == len(t.Fields)
	for i, fl := range t.Fields {
		j, ok := at[fl.Name]
		if !ok {
			missing = append(missing, fl.Name)
			cols[i] = -1
			order = false
			continue
		}
		cols[i] = j
		if j != i {
			order = false
		}
	}
	c.logColumns(r.path, "header ", missing, extra)
	if !order && len(header) == len(t.Fields) && len(missing) == 0 {
		c.log(r.path, 0, "header columns are not in the schema's order")
	}
	s := &csvRows{f: f, cr: cr, path: r.path, t: t, cols: cols, width: len(header)}
	s.row.vals = make([]string, len(cols))
	s.row.null = make([]bool, len(cols))
	if typed {
		s.logger = func(row int64, format string, args ...any) { c.log(r.path, row, format, args...) }
	}
	return s
}

func (s *csvRows) next() (*row, bool) {
	if s.error != nil {
		return nil, false
	}
	rec, err := s.cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, false
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			err = fmt.Errorf("line %d, column %d: %w", pe.Line, pe.Column, pe.Err)
		}
		s.error = err
		return nil, false
	}
	s.n++
	s.row.num = s.n
	s.row.split = len(rec) == s.width
	if !s.row.split && s.logger != nil {
		s.logger(s.n, "%d fields, the header has %d", len(rec), s.width)
	}
	for f, col := range s.cols {
		if col < 0 || col >= len(rec) || !s.row.split {
			s.row.vals[f], s.row.null[f] = "", true
			continue
		}
		v := rec[col]
		s.row.vals[f], s.row.null[f] = v, v == ""
		if v != "" && s.logger != nil {
			if msg := checkType(s.t.Fields[f].Type, v); msg != "" {
				s.logger(s.n, "%s %s is not %s", s.t.Fields[f].Name, quote(v), msg)
			}
		}
	}
	return &s.row, true
}

func (s *csvRows) err() error     { return s.error }
func (s *csvRows) has(i int) bool { return s.cols[i] >= 0 }
func (s *csvRows) rows() int64    { return s.n }
func (s *csvRows) close()         { s.f.Close() }

// keyReader calls fn with the row number and primary key of every row whose
// key is not null, reading the file again; for the primary-key passes.
type keyReader func(ctx context.Context, fn func(num int64, key string) error) error

// parquetKeys reads the key fields of a Parquet file, joined by "\x00".
func parquetKeys(pr *load.ParquetReader, fileCols []int) keyReader {
	return func(ctx context.Context, fn func(int64, string) error) error {
		read := append([]int(nil), fileCols...)
		slices.Sort(read)
		pos := map[int]int{}
		for j, col := range read {
			pos[col] = j
		}
		var n int64
		var b strings.Builder
		return pr.Each(ctx, read, batchRows, func(rec arrow.RecordBatch) error {
			for i := 0; i < int(rec.NumRows()); i++ {
				n++
				b.Reset()
				null := false
				for k, col := range fileCols {
					a := rec.Column(pos[col])
					if a.IsNull(i) {
						null = true
						break
					}
					if k > 0 {
						b.WriteByte(0)
					}
					if s, ok := a.(*array.String); ok {
						b.WriteString(s.Value(i))
					} else {
						b.WriteString(load.FormatValue(a, i))
					}
				}
				if null {
					continue
				}
				if err := fn(n, b.String()); err != nil {
					return err
				}
			}
			return nil
		})
	}
}

// csvKeys reads the key fields of a CSV file, joined by "\x00".
func csvKeys(path string, fileCols []int) keyReader {
	return func(ctx context.Context, fn func(int64, string) error) error {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		cr := csv.NewReader(f)
		cr.FieldsPerRecord = -1
		cr.ReuseRecord = true
		if _, err := cr.Read(); err != nil {
			return err
		}
		var n int64
		var b strings.Builder
		for {
			rec, err := cr.Read()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return err // reported by the main pass
			}
			n++
			if n%batchRows == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			b.Reset()
			null := false
			for k, col := range fileCols {
				if col >= len(rec) || rec[col] == "" {
					null = true
					break
				}
				if k > 0 {
					b.WriteByte(0)
				}
				b.WriteString(rec[col])
			}
			if null {
				continue
			}
			if err := fn(n, b.String()); err != nil {
				return err
			}
		}
	}
}
