// Package normalise turns what the extract stage found, and what the source
// stage read, into typed Arrow record batches for the schemas in package
// schemas (observations v1, sources v1, checks v1).
package normalise

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/bitutil"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/numtrail/numtrail/pipeline/model"
	"github.com/numtrail/numtrail/schemas"
)

// Run is what every row carries about the run that wrote it.
type Run struct {
	ID              string
	PipelineVersion string
}

// builder appends typed values to the columns of one table by name.
type builder struct {
	table *schemas.Table
	rb    *array.RecordBuilder
	idx   map[string]int
	rows  int
	next  int // the field after the last one appended to: rows are added in field order

	dataLen []int // scratch for NewBatch
}

func newBuilder(mem memory.Allocator, t *schemas.Table) *builder {
	b := &builder{table: t, rb: array.NewRecordBuilder(mem, t.Arrow()), idx: map[string]int{}}
	for i, f := range t.Fields {
		b.idx[f.Name] = i
	}
	return b
}

func (b *builder) col(name string) int {
	i, ok := b.idx[name]
	if !ok {
		panic(fmt.Sprintf("normalise: table %s has no column %q", b.table.Name, name))
	}
	return i
}

// field returns the builder of the named column. The Add methods name the
// columns in the schema's order, so the next field is checked first and the
// map only when it is not the one named.
func (b *builder) field(name string) array.Builder {
	i := b.next
	if i >= len(b.table.Fields) || b.table.Fields[i].Name != name {
		i = b.col(name)
	}
	b.next = i + 1
	return b.rb.Field(i)
}

// str appends s, or null when s is empty.
func (b *builder) str(name, s string) {
	fb := b.field(name).(*array.StringBuilder)
	if s == "" {
		fb.AppendNull()
		return
	}
	fb.Append(s)
}

func (b *builder) f64(name string, v *float64) {
	fb := b.field(name).(*array.Float64Builder)
	if v == nil {
		fb.AppendNull()
		return
	}
	fb.Append(*v)
}

func (b *builder) i64(name string, v int64, valid bool) {
	fb := b.field(name).(*array.Int64Builder)
	if !valid {
		fb.AppendNull()
		return
	}
	fb.Append(v)
}

func (b *builder) date(name string, d model.Date) {
	fb := b.field(name).(*array.Date32Builder)
	if d.IsZero() {
		fb.AppendNull()
		return
	}
	fb.Append(arrow.Date32FromTime(d.Time))
}

func (b *builder) ts(name string, t time.Time) {
	fb := b.field(name).(*array.TimestampBuilder)
	if t.IsZero() {
		fb.AppendNull()
		return
	}
	fb.Append(arrow.Timestamp(t.UTC().UnixMicro()))
}

// Len is the number of rows appended since the last batch.
func (b *builder) Len() int { return b.rows }

// NewBatch returns the rows appended so far and starts a new batch, with
// room reserved for as many rows and string bytes as this one took, so that
// the next batch's buffers are allocated once rather than grown (and copied)
// step by step.
func (b *builder) NewBatch() arrow.RecordBatch {
	rows := b.rows
	b.rows = 0
	fields := b.rb.Fields()
	if cap(b.dataLen) < len(fields) {
		b.dataLen = make([]int, len(fields))
	}
	b.dataLen = b.dataLen[:len(fields)]
	for i, f := range fields {
		b.dataLen[i] = 0
		if sb, ok := f.(*array.StringBuilder); ok {
			b.dataLen[i] = sb.DataLen()
		}
	}
	rec := b.rb.NewRecordBatch()
	for i, f := range fields {
		f.Reserve(rows)
		if n := b.dataLen[i]; n > 0 {
			f.(*array.StringBuilder).ReserveData(n)
		}
	}
	return rec
}

// Release frees the builder.
func (b *builder) Release() { b.rb.Release() }

// Observations builds batches of the observations table.
type Observations struct {
	*builder
	run Run
}

// NewObservations makes a builder for observations v1.
func NewObservations(mem memory.Allocator, run Run) *Observations {
	return &Observations{builder: newBuilder(mem, schemas.Observations), run: run}
}

// ObservationID is the stable id of a mention: a hash of the document's
// SHA-256, the offsets and the measure.
func ObservationID(sourceSHA string, start, end int, measure string) string {
	var stack [192]byte
	buf := append(stack[:0], sourceSHA...)
	buf = strconv.AppendInt(append(buf, 0), int64(start), 10)
	buf = strconv.AppendInt(append(buf, 0), int64(end), 10)
	buf = append(append(buf, 0), measure...)
	h := sha256.Sum256(buf)
	return hex.EncodeToString(h[:16])
}

