package normalise

import (
	"bytes"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"

	"github.com/numtrail/numtrail/pipeline/model"
	"github.com/numtrail/numtrail/schemas"
)

func f(v float64) *float64 { return &v }

func TestObservationsBatch(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	doc := &model.Document{SourceID: "articles/x", Path: "articles/x.txt", SHA256: "ab12", Publisher: "Example News",
		Published: time.Date(2024, 7, 17, 9, 30, 0, 0, time.FixedZone("BST", 3600))}
	ms := []model.Mention{
		{Start: 10, End: 22, Quote: "over £100 million", Value: f(1e8), Low: f(1e8), Qualifier: "more_than", Unit: "GBP",
			Measure: "payment_to_rwanda", Statistic: "level", PeriodStart: model.Day(2022, 7, 1), PeriodEnd: model.Day(2023, 6, 30), Extractor: "rules/1"},
		{Start: 30, End: 47, Quote: "tens of thousands", Low: f(2e4), High: f(9e4), Qualifier: "vague", Unit: "persons",
			Measure: "asylum_applications", Statistic: "level", Extractor: "rules/1"},
	}
	b := NewObservations(mem, Run{ID: "run1", PipelineVersion: "9.9.9"})
	defer b.Release()
	for i := range ms {
		b.Add(doc, &ms[i])
	}
	if b.Len() != 2 {
		t.Fatalf("Len = %d", b.Len())
	}
	rec := b.NewBatch()
	defer rec.Release()
	if b.Len() != 0 {
		t.Errorf("Len after NewBatch = %d", b.Len())
	}
	if !rec.Schema().Equal(schemas.Observations.Arrow()) {
		t.Fatalf("schema %v", rec.Schema())
	}
	col := func(name string) arrow.Array { return rec.Column(schemas.Observations.Index(name)) }
	if v := col("value").(*array.Float64); v.Value(0) != 1e8 || !v.IsNull(1) {
		t.Errorf("value column: %v", v)
	}
	if v := col("value_high").(*array.Float64); !v.IsNull(0) || v.Value(1) != 9e4 {
		t.Errorf("value_high column: %v", v)
	}
	if v := col("period_start").(*array.Date32); v.Value(0).ToTime().Format(time.DateOnly) != "2022-07-01" || !v.IsNull(1) {
		t.Errorf("period_start column: %v", v)
	}
	if v := col("published_at").(*array.Timestamp); v.Value(0) != arrow.Timestamp(time.Date(2024, 7, 17, 8, 30, 0, 0, time.UTC).UnixMicro()) {
		t.Errorf("published_at is not the UTC instant: %v", v.Value(0))
	}
	if v := col("retrieved_at"); !v.IsNull(0) {
		t.Error("unknown retrieved_at is not null")
	}
	if v := col("author"); !v.IsNull(0) {
		t.Error("unknown author is not null")
	}
	if v := col("source_type").(*array.String); v.Value(0) != "news" {
		t.Errorf("source_type %q", v.Value(0))
	}
	if v := col("char_start").(*array.Int64); v.Value(1) != 30 {
		t.Errorf("char_start %d", v.Value(1))
	}
	id := col("observation_id").(*array.String)
	if id.Value(0) != ObservationID("ab12", 10, 22, "payment_to_rwanda") || id.Value(0) == id.Value(1) || len(id.Value(0)) != 32 {
		t.Errorf("observation ids %q %q", id.Value(0), id.Value(1))
	}
}

func TestObservationIDStable(t *testing.T) {
	a := ObservationID("sha", 1, 5, "population")
	if a != ObservationID("sha", 1, 5, "population") {
		t.Error("id not stable")
	}
	for _, other := range []string{ObservationID("sha", 1, 6, "population"), ObservationID("sha", 1, 5, "births"), ObservationID("shb", 1, 5, "population"), ObservationID("sha", 15, 5, "population")} {
		if other == a {
			t.Error("different inputs gave the same id")
		}
	}
}

func TestSourcesBatch(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	b := NewSources(mem)
	defer b.Release()
	b.Add(&model.Document{SourceID: "a", Path: "a.txt", SHA256: "x", Bytes: 10}, 3)
	b.Add(&model.Document{SourceID: "b", Path: "b.txt", Bytes: 0, Err: errors.New("b.txt: empty file")}, 0)
	rec := b.NewBatch()
	defer rec.Release()
	status := rec.Column(schemas.Sources.Index("status")).(*array.String)
	errs := rec.Column(schemas.Sources.Index("error")).(*array.String)
	if status.Value(0) != "ok" || status.Value(1) != "rejected" || !errs.IsNull(0) || errs.Value(1) != "b.txt: empty file" {
		t.Errorf("status %v error %v", status, errs)
	}
	if st := rec.Column(schemas.Sources.Index("source_type")); !st.IsNull(1) {
		t.Error("a rejected document without a declared type got one")
	}
}

