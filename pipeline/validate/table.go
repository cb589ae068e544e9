package validate

import (
	"fmt"
	"hash/maphash"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/numtrail/numtrail/pipeline/load"
	"github.com/numtrail/numtrail/schemas"
)

// checkTable checks the Parquet file pq and the CSV file cv of table t
// (either may be nil; of a table in parts, one part) row by row, side by
// side, and returns the number of rows (-1 when neither could be read), the
// files' primary keys for the check of the whole table, and whether the
// rows of the sources table were all read (its source ids are then in
// c.sources).
func (c *checker) checkTable(t *schemas.Table, pq, cv *resource) (rows int64, pqKeys, cvKeys []keySource, complete bool, err error) {
	var ps *parquetRows
	var cs *csvRows
	var pc, cc *rowChecker
	if pq != nil {
		if ps = c.openParquet(t, pq); ps != nil {
			defer ps.close()
			pc = c.newRowChecker(t, pq.path, ps)
		}
	}
	if cv != nil {
		if cs = c.openCSV(t, cv, true); cs != nil {
			defer cs.close()
			cc = c.newRowChecker(t, cv.path, cs)
		}
	}
	// The primary file (Parquet when it can be read) is the one whose rows
	// are checked against the sources table and the raw documents; the other
	// is compared with it.
	primary := pc
	if primary == nil {
		primary = cc
	}
	if primary == nil {
		return -1, nil, nil, false, nil
	}
	primary.primary = true
	for n := 0; ; n++ {
		if n%batchRows == 0 {
			if err := c.ctx.Err(); err != nil {
				return -1, nil, nil, false, err
			}
		}
		var pr, cr *row
		pok, cok := false, false
		if ps != nil {
			pr, pok = ps.next()
		}
		if cs != nil {
			cr, cok = cs.next()
		}
		if !pok && !cok {
			break
		}
		if !pok && cok && ps != nil && ps.err() != nil && !cc.primary {
			// the Parquet file broke off: the CSV rows stand in for it
			pc.primary, cc.primary = false, true
		}
		if pok {
			pc.check(pr)
		}
		if cok {
			cc.check(cr)
		}
		if pok && cok {
			c.compare(t, pq.path, pr, ps, cv.path, cr, cs)
		}
	}
	if ps != nil && ps.err() != nil {
		c.log(pq.path, 0, "cannot read after row %d: %s", ps.rows(), trimPath(ps.err(), c.cfg.Out, pq.path))
	}
	if cs != nil && cs.err() != nil {
		c.log(cv.path, 0, "cannot read after row %d: %v", cs.rows(), cs.err())
	}
	if ps != nil && ps.err() == nil && ps.rows() != ps.r.NumRows() {
		c.log(pq.path, 0, "%d rows read, the footer says %d", ps.rows(), ps.r.NumRows())
	}
	if ps != nil && cs != nil && ps.err() == nil && cs.err() == nil && ps.rows() != cs.rows() {
		c.log(cv.path, 0, "%d rows, %s has %d", cs.rows(), pq.path, ps.rows())
	}
	var got map[string]string
	switch {
	case ps != nil && ps.err() == nil:
		got, complete = pc.sources, true
	case cs != nil && cs.err() == nil:
		got, complete = cc.sources, true
	}
	if t == schemas.Sources && c.sources != nil {
		for id, rel := range got {
			c.sources[id] = rel
		}
	}

	if ps != nil && ps.err() == nil {
		if k, ok := c.parquetKeySource(t, pq, ps); ok {
			pqKeys = append(pqKeys, k)
		}
	}
	if cs != nil && cs.err() == nil {
		if cols, ok := keyColumns(t, cs); ok {
			for k := range cols {
				cols[k] = cs.cols[cols[k]]
			}
			full := filepath.Join(c.cfg.Out, filepath.FromSlash(cv.path))
			cvKeys = append(cvKeys, keySource{path: cv.path, rows: cs.rows(), open: func() (keyReader, func(), error) {
				return csvKeys(full, cols), func() {}, nil
			}})
		}
	}
	switch {
	case ps != nil && ps.err() == nil:
		return ps.rows(), pqKeys, cvKeys, complete, nil
	case cs != nil && cs.err() == nil:
		return cs.rows(), pqKeys, cvKeys, complete, nil
	case ps != nil && cs != nil:
		return max(ps.rows(), cs.rows()), pqKeys, cvKeys, complete, nil
	case ps != nil:
		return ps.rows(), pqKeys, cvKeys, complete, nil
	}
	return cs.rows(), pqKeys, cvKeys, complete, nil
}