// IDOf is the observation id of a mention of doc: for a row of an official
// table, which has no offsets, the row's id stands in for them.
func IDOf(doc *model.Document, m *model.Mention) string {
	if m.TableRow != "" {
		h := sha256.Sum256([]byte(doc.SHA256 + "\x00row\x00" + m.TableRow + "\x00" + m.Measure))
		return hex.EncodeToString(h[:16])
	}
	return ObservationID(doc.SHA256, m.Start, m.End, m.Measure)
}

// Add appends one mention of doc.
func (o *Observations) Add(doc *model.Document, m *model.Mention) {
	o.AddID(doc, m, IDOf(doc, m))
}

// AddID appends one mention of doc whose observation id, IDOf(doc, m), is
// known already.
func (o *Observations) AddID(doc *model.Document, m *model.Mention, id string) {
	o.next = 0
	o.str("observation_id", id)
	o.str("measure", m.Measure)
	o.str("statistic", m.Statistic)
	o.f64("value", m.Value)
	o.f64("value_low", m.Low)
	o.f64("value_high", m.High)
	o.str("qualifier", m.Qualifier)
	o.str("value_text", m.ValueText)
	o.str("unit", m.Unit)
	o.str("per_period", m.PerPeriod)
	o.str("geography", m.Geography)
	o.str("geography_code", m.GeographyCode)
	o.str("period_label", m.PeriodLabel)
	o.date("period_start", m.PeriodStart)
	o.date("period_end", m.PeriodEnd)
	o.str("attributed_to", m.AttributedTo)
	o.str("source_id", doc.SourceID)
	o.str("source_type", sourceType(doc))
	o.str("source_url", doc.URL)
	o.str("source_title", doc.Title)
	o.str("publisher", doc.Publisher)
	o.str("author", doc.Author)
	o.ts("published_at", doc.Published)
	o.ts("retrieved_at", doc.Retrieved)
	o.str("source_sha256", doc.SHA256)
	o.str("source_license", doc.License)
	o.i64("char_start", int64(m.Start), m.Quote != "")
	o.i64("char_end", int64(m.End), m.Quote != "")
	o.str("quote", m.Quote)
	o.str("sentence", m.Sentence)
	o.str("extractor", m.Extractor)
	o.str("pipeline_version", o.run.PipelineVersion)
	o.str("run_id", o.run.ID)
	o.rows++
}