// AddDoc appends the rows AddID appends, column by column: every column,
// with values, nulls, official-table rows (no quote, no offsets) and a
// document without metadata.
func TestObservationsAddDoc(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	full := &model.Document{SourceID: "articles/x", Path: "articles/x.txt", SHA256: "ab12", SourceType: "official_release",
		URL: "https://example.org/x", Title: "X", Publisher: "Example News", Author: "A. Writer", License: "OGL-3.0",
		Published: time.Date(2024, 7, 17, 9, 30, 0, 0, time.FixedZone("BST", 3600)), Retrieved: time.Date(2024, 7, 18, 1, 2, 3, 4000, time.UTC)}
	bare := &model.Document{SourceID: "articles/y", Path: "articles/y.txt", SHA256: "cd34"}
	ms := []model.Mention{
		{Start: 10, End: 22, Quote: "over £100 million", Sentence: "It cost over £100 million.", Value: f(1e8), Low: f(1e8), Qualifier: "more_than",
			ValueText: "£100 million", Unit: "GBP", PerPeriod: "year", Measure: "payment_to_rwanda", Statistic: "level", Geography: "Rwanda",
			GeographyCode: "RW", PeriodLabel: "2022-23", PeriodStart: model.Day(2022, 7, 1), PeriodEnd: model.Day(2023, 6, 30),
			AttributedTo: "the Home Office", Extractor: "rules/1"},
		{Start: 30, End: 47, Quote: "tens of thousands", Sentence: "It cost over £100 million.", Low: f(2e4), High: f(9e4), Qualifier: "vague",
			Unit: "persons", Measure: "asylum_applications", Statistic: "level", Extractor: "rules/1"},
		{TableRow: "r7", Value: f(-0.5), Measure: "net_migration", Statistic: "change", Unit: "persons", Qualifier: "exact", Extractor: "table/1"},
	}
	run := Run{ID: "run1", PipelineVersion: "9.9.9"}
	one, all := NewObservations(mem, run), NewObservations(mem, run)
	defer one.Release()
	defer all.Release()
	for _, doc := range []*model.Document{full, bare} {
		ids := make([]string, len(ms))
		for i := range ms {
			ids[i] = IDOf(doc, &ms[i])
			one.AddID(doc, &ms[i], ids[i])
		}
		all.AddDoc(doc, ms, ids)
		all.AddDoc(doc, nil, nil)
	}
	if one.Len() != all.Len() {
		t.Fatalf("Len %d, want %d", all.Len(), one.Len())
	}
	want, got := one.NewBatch(), all.NewBatch()
	defer want.Release()
	defer got.Release()
	sameBytes(t, got, want)
}

// sameBytes reports each column of got that differs from want's in its
// values, null count, validity bitmap, or (for strings) offsets and bytes.
func sameBytes(t *testing.T, got, want arrow.RecordBatch) {
	t.Helper()
	for i := range int(want.NumCols()) {
		g, w := got.Column(i), want.Column(i)
		if !array.Equal(g, w) {
			t.Errorf("column %s: %v, want %v", want.ColumnName(i), g, w)
		}
		if g.NullN() != w.NullN() || !bytes.Equal(validity(g), validity(w)) {
			t.Errorf("column %s: %d nulls, bitmap %x; want %d, %x", want.ColumnName(i), g.NullN(), validity(g), w.NullN(), validity(w))
		}
		if gs, ok := g.(*array.String); ok {
			ws := w.(*array.String)
			if !slices.Equal(gs.ValueOffsets(), ws.ValueOffsets()) || !bytes.Equal(gs.ValueBytes(), ws.ValueBytes()) {
				t.Errorf("column %s: offsets %v bytes %q; want %v %q", want.ColumnName(i), gs.ValueOffsets(), gs.ValueBytes(), ws.ValueOffsets(), ws.ValueBytes())
			}
		}
	}
}

// validity is the validity bitmap of a's rows, nil for none.
func validity(a arrow.Array) []byte {
	if a.NullN() == 0 {
		return nil
	}
	out := make([]byte, (a.Len()+7)/8)
	for i := range a.Len() {
		if a.IsValid(i) {
			out[i/8] |= 1 << (i % 8)
		}
	}
	return out
}

// AddAll appends the rows Add appends, byte for byte: values, nulls and
// reference ids of none, one or several checks.
func TestChecksAddAll(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	chs := []model.Check{
		{ID: "c1", Kind: "official_comparison", ObservationID: "o1", Verdict: "no_reference", Reported: f(1100), Rule: "no official figure for returns (no place) in persons"},
		{ID: "c2", Kind: "official_comparison", ObservationID: "o2", ReferenceIDs: []string{"r1"}, Verdict: "consistent",
			Reported: f(685000), Reference: f(685000), Difference: f(0), RelativeDifference: f(0), Rule: "official 685,000"},
		{ID: "c3", Kind: "identity", ObservationID: "o3", ReferenceIDs: []string{"r1", "r2", "r3"}, Verdict: "inconsistent",
			Reported: f(-0.5), Reference: f(2e9), Difference: f(-2e9), Rule: "immigration − emigration = net migration (United Kingdom, 2023-01-01..2023-12-31)"},
		{ID: "c4", Kind: "", ObservationID: "", ReferenceIDs: []string{}, Verdict: "", Rule: ""},
	}
	one, all := NewChecks(mem), NewChecks(mem)
	defer one.Release()
	defer all.Release()
	for range 3 { // more than one document's checks in a batch
		for i := range chs {
			one.Add(&chs[i])
		}
		all.AddAll(chs)
		all.AddAll(nil)
	}
	if one.Len() != all.Len() {
		t.Fatalf("Len %d, want %d", all.Len(), one.Len())
	}
	want, got := one.NewBatch(), all.NewBatch()
	defer want.Release()
	defer got.Release()
	sameBytes(t, got, want)
}