// parquetKeySource is the primary key of a Parquet file read by ps, read
// again from a reader of its own.
func (c *checker) parquetKeySource(t *schemas.Table, pq *resource, ps *parquetRows) (keySource, bool) {
	if _, ok := keyColumns(t, ps); !ok {
		return keySource{}, false
	}
	schema := ps.r.Schema()
	fileCols := make([]int, len(t.PrimaryKey))
	for k, name := range t.PrimaryKey {
		fileCols[k] = schema.FieldIndices(name)[0]
	}
	full := filepath.Join(c.cfg.Out, filepath.FromSlash(pq.path))
	return keySource{path: pq.path, rows: ps.rows(), open: func() (keyReader, func(), error) {
		pr, err := load.OpenParquet(full, nil)
		if err != nil {
			return nil, nil, err
		}
		return parquetKeys(pr, fileCols), func() { pr.Close() }, nil
	}}, true
}

// trimPath removes the file's path from an error that names it: the problem
// names the file already.
func trimPath(err error, out, rel string) string {
	return strings.TrimPrefix(err.Error(), filepath.Join(out, filepath.FromSlash(rel))+": ")
}

// compare reports a row whose CSV text differs from its Parquet values.
func (c *checker) compare(t *schemas.Table, pqPath string, p *row, ps *parquetRows, csvPath string, q *row, cs *csvRows) {
	if !q.split {
		return
	}
	var diffs []string
	n := 0
	for i, f := range t.Fields {
		if !ps.has(i) || !cs.has(i) {
			continue
		}
		// encoding/csv reads a quoted "\r\n" as "\n"
		want := strings.ReplaceAll(p.vals[i], "\r\n", "\n")
		if q.vals[i] == want {
			continue
		}
		n++
		if len(diffs) < 3 {
			diffs = append(diffs, fmt.Sprintf("%s is %s, %s has %s", f.Name, quote(q.vals[i]), pqPath, show(p.vals[i], p.null[i])))
		}
	}
	if n == 0 {
		return
	}
	msg := strings.Join(diffs, "; ")
	if n > len(diffs) {
		msg += fmt.Sprintf("; and %d more %s differ", n-len(diffs), plural(n-len(diffs), "column"))
	}
	c.log(csvPath, q.num, "%s", msg)
}

// show quotes a value, or says null.
func show(v string, null bool) string {
	if null {
		return "null"
	}
	return quote(v)
}

// quote is v Go-quoted, cut to 60 characters.
func quote(v string) string {
	const max = 60
	if utf8.RuneCountInString(v) > max {
		v = string([]rune(v)[:max-1]) + "…"
	}
	return strconv.Quote(v)
}

// rowChecker checks the rows of one file against the table's constraints.
type rowChecker struct {
	c       *checker
	t       *schemas.Table
	file    string
	src     rowSource
	primary bool
	enums   []map[string]bool

	value, low, high, charStart, charEnd, periodStart, periodEnd int
	quote, sentence, sourceID, sourceType, sourceSHA, path       int

	lastDoc string            // source_id of the last raw document reported unusable
	sources map[string]string // of the sources table: source_id → path
}