// AddDoc appends the mentions ms of doc, whose observation ids are ids
// (IDOf of each): the rows AddID appends one at a time, appended column by
// column, so that a document's values (its id, URL, title, times and so on)
// are looked up once and each column's builder is found once.
func (o *Observations) AddDoc(doc *model.Document, ms []model.Mention, ids []string) {
	n := len(ms)
	if n == 0 {
		return
	}
	if len(ids) != n {
		panic(fmt.Sprintf("normalise: %d ids for %d mentions", len(ids), n))
	}
	// Room for a column's n values is reserved once, and the values
	// appended without checking it each time (UnsafeAppend appends what
	// Append does).
	strs := func(name string, get func(i int) string) {
		appendStrings(o.rb.Field(o.col(name)).(*array.StringBuilder), n, get)
	}
	same := func(name, s string) {
		fb := o.rb.Field(o.col(name)).(*array.StringBuilder)
		if s == "" {
			fb.AppendNulls(n)
			return
		}
		reserveStrings(fb, n, n*len(s))
		b := unsafe.Slice(unsafe.StringData(s), len(s))
		for range n {
			fb.UnsafeAppend(b)
		}
	}
	f64s := func(name string, get func(m *model.Mention) *float64) {
		fb := o.rb.Field(o.col(name)).(*array.Float64Builder)
		fb.Reserve(n)
		for i := range ms {
			if v := get(&ms[i]); v == nil {
				fb.AppendNull()
			} else {
				fb.UnsafeAppend(*v)
			}
		}
	}
	dates := func(name string, get func(m *model.Mention) model.Date) {
		fb := o.rb.Field(o.col(name)).(*array.Date32Builder)
		fb.Reserve(n)
		for i := range ms {
			if d := get(&ms[i]); d.IsZero() {
				fb.AppendNull()
			} else {
				fb.UnsafeAppend(arrow.Date32FromTime(d.Time))
			}
		}
	}
	sameTS := func(name string, t time.Time) {
		fb := o.rb.Field(o.col(name)).(*array.TimestampBuilder)
		if t.IsZero() {
			fb.AppendNulls(n)
			return
		}
		v := arrow.Timestamp(t.UTC().UnixMicro())
		fb.Reserve(n)
		for range n {
			fb.UnsafeAppend(v)
		}
	}
	offsets := func(name string, get func(m *model.Mention) int) {
		fb := o.rb.Field(o.col(name)).(*array.Int64Builder)
		fb.Reserve(n)
		for i := range ms {
			if ms[i].Quote == "" {
				fb.AppendNull()
			} else {
				fb.UnsafeAppend(int64(get(&ms[i])))
			}
		}
	}
	strs("observation_id", func(i int) string { return ids[i] })
	strs("measure", func(i int) string { return ms[i].Measure })
	strs("statistic", func(i int) string { return ms[i].Statistic })
	f64s("value", func(m *model.Mention) *float64 { return m.Value })
	f64s("value_low", func(m *model.Mention) *float64 { return m.Low })
	f64s("value_high", func(m *model.Mention) *float64 { return m.High })
	strs("qualifier", func(i int) string { return ms[i].Qualifier })
	strs("value_text", func(i int) string { return ms[i].ValueText })
	strs("unit", func(i int) string { return ms[i].Unit })
	strs("per_period", func(i int) string { return ms[i].PerPeriod })
	strs("geography", func(i int) string { return ms[i].Geography })
	strs("geography_code", func(i int) string { return ms[i].GeographyCode })
	strs("period_label", func(i int) string { return ms[i].PeriodLabel })
	dates("period_start", func(m *model.Mention) model.Date { return m.PeriodStart })
	dates("period_end", func(m *model.Mention) model.Date { return m.PeriodEnd })
	strs("attributed_to", func(i int) string { return ms[i].AttributedTo })
	same("source_id", doc.SourceID)
	same("source_type", sourceType(doc))
	same("source_url", doc.URL)
	same("source_title", doc.Title)
	same("publisher", doc.Publisher)
	same("author", doc.Author)
	sameTS("published_at", doc.Published)
	sameTS("retrieved_at", doc.Retrieved)
	same("source_sha256", doc.SHA256)
	same("source_license", doc.License)
	offsets("char_start", func(m *model.Mention) int { return m.Start })
	offsets("char_end", func(m *model.Mention) int { return m.End })
	strs("quote", func(i int) string { return ms[i].Quote })
	strs("sentence", func(i int) string { return ms[i].Sentence })
	strs("extractor", func(i int) string { return ms[i].Extractor })
	same("pipeline_version", o.run.PipelineVersion)
	same("run_id", o.run.ID)
	o.rows += n
	for i, fb := range o.rb.Fields() {
		if fb.Len() != o.rb.Field(0).Len() {
			// a column of the schema that AddDoc does not fill
			panic(fmt.Sprintf("normalise: AddDoc left column %s with %d rows, not %d", o.table.Fields[i].Name, fb.Len(), o.rb.Field(0).Len()))
		}
	}
}

// reserveStrings makes room in fb for n more values of size bytes in all,
// growing its buffers as Append would (to the next power of two), not to
// the exact size, which would move them at every document.
// appendStrings appends get(0) … get(n-1) to fb, an empty string as null,
// with room for them reserved once (UnsafeAppend appends what Append does).
func appendStrings(fb *array.StringBuilder, n int, get func(i int) string) {
	size := 0
	for i := range n {
		size += len(get(i))
	}
	reserveStrings(fb, n, size)
	for i := range n {
		if s := get(i); s == "" {
			fb.AppendNull()
		} else {
			fb.UnsafeAppend(unsafe.Slice(unsafe.StringData(s), len(s)))
		}
	}
}

func reserveStrings(fb *array.StringBuilder, n, size int) {
	fb.Reserve(n)
	if need := fb.DataLen() + size; need > fb.DataCap() {
		fb.ReserveData(bitutil.NextPowerOf2(need) - fb.DataLen())
	}
}

// sourceType is the document's declared type; a document that declares
// none is treated as news, the genre the pipeline reads.
func sourceType(doc *model.Document) string {
	if doc.SourceType == "" {
		return "news"
	}
	return doc.SourceType
}

