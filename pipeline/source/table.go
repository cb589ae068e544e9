package source

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
	"github.com/numtrail/numtrail/schemas"
)

// TablesDir is the folder under the raw root that holds official tables:
// CSV files, each with a sidecar that names its release and maps its columns.
const TablesDir = "official"

// ErrTable marks an official table that cannot be read: a malformed sidecar,
// a column missing or not mapped, an unparseable number or date, a value
// outside the vocabulary.
var ErrTable = errors.New("invalid official table")

// TableSidecar is the sidecar of an official table: the release it comes
// from and how its columns map to the observations table.
type TableSidecar struct {
	Title      string                   `json:"title"`
	Publisher  string                   `json:"publisher"`
	URL        string                   `json:"url"`
	Published  *string                  `json:"published"`
	License    string                   `json:"license"`
	SourceType string                   `json:"source_type,omitempty"`
	Columns    map[string]ColumnMapping `json:"columns"`
}

// ColumnMapping says where a field of an observation comes from: a column
// of the table (whose cells may be translated by Map) or a constant Value.
// Format reads a cell as "date" (YYYY-MM-DD, the default for periods),
// "year_start" or "year_end" (a calendar year).
type ColumnMapping struct {
	Column string            `json:"column,omitempty"`
	Value  *string           `json:"value,omitempty"`
	Map    map[string]string `json:"map,omitempty"`
	Format string            `json:"format,omitempty"`
}

// table fields: the ones a sidecar must map, and the ones it may.
var (
	requiredMappings = []string{"id", "measure", "value", "unit", "period_start", "period_end"}
	optionalMappings = []string{"geography", "qualifier", "statistic", "per_period", "note"}
)

// ParseTableSidecar parses and checks the sidecar of an official table.
func ParseTableSidecar(b []byte) (TableSidecar, error) {
	var sc TableSidecar
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&sc); err != nil {
		return sc, err
	}
	if dec.More() {
		return sc, errors.New("data after the JSON object")
	}
	if sc.Title == "" || sc.Publisher == "" {
		return sc, errors.New("title and publisher are required")
	}
	if sc.URL != "" {
		if err := checkURL("url", sc.URL); err != nil {
			return sc, err
		}
	}
	if sc.Published != nil {
		if _, err := parseTime("published", *sc.Published); err != nil {
			return sc, err
		}
	}
	if sc.SourceType != "" && sc.SourceType != "official_table" {
		return sc, fmt.Errorf("source_type %q: an official table is official_table", sc.SourceType)
	}
	for _, f := range requiredMappings {
		if _, ok := sc.Columns[f]; !ok {
			return sc, fmt.Errorf("columns: no mapping for %s", f)
		}
	}
	for f, m := range sc.Columns {
		if !slices.Contains(requiredMappings, f) && !slices.Contains(optionalMappings, f) {
			return sc, fmt.Errorf("columns: unknown field %q", f)
		}
		if (m.Column == "") == (m.Value == nil) {
			return sc, fmt.Errorf("columns.%s: give either column or value", f)
		}
		switch m.Format {
		case "", "date", "year_start", "year_end":
		default:
			return sc, fmt.Errorf("columns.%s: unknown format %q", f, m.Format)
		}
	}
	return sc, nil
}

// ReadTable reads an official table scanned by Scan: the CSV and its
// sidecar. Every row becomes a Mention without text offsets, with the table,
// row and id in Extractor. A table with any problem is rejected whole, so
// that a partial table never stands in for the release; Document.Err then
// names the file, the row and the column.
func ReadTable(root string, e Entry) (*model.Document, []model.Mention) {
	t, err := openTree(root)
	if err != nil {
		d := &model.Document{SourceID: e.SourceID, Path: e.Rel, SourceType: "official_table", MediaType: "text/csv", SHA256: e.SHA256, Bytes: e.Size}
		d.Err = newError(e.Rel, "cannot read", err, ErrUnreadable)
		return d, nil
	}
	defer t.close()
	return t.readTable(e)
}

