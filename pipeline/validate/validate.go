// Package validate checks a published dataset: it re-reads every file that
// datapackage.json lists and reports every problem it finds, with the file
// and the row.
//
// For every resource of the descriptor it checks
//
//   - the file's size and SHA-256 against the descriptor's bytes and hash;
//   - the descriptor's field list against package schemas;
//   - the file's columns against package schemas: names, types and
//     nullability of a Parquet file (and its footer's table name and schema
//     version), the header of a CSV file, and that every CSV value parses as
//     its column's type;
//   - every row against the schema's constraints: required fields are not
//     null, values are in the field's enum, value_low ≤ value ≤ value_high,
//     0 ≤ char_start < char_end, period_start ≤ period_end, primary keys are
//     unique, an observation's text columns (char_start, char_end, quote,
//     sentence) are set for a document's figure and null for an official
//     table's, and its source_id is in the sources table;
//   - that the Parquet and the CSV file of a table hold the same rows in the
//     same order: the CSV text equals the Parquet values written the CSV way
//     (see load.FormatValue);
//   - when a raw folder is given, that every observation's quote is the raw
//     document's text at [char_start, char_end), counted in Unicode code
//     points after a leading byte-order mark, in the document that the
//     sources table names for its source_id, and that the document's SHA-256
//     is still the row's source_sha256.
//
// A row number is the 1-based position of the row among the file's data
// rows (the CSV header is not counted), so row N of the Parquet file and row N
// of the CSV file are the same row.
//
// Files are read as streams, a batch of rows at a time; memory does not grow
// with the number of rows, except for a map from source_id to raw path (one
// entry per document) and the primary-key check, which holds at most
// keysPerPass 8-byte hashes and reads the key columns once more for every
// keysPerPass rows.
package validate

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/numtrail/numtrail/schemas"
)

// ErrInvalid reports a dataset with problems; etl validate wraps it.
var ErrInvalid = errors.New("the dataset has problems")

// DescriptorFile is the descriptor of a dataset folder. The folder of the
// shards of a sharded run holds one descriptor per shard instead,
// datapackage-shard-<i>-of-<n>.json (see ShardDescriptors).
const DescriptorFile = "datapackage.json"

// CSVDir is the folder of the CSV parts of a table written in parts: the
// CSV file of observations/k=v/part-1.parquet is csv/observations/k=v/part-1.csv.
const CSVDir = "csv"

// shardDescriptor matches the name of a shard's descriptor.
var shardDescriptor = regexp.MustCompile(`^datapackage-shard-(\d+)-of-(\d+)\.json$`)

// DefaultMaxListed is how many problems of one file are listed when
// Config.MaxListed is zero; the rest are counted.
const DefaultMaxListed = 100

// Config says what to validate.
type Config struct {
	Out string // the dataset folder, holding datapackage.json
	// Raw is the raw folder the dataset was built from; "" skips the quote
	// check. A Raw that is not a folder is an error.
	Raw string
	// MaxListed is the number of problems listed per file; 0 means
	// DefaultMaxListed. All problems are counted.
	MaxListed int
	// SomeShards accepts a folder that holds only some of the shards of a
	// sharded run (one shard's own output, say): each shard present is
	// checked, but not that every shard is there.
	SomeShards bool
}

// Problem is one thing wrong with one file.
type Problem struct {
	File string // the file's path under the dataset folder, e.g. "observations.csv"
	Row  int64  // 1-based data row; 0 for the file as a whole
	Msg  string
}

// String is "observations.csv row 12: value_low 5 > value 3", or
// "observations.csv: ..." for a problem of the whole file.
func (p Problem) String() string {
	if p.Row > 0 {
		return fmt.Sprintf("%s row %d: %s", p.File, p.Row, p.Msg)
	}
	return p.File + ": " + p.Msg
}

// FileResult is what was found in one file.
type FileResult struct {
	File     string    // path under the dataset folder
	Problems []Problem // the first Config.MaxListed problems, in the order found
	Count    int       // every problem found, listed or not
}