// Sources builds batches of the sources table.
type Sources struct{ *builder }

// NewSources makes a builder for sources v1.
func NewSources(mem memory.Allocator) *Sources {
	return &Sources{builder: newBuilder(mem, schemas.Sources)}
}

// SourceTypeOf is the source_type the sources table gives doc ("" for
// null): its declared type; for a document that was read and declares none,
// news.
func SourceTypeOf(doc *model.Document) string {
	if doc.OK() {
		return sourceType(doc)
	}
	return doc.SourceType
}

// Add appends one document with the number of observations it produced.
func (s *Sources) Add(doc *model.Document, observations int) {
	s.next = 0
	s.str("source_id", doc.SourceID)
	s.str("source_type", SourceTypeOf(doc))
	s.str("path", doc.Path)
	s.str("source_url", doc.URL)
	s.str("source_title", doc.Title)
	s.str("publisher", doc.Publisher)
	s.str("author", doc.Author)
	s.ts("published_at", doc.Published)
	s.ts("retrieved_at", doc.Retrieved)
	s.str("source_sha256", doc.SHA256)
	s.i64("bytes", doc.Bytes, true)
	s.str("media_type", doc.MediaType)
	s.str("source_license", doc.License)
	if doc.OK() {
		s.str("status", "ok")
		s.str("error", "")
	} else {
		s.str("status", "rejected")
		s.str("error", doc.Err.Error())
	}
	s.i64("observations", int64(observations), true)
	s.rows++
}

// Checks builds batches of the checks table.
type Checks struct{ *builder }

// NewChecks makes a builder for checks v1.
func NewChecks(mem memory.Allocator) *Checks {
	return &Checks{builder: newBuilder(mem, schemas.Checks)}
}

// Add appends one check.
func (c *Checks) Add(ch *model.Check) {
	c.next = 0
	c.str("check_id", ch.ID)
	c.str("kind", ch.Kind)
	c.str("observation_id", ch.ObservationID)
	c.str("reference_ids", strings.Join(ch.ReferenceIDs, " "))
	c.str("verdict", ch.Verdict)
	c.f64("reported_value", ch.Reported)
	c.f64("reference_value", ch.Reference)
	c.f64("difference", ch.Difference)
	c.f64("relative_difference", ch.RelativeDifference)
	c.str("rule", ch.Rule)
	c.rows++
}

// AddAll appends the checks chs: the rows Add appends one at a time,
// appended column by column, each column's builder found once and its room
// reserved once.
func (c *Checks) AddAll(chs []model.Check) {
	n := len(chs)
	if n == 0 {
		return
	}
	strs := func(name string, get func(i int) string) {
		appendStrings(c.rb.Field(c.col(name)).(*array.StringBuilder), n, get)
	}
	f64s := func(name string, get func(i int) *float64) {
		fb := c.rb.Field(c.col(name)).(*array.Float64Builder)
		fb.Reserve(n)
		for i := range n {
			if v := get(i); v == nil {
				fb.AppendNull()
			} else {
				fb.UnsafeAppend(*v)
			}
		}
	}
	refs := make([]string, n) // the reference ids of each check as one string
	for i := range chs {
		if len(chs[i].ReferenceIDs) > 0 {
			refs[i] = strings.Join(chs[i].ReferenceIDs, " ")
		}
	}
	strs("check_id", func(i int) string { return chs[i].ID })
	strs("kind", func(i int) string { return chs[i].Kind })
	strs("observation_id", func(i int) string { return chs[i].ObservationID })
	strs("reference_ids", func(i int) string { return refs[i] })
	strs("verdict", func(i int) string { return chs[i].Verdict })
	f64s("reported_value", func(i int) *float64 { return chs[i].Reported })
	f64s("reference_value", func(i int) *float64 { return chs[i].Reference })
	f64s("difference", func(i int) *float64 { return chs[i].Difference })
	f64s("relative_difference", func(i int) *float64 { return chs[i].RelativeDifference })
	strs("rule", func(i int) string { return chs[i].Rule })
	c.rows += n
	for i, fb := range c.rb.Fields() {
		if fb.Len() != c.rb.Field(0).Len() {
			panic(fmt.Sprintf("normalise: AddAll left column %s with %d rows, not %d", c.table.Fields[i].Name, fb.Len(), c.rb.Field(0).Len()))
		}
	}
}