func (c *checker) newRowChecker(t *schemas.Table, file string, src rowSource) *rowChecker {
	rc := &rowChecker{c: c, t: t, file: file, src: src, enums: make([]map[string]bool, len(t.Fields))}
	if t == schemas.Sources {
		rc.sources = map[string]string{}
	}
	for i, f := range t.Fields {
		if len(f.Enum) > 0 {
			rc.enums[i] = map[string]bool{}
			for _, v := range f.Enum {
				rc.enums[i][v] = true
			}
		}
	}
	idx := func(name string) int {
		i := t.Index(name)
		if i >= 0 && !src.has(i) {
			return -1
		}
		return i
	}
	rc.value, rc.low, rc.high = idx("value"), idx("value_low"), idx("value_high")
	rc.charStart, rc.charEnd = idx("char_start"), idx("char_end")
	rc.periodStart, rc.periodEnd = idx("period_start"), idx("period_end")
	rc.quote, rc.sentence, rc.sourceID, rc.sourceSHA, rc.path = idx("quote"), idx("sentence"), idx("source_id"), idx("source_sha256"), idx("path")
	rc.sourceType = -1
	if t == schemas.Observations {
		rc.sourceType = idx("source_type")
	}
	return rc
}

func (rc *rowChecker) log(r *row, format string, args ...any) {
	rc.c.log(rc.file, r.num, format, args...)
}

// check checks one row.
func (rc *rowChecker) check(r *row) {
	if !r.split {
		return
	}
	for i, f := range rc.t.Fields {
		if !rc.src.has(i) {
			continue
		}
		if r.null[i] {
			if f.Required {
				rc.log(r, "%s is null; the schema requires a value", f.Name)
			}
			continue
		}
		if r.vals[i] == "" {
			if f.Required {
				rc.log(r, "%s is empty, which the CSV file cannot tell from null; the schema requires a value", f.Name)
			}
			continue
		}
		if e := rc.enums[i]; e != nil && !e[r.vals[i]] {
			if len(f.Enum) <= 10 {
				rc.log(r, "%s %s is not one of %s", f.Name, quote(r.vals[i]), strings.Join(f.Enum, ", "))
			} else {
				rc.log(r, "%s %s is not one of the schema's %d values", f.Name, quote(r.vals[i]), len(f.Enum))
			}
		}
	}

	// value_low ≤ value ≤ value_high where present
	v, vok := rc.float(r, rc.value)
	lo, lok := rc.float(r, rc.low)
	hi, hok := rc.float(r, rc.high)
	if vok && lok && lo > v {
		rc.log(r, "value_low %s > value %s", r.vals[rc.low], r.vals[rc.value])
	}
	if vok && hok && v > hi {
		rc.log(r, "value %s > value_high %s", r.vals[rc.value], r.vals[rc.high])
	}
	if !vok && lok && hok && lo > hi {
		rc.log(r, "value_low %s > value_high %s", r.vals[rc.low], r.vals[rc.high])
	}

	// 0 ≤ char_start < char_end, both or neither
	cs, csok := rc.int(r, rc.charStart)
	ce, ceok := rc.int(r, rc.charEnd)
	switch {
	case csok && ceok && cs >= ce:
		rc.log(r, "char_start %d >= char_end %d", cs, ce)
	case csok && cs < 0:
		rc.log(r, "char_start %d < 0", cs)
	case rc.charStart >= 0 && rc.charEnd >= 0 && r.null[rc.charStart] != r.null[rc.charEnd]:
		rc.log(r, "only one of char_start and char_end is set")
	}

	// period_start ≤ period_end
	ps, psok := rc.date(r, rc.periodStart)
	pe, peok := rc.date(r, rc.periodEnd)
	if psok && peok && ps.After(pe) {
		rc.log(r, "period_start %s > period_end %s", r.vals[rc.periodStart], r.vals[rc.periodEnd])
	}

	if rc.sources != nil && rc.sourceID >= 0 && rc.path >= 0 && !r.null[rc.sourceID] && !r.null[rc.path] {
		rc.sources[strings.Clone(r.vals[rc.sourceID])] = strings.Clone(r.vals[rc.path])
	}
	// The text columns are set for a figure from a document, and null for
	// one from an official table.
	if rc.sourceType >= 0 && !r.null[rc.sourceType] {
		official := r.vals[rc.sourceType] == "official_table"
		var set, unset []string
		for _, i := range []int{rc.charStart, rc.charEnd, rc.quote, rc.sentence} {
			if i < 0 {
				continue
			}
			if r.null[i] {
				unset = append(unset, rc.t.Fields[i].Name)
			} else {
				set = append(set, rc.t.Fields[i].Name)
			}
		}
		switch {
		case official && len(set) > 0:
			rc.log(r, "source_type official_table, but %s %s set", strings.Join(set, ", "), isAre(len(set)))
		case !official && len(unset) > 0:
			rc.log(r, "source_type %s, but %s %s null", r.vals[rc.sourceType], strings.Join(unset, ", "), isAre(len(unset)))
		}
	}

	if !rc.primary {
		return
	}
	c := rc.c
	if rc.t != schemas.Observations || rc.sourceID < 0 || r.null[rc.sourceID] || c.sources == nil {
		return
	}
	sid := r.vals[rc.sourceID]
	rel, ok := c.sources[sid]
	if !ok {
		rc.log(r, "source_id %s is not in the sources table", quote(sid))
		return
	}
	if c.raw != nil && csok && ceok && cs >= 0 && cs < ce {
		rc.checkQuote(r, sid, rel, cs, ce)
	}
}