func (t *tree) readTable(e Entry) (*model.Document, []model.Mention) {
	d := &model.Document{SourceID: e.SourceID, Path: e.Rel, SourceType: "official_table", MediaType: "text/csv",
		SHA256: e.SHA256, Bytes: e.Size}
	if e.Err != nil {
		d.Err = e.Err
		return d, nil
	}
	side := e.SourceID + SidecarSuffix
	sb, err := t.readAll(side, MaxSidecarBytes, e.SidecarSHA256)
	if errors.Is(err, fs.ErrNotExist) {
		d.Err = newError(side, "an official table needs a sidecar naming its release and mapping its columns", nil, ErrTable, ErrSidecar)
		return d, nil
	}
	if err != nil {
		d.Err = asSidecar(err)
		return d, nil
	}
	sc, err := ParseTableSidecar(sb)
	if err != nil {
		d.Err = newError(side, "invalid table sidecar", err, ErrSidecar, ErrTable)
		return d, nil
	}
	d.URL, d.Title, d.Publisher, d.License = sc.URL, sc.Title, sc.Publisher, sc.License
	if sc.Published != nil {
		d.Published, _ = parseTime("published", *sc.Published)
	} else {
		d.Warnings = append(d.Warnings, side+": no published date")
	}
	b, err := t.readAll(e.Rel, DefaultMaxDocBytes, e.SHA256)
	if err != nil {
		d.Err = err
		return d, nil
	}
	rows, err := tableRows(e.Rel, b, sc)
	if err != nil {
		d.Err = err
		return d, nil
	}
	return d, rows
}

// TableVersion names the table reader in the extractor column.
const TableVersion = "official-table/1"

func tableRows(rel string, b []byte, sc TableSidecar) ([]model.Mention, error) {
	fail := func(row int, col, msg string) error {
		where := rel
		if row > 0 {
			where += fmt.Sprintf(" row %d", row)
		}
		if col != "" {
			where += fmt.Sprintf(" column %q", col)
		}
		return newError(where, msg, nil, ErrTable)
	}
	// every cell may end up in a row, and rows are UTF-8
	if i := invalidUTF8At(string(b)); i >= 0 {
		return nil, fail(0, "", fmt.Sprintf("invalid UTF-8 at byte %d", i))
	}
	b = bytes.TrimPrefix(b, []byte(bom))
	r := csv.NewReader(bytes.NewReader(b))
	header, err := r.Read()
	if err != nil {
		return nil, fail(0, "", fmt.Sprintf("cannot read the header: %v", err))
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	used := map[string]bool{}
	for f, m := range sc.Columns {
		if m.Column == "" {
			continue
		}
		if _, ok := col[m.Column]; !ok {
			return nil, fail(0, m.Column, fmt.Sprintf("missing: the sidecar maps %s to it", f))
		}
		used[m.Column] = true
	}
	for _, h := range header {
		if !used[h] {
			return nil, fail(0, h, "extra column: the sidecar does not map it")
		}
	}
	places, err := schemas.Places()
	if err != nil {
		return nil, err
	}
	measures := map[string]bool{}
	for _, m := range schemas.MeasureNames() {
		measures[m] = true
	}
	units := enumOf("unit")
	qualifiers := enumOf("qualifier")
	statistics := enumOf("statistic")
	periods := enumOf("per_period")

	var out []model.Mention
	ids := map[string]int{}
	for row := 1; ; row++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fail(row, "", err.Error())
		}
		cell := func(f string) (string, string) {
			m, ok := sc.Columns[f]
			if !ok {
				return "", ""
			}
			if m.Value != nil {
				return *m.Value, ""
			}
			v := strings.TrimSpace(rec[col[m.Column]])
			if m.Map != nil {
				if mv, ok := m.Map[v]; ok {
					v = mv
				}
			}
			return v, m.Column
		}
		id, idCol := cell("id")
		if id == "" {
			return nil, fail(row, idCol, "empty id")
		}
		if prev, dup := ids[id]; dup {
			return nil, fail(row, idCol, fmt.Sprintf("id %q repeats row %d", id, prev))
		}
		ids[id] = row
		m := model.Mention{Extractor: fmt.Sprintf("%s %s row %d (%s)", TableVersion, rel, row, id), Statistic: "level", Qualifier: "exact", TableRow: id}
		var c string
		if m.Measure, c = cell("measure"); !measures[m.Measure] {
			return nil, fail(row, c, fmt.Sprintf("measure %q is not in the vocabulary", m.Measure))
		}
		if m.Unit, c = cell("unit"); !units[m.Unit] {
			return nil, fail(row, c, fmt.Sprintf("unit %q is not one of the contract's units", m.Unit))
		}
		if q, c := cell("qualifier"); q != "" {
			if !qualifiers[q] {
				return nil, fail(row, c, fmt.Sprintf("qualifier %q is not one of the contract's qualifiers", q))
			}
			m.Qualifier = q
		}
		if s, c := cell("statistic"); s != "" {
			if !statistics[s] {
				return nil, fail(row, c, fmt.Sprintf("statistic %q is not one of the contract's statistics", s))
			}
			m.Statistic = s
		}
		if p, c := cell("per_period"); p != "" {
			if !periods[p] {
				return nil, fail(row, c, fmt.Sprintf("per_period %q is not one of year, month, week, day", p))
			}
			m.PerPeriod = p
		}
		if g, c := cell("geography"); g != "" {
			p, ok := findPlace(places, g)
			if !ok {
				return nil, fail(row, c, fmt.Sprintf("geography %q is not a place the lexicon knows", g))
			}
			m.Geography, m.GeographyCode = p.Name, p.Code
		}
		v, c := cell("value")
		f, err := strconv.ParseFloat(strings.ReplaceAll(v, ",", ""), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fail(row, c, fmt.Sprintf("value %q is not a number", v))
		}
		m.ValueText = v
		vals := new([3]float64)
		vals[0], vals[1], vals[2] = f, f, f
		m.Value = &vals[0]
		switch m.Qualifier {
		case "exact":
			m.Low, m.High = &vals[1], &vals[2]
		case "more_than", "at_least":
			m.Low = &vals[1]
		case "less_than", "at_most", "almost":
			m.High = &vals[2]
		}
		for _, f := range []string{"period_start", "period_end"} {
			s, c := cell(f)
			d, err := tableDate(s, sc.Columns[f].Format)
			if err != nil {
				return nil, fail(row, c, fmt.Sprintf("%s %q: %v", f, s, err))
			}
			if f == "period_start" {
				m.PeriodStart = d
			} else {
				m.PeriodEnd = d
			}
		}
		if m.PeriodEnd.Before(m.PeriodStart.Time) {
			return nil, fail(row, "", "period_end is before period_start")
		}
		m.PeriodLabel = m.PeriodStart.Format(time.DateOnly) + ".." + m.PeriodEnd.Format(time.DateOnly)
		if m.PeriodStart.Equal(m.PeriodEnd.Time) {
			m.PeriodLabel = m.PeriodStart.Format(time.DateOnly)
		}
		out = append(out, m)
	}
	if len(out) == 0 {
		return nil, fail(0, "", "no rows")
	}
	return out, nil
}