// TableResult is how many rows a table has.
type TableResult struct {
	Name string
	Rows int64 // rows read from the Parquet file (the CSV file when it has none); -1 if neither could be read
}

// Report is the outcome of Dataset.
type Report struct {
	Out   string
	Raw   string        // the raw folder quotes were checked against; "" if they were not
	Files []*FileResult // the descriptors first, then the resources in the descriptors' order
	// Descriptors is the number of descriptors checked: 1, or the number of
	// shard descriptors in the folder.
	Descriptors int
	Tables      []TableResult // in the order of schemas.Tables
	Quotes      int64         // quotes compared with the raw text
}

// Count is the number of problems found in every file.
func (r *Report) Count() int {
	n := 0
	for _, f := range r.Files {
		n += f.Count
	}
	return n
}

// Problems returns the listed problems of every file, in report order.
func (r *Report) Problems() []Problem {
	var out []Problem
	for _, f := range r.Files {
		out = append(out, f.Problems...)
	}
	return out
}

// Print writes the report: one line per listed problem, grouped by file,
// then "FILE: N more problems not listed" for a file with more than were
// listed, then a summary line:
//
//	observations.csv row 2: value is "5", observations.parquet has "3"
//	validate out: 1 problem in 1 file: observations.csv 1 (6 files; observations 13 rows, sources 1 row, checks 0 rows; 13 quotes checked against raw)
//
// or, with none,
//
//	validate out: no problems (6 files; observations 13 rows, sources 1 row, checks 0 rows; quotes not checked: no raw folder)
func (r *Report) Print(w io.Writer) error {
	var b strings.Builder
	for _, f := range r.Files {
		for _, p := range f.Problems {
			b.WriteString(p.String())
			b.WriteByte('\n')
		}
		if more := f.Count - len(f.Problems); more > 0 {
			fmt.Fprintf(&b, "%s: %d more %s not listed\n", f.File, more, plural(more, "problem"))
		}
	}
	var rows []string
	for _, t := range r.Tables {
		if t.Rows < 0 {
			rows = append(rows, t.Name+" unreadable")
			continue
		}
		rows = append(rows, fmt.Sprintf("%s %d %s", t.Name, t.Rows, plural(int(t.Rows), "row")))
	}
	quotes := "quotes not checked: no raw folder"
	if r.Raw != "" {
		quotes = fmt.Sprintf("%d %s checked against %s", r.Quotes, plural(int(r.Quotes), "quote"), r.Raw)
	}
	descriptors := max(r.Descriptors, 1)
	files := fmt.Sprintf("%d files", len(r.Files)-descriptors)
	if descriptors > 1 {
		files += fmt.Sprintf(" of %d shards", descriptors)
	}
	detail := fmt.Sprintf("(%s; %s; %s)", files, strings.Join(rows, ", "), quotes)
	if n := r.Count(); n == 0 {
		fmt.Fprintf(&b, "validate %s: no problems %s\n", r.Out, detail)
	} else {
		var per []string
		for _, f := range r.Files {
			if f.Count > 0 {
				per = append(per, fmt.Sprintf("%s %d", f.File, f.Count))
			}
		}
		fmt.Fprintf(&b, "validate %s: %d %s in %d %s: %s %s\n", r.Out, n, plural(n, "problem"),
			len(per), plural(len(per), "file"), strings.Join(per, ", "), detail)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// checker holds the state of one validation.
type checker struct {
	ctx     context.Context
	cfg     Config
	report  *Report
	files   map[string]*FileResult
	sources map[string]string // source_id → raw path, from the sources table; nil if unreadable
	raw     *rawDocs
	runID   string // the descriptor's numtrail.run_id
	desc    string // the descriptor being read
	parts   bool   // the tables are folders of parts
}

// log records a problem of file.
func (c *checker) log(file string, row int64, format string, args ...any) {
	f := c.file(file)
	f.Count++
	if len(f.Problems) < c.cfg.MaxListed {
		f.Problems = append(f.Problems, Problem{File: file, Row: row, Msg: fmt.Sprintf(format, args...)})
	}
}

// file returns the result of file, adding it to the report.
func (c *checker) file(file string) *FileResult {
	f := c.files[file]
	if f == nil {
		f = &FileResult{File: file}
		c.files[file] = f
		c.report.Files = append(c.report.Files, f)
	}
	return f
}

// resource is one file the dataset should hold.
type resource struct {
	name   string // resource name in the descriptor, or "" when it is not listed
	path   string // under the dataset folder, '/'-separated
	format string // parquet or csv, or "" for another
	table  *schemas.Table
	bytes  *int64 // as the descriptor says; nil when it does not
	hash   string // as the descriptor says
	part   bool   // a part of a table (its descriptor entry names the table)
	desc   string // the descriptor that lists it
}

// Dataset validates the dataset in cfg.Out. The error is nil when the
// dataset could be checked, whatever problems were found: see
// Report.Count. It is not nil when cfg.Out or cfg.Raw is not a folder, or
// when ctx is cancelled.
func Dataset(ctx context.Context, cfg Config) (*Report, error) {
	if cfg.MaxListed <= 0 {
		cfg.MaxListed = DefaultMaxListed
	}
	if err := isDir(cfg.Out); err != nil {
		return nil, fmt.Errorf("dataset folder: %w", err)
	}
	c := &checker{ctx: ctx, cfg: cfg, report: &Report{Out: cfg.Out}, files: map[string]*FileResult{}}
	if cfg.Raw != "" {
		if err := isDir(cfg.Raw); err != nil {
			return nil, fmt.Errorf("raw folder: %w", err)
		}
		c.report.Raw = cfg.Raw
		c.raw = newRawDocs(cfg.Raw)
	}
	resources := c.descriptors()
	for _, r := range resources {
		c.file(r.path)
	}
	present := map[string]bool{}
	for _, r := range resources {
		present[r.path] = c.checkBytes(r)
	}

	// The sources table first: the observations refer to it.
	tables := schemas.Tables()
	slices.SortStableFunc(tables, func(a, b *schemas.Table) int {
		return boolInt(a != schemas.Sources) - boolInt(b != schemas.Sources)
	})
	results := map[string]TableResult{}
	for _, t := range tables {
		// the table's files in pairs, a Parquet file and the CSV file
		// beside it (the same name but for the extension)
		type pair struct{ pq, cv *resource }
		var pairs []*pair
		byBase := map[string]*pair{}
		for _, r := range resources {
			if r.table != t || !present[r.path] || r.format == "" {
				continue
			}
			base := strings.TrimPrefix(strings.TrimSuffix(r.path, "."+r.format), CSVDir+"/")
			if !r.part {
				base = "" // the table's one Parquet and one CSV file, whatever their names
			}
			p := byBase[base]
			if p == nil {
				p = &pair{}
				byBase[base] = p
				pairs = append(pairs, p)
			}
			switch {
			case r.format == "parquet" && p.pq == nil:
				p.pq = r
			case r.format == "csv" && p.cv == nil:
				p.cv = r
			}
		}
		var rows int64
		var pqKeys, csvKeys []keySource
		complete := true
		if t == schemas.Sources {
			c.sources = map[string]string{}
		}
		for _, p := range pairs {
			if c.parts {
				if p.pq == nil {
					c.log(p.cv.path, 0, "no Parquet file beside it")
				} else if p.cv == nil {
					c.log(p.pq.path, 0, "no CSV file beside it")
				}
			}
			n, pk, ck, ok, err := c.checkTable(t, p.pq, p.cv)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				rows, complete = -1, false
			} else if rows >= 0 {
				rows += n
			}
			complete = complete && ok
			pqKeys = append(pqKeys, pk...)
			csvKeys = append(csvKeys, ck...)
		}
		if t == schemas.Sources && !complete {
			// The observations are checked against a complete sources table
			// only: an incomplete one would make their source_ids look missing.
			c.sources = nil
		}
		for _, keys := range [][]keySource{pqKeys, csvKeys} {
			if err := c.uniqueKeys(t, keys); err != nil {
				return nil, err
			}
		}
		if len(pairs) == 0 && !c.parts {
			rows = -1
		}
		results[t.Name] = TableResult{Name: t.Name, Rows: rows}
	}
	for _, t := range schemas.Tables() {
		c.report.Tables = append(c.report.Tables, results[t.Name])
	}
	if c.raw != nil {
		c.report.Quotes = c.raw.quotes
	}
	return c.report, ctx.Err()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func isDir(p string) error {
	st, err := os.Stat(p)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return fmt.Errorf("%s: not a folder", p)
	}
	return nil
}

// descriptors reads the folder's descriptor (datapackage.json, or the
// descriptors of the shards of a sharded run), checks it and returns the
// files it lists, followed by the files of the tables it does not list.
func (c *checker) descriptors() []*resource {
	names := []string{DescriptorFile}
	if _, err := os.Stat(filepath.Join(c.cfg.Out, DescriptorFile)); errors.Is(err, os.ErrNotExist) {
		if shards := ShardDescriptors(c.cfg.Out); len(shards) > 0 {
			names = shards
		}
	}
	c.report.Descriptors = len(names)
	for _, name := range names {
		c.file(name)
	}
	var resources []*resource
	seen := map[string]bool{}
	type shardOf struct {
		name          string
		shard, shards int
		runID, by     string
	}
	var shards []shardOf
	for _, name := range names {
		c.desc = name
		rs, layout, runID := c.descriptor(name)
		// tables in parts, maybe none (a shard without documents)
		c.parts = c.parts || layout.PartitionBy != "" || layout.Shards > 0
		for _, r := range rs {
			if seen[r.path] {
				c.log(name, 0, "resource %s: path %s is listed twice", r.name, r.path)
				continue
			}
			seen[r.path] = true
			resources = append(resources, r)
			c.parts = c.parts || r.part
		}
		if m := shardDescriptor.FindStringSubmatch(name); m != nil {
			i, _ := strconv.Atoi(m[1])
			n, _ := strconv.Atoi(m[2])
			if layout.Shards != n || layout.Shard != i {
				c.log(name, 0, "numtrail.layout says shard %d of %d, the name shard %d of %d", layout.Shard, layout.Shards, i, n)
			}
			shards = append(shards, shardOf{name, i, n, runID, layout.PartitionBy})
		}
	}
	if len(shards) > 0 {
		// every shard of one run, once
		first := shards[0]
		have := map[int]bool{}
		for _, s := range shards {
			switch {
			case s.shards != first.shards:
				c.log(s.name, 0, "shard of %d, %s is a shard of %d", s.shards, first.name, first.shards)
			case s.runID != first.runID:
				c.log(s.name, 0, "run %s, %s is of run %s", s.runID, first.name, first.runID)
			case s.by != first.by:
				c.log(s.name, 0, "partitioned by %q, %s by %q", s.by, first.name, first.by)
			}
			have[s.shard] = true
		}
		for i := range first.shards {
			if !have[i] && !c.cfg.SomeShards {
				c.log(first.name, 0, "shard %d of %d is missing: no datapackage-shard-%05d-of-%05d.json in the folder", i, first.shards, i, first.shards)
			}
		}
		c.runID = first.runID
	}
	if c.parts {
		return resources
	}
	c.desc = names[0]
	for _, t := range schemas.Tables() {
		for _, format := range []string{"parquet", "csv"} {
			p := t.Name + "." + format
			if !seen[p] {
				c.log(c.desc, 0, "no resource for %s", p)
				resources = append(resources, &resource{path: p, format: format, table: t})
			}
		}
	}
	return resources
}

// ShardDescriptors returns the names of the shard descriptors in dir,
// datapackage-shard-<i>-of-<n>.json, sorted.
func ShardDescriptors(dir string) []string {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range ents {
		if shardDescriptor.MatchString(e.Name()) {
			names = append(names, e.Name())
		}
	}
	slices.Sort(names)
	return names
}

// dpLayout is the descriptor's numtrail.layout.
type dpLayout struct {
	PartitionBy string `json:"partition_by"`
	Shard       int    `json:"shard"`
	Shards      int    `json:"shards"`
}

// descriptor reads one descriptor, checks it and returns the files it lists,
// its layout and its run id.
func (c *checker) descriptor(name string) ([]*resource, dpLayout, string) {
	var resources []*resource
	b, err := os.ReadFile(filepath.Join(c.cfg.Out, name))
	var desc struct {
		Resources []json.RawMessage `json:"resources"`
		Numtrail  struct {
			RunID  string   `json:"run_id"`
			Layout dpLayout `json:"layout"`
		} `json:"numtrail"`
	}
	switch {
	case errors.Is(err, os.ErrNotExist):
		c.log(name, 0, "missing")
	case err != nil:
		c.log(name, 0, "cannot read: %v", pathCause(err))
	default:
		if err := json.Unmarshal(b, &desc); err != nil {
			c.log(name, 0, "not a valid descriptor: %v", err)
		} else if desc.Resources == nil {
			c.log(name, 0, "no resources")
		}
	}
	if c.runID == "" {
		c.runID = desc.Numtrail.RunID
	}
	for i, raw := range desc.Resources {
		if r := c.resource(i+1, raw); r != nil {
			resources = append(resources, r)
		}
	}
	return resources, desc.Numtrail.Layout, desc.Numtrail.RunID
}

// resource reads and checks the descriptor's resource number n.
func (c *checker) resource(n int, raw json.RawMessage) *resource {
	var res struct {
		Name   string          `json:"name"`
		Path   json.RawMessage `json:"path"`
		Format string          `json:"format"`
		Bytes  *int64          `json:"bytes"`
		Hash   string          `json:"hash"`
		Part   *struct {
			Table string `json:"table"`
		} `json:"numtrail"`
		Schema *struct {
			Fields     []schemas.SchemaField `json:"fields"`
			PrimaryKey json.RawMessage       `json:"primaryKey"`
		} `json:"schema"`
	}
	label := fmt.Sprintf("resource %d", n)
	if err := json.Unmarshal(raw, &res); err != nil {
		c.log(c.desc, 0, "%s: %v", label, err)
		return nil
	}
	if res.Name != "" {
		label = "resource " + res.Name
	}
	var p string
	if err := json.Unmarshal(res.Path, &p); err != nil || p == "" {
		c.log(c.desc, 0, "%s: path is not a file name (%s)", label, strings.TrimSpace(string(res.Path)))
		return nil
	}
	if !filepath.IsLocal(filepath.FromSlash(p)) || strings.Contains(p, `\`) {
		c.log(c.desc, 0, "%s: path %q is not a file inside the dataset folder", label, p)
		return nil
	}
	r := &resource{name: res.Name, path: path.Clean(p), format: strings.ToLower(res.Format), bytes: res.Bytes, desc: c.desc}
	if r.format == "" {
		r.format = strings.TrimPrefix(path.Ext(p), ".")
	}
	if r.format != "parquet" && r.format != "csv" {
		r.format = ""
	}
	base := path.Base(p)
	r.table = schemas.Lookup(strings.TrimSuffix(base, path.Ext(base)))
	if res.Part != nil {
		// a part names its table; it is in the table's folder, or under
		// csv/ in a folder of the table's name
		r.part = true
		r.table = schemas.Lookup(res.Part.Table)
		if r.table == nil || !strings.HasPrefix(strings.TrimPrefix(r.path, CSVDir+"/"), r.table.Name+"/") {
			c.log(c.desc, 0, "%s: part of table %q, but its path %s is not in that table's folder", label, res.Part.Table, r.path)
		}
	}
	if res.Bytes == nil {
		c.log(c.desc, 0, "%s: no bytes", label)
	}
	switch {
	case res.Hash == "":
		c.log(c.desc, 0, "%s: no hash", label)
	case !strings.HasPrefix(res.Hash, "sha256:"):
		c.log(c.desc, 0, "%s: hash %q is not sha256:HEX", label, res.Hash)
	default:
		r.hash = strings.TrimPrefix(res.Hash, "sha256:")
	}
	if r.table == nil || r.format == "" {
		return r
	}
	if res.Schema == nil {
		c.log(c.desc, 0, "%s: no schema", label)
		return r
	}
	c.compareSchema(label, r.table, res.Schema.Fields, res.Schema.PrimaryKey)
	return r
}

// compareSchema checks a resource's field list against the table's schema:
// names and order, types, required and enum.
func (c *checker) compareSchema(label string, t *schemas.Table, fields []schemas.SchemaField, pk json.RawMessage) {
	want := t.Frictionless()
	got := map[string]schemas.SchemaField{}
	var names []string
	for _, f := range fields {
		got[f.Name] = f
		names = append(names, f.Name)
	}
	for _, w := range want.Fields {
		g, ok := got[w.Name]
		if !ok {
			c.log(c.desc, 0, "%s: no field %s", label, w.Name)
			continue
		}
		if g.Type != w.Type {
			c.log(c.desc, 0, "%s: field %s has type %q, the schema says %q", label, w.Name, g.Type, w.Type)
		}
		var gc, wc schemas.Constraints
		if g.Constraints != nil {
			gc = *g.Constraints
		}
		if w.Constraints != nil {
			wc = *w.Constraints
		}
		if gc.Required != wc.Required {
			c.log(c.desc, 0, "%s: field %s: required is %t, the schema says %t", label, w.Name, gc.Required, wc.Required)
		}
		if !slices.Equal(gc.Enum, wc.Enum) {
			c.log(c.desc, 0, "%s: field %s: enum %s differs from the schema's %s", label, w.Name, list(gc.Enum), list(wc.Enum))
		}
	}
	if !slices.Equal(names, t.Names()) {
		for _, n := range names {
			if t.Index(n) < 0 {
				c.log(c.desc, 0, "%s: field %s is not in the schema", label, n)
			}
		}
		if len(names) == len(t.Names()) {
			c.log(c.desc, 0, "%s: fields are not in the schema's order", label)
		}
	}
	var keys []string
	if json.Unmarshal(pk, &keys) != nil {
		var key string
		if json.Unmarshal(pk, &key) == nil {
			keys = []string{key}
		}
	}
	if !slices.Equal(keys, t.PrimaryKey) {
		c.log(c.desc, 0, "%s: primaryKey %s, the schema says %s", label, list(keys), list(t.PrimaryKey))
	}
}

func list(s []string) string {
	if len(s) == 0 {
		return "[]"
	}
	return "[" + strings.Join(s, " ") + "]"
}

// checkBytes checks a file's size and hash against the descriptor; false if
// the file cannot be read.
func (c *checker) checkBytes(r *resource) bool {
	full := filepath.Join(c.cfg.Out, filepath.FromSlash(r.path))
	f, err := os.Open(full)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			if r.name != "" {
				c.log(r.path, 0, "missing (%s lists it)", r.desc)
			} else {
				c.log(r.path, 0, "missing")
			}
		} else {
			c.log(r.path, 0, "cannot read: %v", pathCause(err))
		}
		return false
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && !st.Mode().IsRegular() {
		c.log(r.path, 0, "not a regular file")
		return false
	}
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		c.log(r.path, 0, "cannot read: %v", pathCause(err))
		return false
	}
	if r.name == "" {
		return true // not in the descriptor: nothing to compare
	}
	if r.bytes != nil && n != *r.bytes {
		c.log(r.path, 0, "%d bytes, %s says %d", n, r.desc, *r.bytes)
	}
	if sum := hex.EncodeToString(h.Sum(nil)); r.hash != "" && sum != strings.ToLower(r.hash) {
		c.log(r.path, 0, "sha256:%s, %s says sha256:%s", sum, r.desc, r.hash)
	}
	return true
}

// pathCause drops the operation and path of an *os.PathError: the problem
// names the file already.
func pathCause(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