// checkQuote checks that the row's quote is the raw document's text at
// [cs, ce).
func (rc *rowChecker) checkQuote(r *row, sid, rel string, cs, ce int64) {
	if rc.quote < 0 {
		return
	}
	doc := rc.c.raw.get(rel)
	bad := ""
	switch {
	case doc.err != nil:
		bad = fmt.Sprintf("raw document %s: %v", doc.name, doc.err)
	case rc.sourceSHA >= 0 && !r.null[rc.sourceSHA] && r.vals[rc.sourceSHA] != doc.sha:
		bad = fmt.Sprintf("raw document %s has changed since the run: sha256 %s, source_sha256 %s", doc.name, doc.sha, r.vals[rc.sourceSHA])
	}
	if bad != "" {
		if rc.lastDoc != sid {
			rc.lastDoc = sid
			rc.log(r, "%s; quotes from it not checked", bad)
		}
		return
	}
	text, ok := doc.slice(cs, ce)
	if !ok {
		rc.log(r, "char_end %d is past the end of raw document %s (%d characters)", ce, doc.name, doc.runes)
		return
	}
	rc.c.raw.quotes++
	if r.null[rc.quote] {
		rc.log(r, "quote is null, but the text of %s at [%d, %d) is %s", doc.name, cs, ce, quote(text))
		return
	}
	if text != r.vals[rc.quote] {
		rc.log(r, "quote %s is not the text of %s at [%d, %d): %s", quote(r.vals[rc.quote]), doc.name, cs, ce, quote(text))
	}
}

func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

// float is field i of r as a number; false when null, absent or unparsable.
func (rc *rowChecker) float(r *row, i int) (float64, bool) {
	if i < 0 || r.null[i] {
		return 0, false
	}
	f, err := strconv.ParseFloat(r.vals[i], 64)
	return f, err == nil && !math.IsNaN(f)
}

func (rc *rowChecker) int(r *row, i int) (int64, bool) {
	if i < 0 || r.null[i] {
		return 0, false
	}
	n, err := strconv.ParseInt(r.vals[i], 10, 64)
	return n, err == nil
}

func (rc *rowChecker) date(r *row, i int) (time.Time, bool) {
	if i < 0 || r.null[i] {
		return time.Time{}, false
	}
	d, err := time.Parse(time.DateOnly, r.vals[i])
	return d, err == nil
}