func tableDate(s, format string) (model.Date, error) {
	switch format {
	case "year_start", "year_end":
		y, err := strconv.Atoi(s)
		if err != nil || y < 1000 || y > 9999 {
			return model.Date{}, errors.New("want a year")
		}
		if format == "year_start" {
			return model.Day(y, time.January, 1), nil
		}
		return model.Day(y, time.December, 31), nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return model.Date{}, errors.New("want YYYY-MM-DD")
	}
	return model.Date{Time: t}, nil
}

func findPlace(places []schemas.Place, name string) (schemas.Place, bool) {
	low := strings.ToLower(name)
	for _, p := range places {
		if strings.ToLower(p.Name) == low || strings.EqualFold(p.Code, name) || slices.Contains(p.Aliases, low) {
			return p, true
		}
	}
	return schemas.Place{}, false
}

func enumOf(field string) map[string]bool {
	out := map[string]bool{}
	if i := schemas.Observations.Index(field); i >= 0 {
		for _, v := range schemas.Observations.Fields[i].Enum {
			out[v] = true
		}
	}
	return out
}

// readAll reads the file rel (at most limit bytes) and, when want is not
// empty, checks that its SHA-256 is still want.
func (t *tree) readAll(rel string, limit int64, want string) ([]byte, error) {
	f, size, ok := t.openRegular(rel)
	if !ok {
		target, err := t.resolve(rel)
		if err != nil {
			return nil, err
		}
		if f, size, err = t.open(rel, target); err != nil {
			return nil, err
		}
	}
	defer f.Close()
	if size > limit {
		return nil, tooLarge(rel, size, limit)
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, newError(rel, "cannot read", cause(err), ErrUnreadable)
	}
	if int64(len(b)) > limit {
		return nil, tooLarge(rel, int64(len(b)), limit)
	}
	if want != "" {
		sum := sha256.Sum256(b)
		if now := hex.EncodeToString(sum[:]); now != want {
			return nil, newError(rel, fmt.Sprintf("changed since it was scanned (sha256 %s when scanned, %s now)", short(want), short(now)), nil, ErrChanged)
		}
	}
	return b, nil
}