// checkType says what a CSV value v of a column of type typ should be, or ""
// when it is that.
func checkType(typ, v string) string {
	switch typ {
	case "float64":
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			return "a number"
		}
	case "int64":
		if _, err := strconv.ParseInt(v, 10, 64); err != nil {
			return "an integer"
		}
	case "date32":
		if _, err := time.Parse(time.DateOnly, v); err != nil {
			return "a date (YYYY-MM-DD)"
		}
	case "timestamp":
		if _, err := time.Parse(time.RFC3339Nano, v); err != nil || !strings.HasSuffix(v, "Z") {
			return "an RFC 3339 time in UTC"
		}
	case "string":
		if !utf8.ValidString(v) {
			return "valid UTF-8"
		}
	}
	return ""
}

// keysPerPass bounds the memory of the primary-key check: each pass over a
// table's files keeps the 8-byte hashes of at most about this many keys.
var keysPerPass int64 = 1 << 20

// keySource is the primary key of one file: open returns a reader of its
// keys and a function that closes it.
type keySource struct {
	path string
	rows int64
	open func() (keyReader, func(), error)
}

// each calls fn with the number of the file, the row and the key of every
// row of files; a file that cannot be read is reported and left out.
func (c *checker) eachKey(files []keySource, failed map[int]bool, fn func(file int, num int64, key string) error) error {
	for i, f := range files {
		if failed[i] {
			continue
		}
		keys, done, err := f.open()
		if err == nil {
			err = keys(c.ctx, func(num int64, key string) error { return fn(i, num, key) })
			done()
		}
		if err != nil {
			if c.ctx.Err() != nil {
				return c.ctx.Err()
			}
			c.log(f.path, 0, "primary key not checked: %v", err)
			failed[i] = true
		}
	}
	return nil
}

// uniqueKeys checks that the primary keys of table t are unique across
// files, the files of one format of the table (its one file, or its parts).
//
// Each pass reads the key columns and keeps the hashes of the keys that fall
// in its share of the hash space, sorted, so that equal hashes are neighbours;
// a last pass over the rows whose hash was seen twice tells equal keys from
// colliding hashes and names the rows.
func (c *checker) uniqueKeys(t *schemas.Table, files []keySource) error {
	if len(t.PrimaryKey) == 0 || len(files) == 0 {
		return nil
	}
	var rows int64
	for _, f := range files {
		rows += f.rows
	}
	seed := maphash.MakeSeed()
	failed := map[int]bool{}
	passes := uint64(max(1, (rows+keysPerPass-1)/keysPerPass))
	candidates := map[uint64]bool{}
	for pass := range passes {
		var hashes []uint64
		err := c.eachKey(files, failed, func(_ int, _ int64, key string) error {
			if h := maphash.String(seed, key); h%passes == pass {
				hashes = append(hashes, h)
			}
			return nil
		})
		if err != nil {
			return err
		}
		slices.Sort(hashes)
		for i := 1; i < len(hashes); i++ {
			if hashes[i] == hashes[i-1] {
				candidates[hashes[i]] = true
			}
		}
	}
	if len(candidates) == 0 {
		return nil
	}
	type at struct {
		file int
		row  int64
	}
	first := map[string]at{}
	return c.eachKey(files, failed, func(file int, num int64, key string) error {
		if !candidates[maphash.String(seed, key)] {
			return nil
		}
		if prev, dup := first[key]; dup {
			where := fmt.Sprintf("row %d", prev.row)
			if prev.file != file {
				where = fmt.Sprintf("%s row %d", files[prev.file].path, prev.row)
			}
			c.log(files[file].path, num, "%s %s is also in %s", strings.Join(t.PrimaryKey, ", "), quote(strings.ReplaceAll(key, "\x00", ", ")), where)
			return nil
		}
		first[key] = at{file, num}
		return nil
	})
}

// keyColumns returns the table field indexes of t's primary key; false when
// the file lacks one of them.
func keyColumns(t *schemas.Table, src rowSource) ([]int, bool) {
	cols := make([]int, len(t.PrimaryKey))
	for k, name := range t.PrimaryKey {
		i := t.Index(name)
		if i < 0 || !src.has(i) {
			return nil, false
		}
		cols[k] = i
	}
	return cols, true
}
