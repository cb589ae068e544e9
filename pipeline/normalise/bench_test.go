package normalise

import (
	"fmt"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/numtrail/numtrail/pipeline/model"
)

// BenchmarkObservationsAddDoc appends documents of 36 mentions, the
// generated corpus's average, in batches of 8192 rows as etl does.
func BenchmarkObservationsAddDoc(b *testing.B) {
	doc := &model.Document{SourceID: "articles/gen-000001", Path: "articles/gen-000001.txt", SHA256: "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12",
		SourceType: "news", URL: "https://news.example/the-daily-ledger/2025/06/03/rwanda-scheme-cost", Title: "Rwanda scheme cost £258 million",
		Publisher: "The Daily Ledger", Author: "Giles Mistry", License: "synthetic text",
		Published: time.Date(2025, 6, 3, 0, 0, 0, 0, time.UTC), Retrieved: time.Date(2025, 6, 10, 15, 28, 56, 0, time.UTC)}
	ms := make([]model.Mention, 36)
	ids := make([]string, len(ms))
	for i := range ms {
		ms[i] = model.Mention{Start: 10 * i, End: 10*i + 12, Quote: "over £100 million", Sentence: "The scheme has cost over £100 million so far, the Home Office said.",
			Value: f(1e8), Low: f(1e8), Qualifier: "more_than", ValueText: "£100 million", Unit: "GBP", Measure: "rwanda_scheme_cost", Statistic: "level",
			Geography: "Rwanda", GeographyCode: "RW", PeriodLabel: "so far", PeriodEnd: model.Day(2025, 6, 3), AttributedTo: "the Home Office", Extractor: "rules/1"}
		if i%3 == 0 {
			ms[i].Geography, ms[i].GeographyCode, ms[i].AttributedTo, ms[i].High = "", "", "", f(2e8)
		}
		ids[i] = fmt.Sprintf("%032x", i)
	}
	o := NewObservations(memory.DefaultAllocator, Run{ID: "0123456789abcdef", PipelineVersion: "0.3.0"})
	defer o.Release()
	b.ReportAllocs()
	for b.Loop() {
		o.AddDoc(doc, ms, ids)
		if o.Len() >= 8192 {
			o.NewBatch().Release()
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ms)), "ns/row")
}

// BenchmarkChecks appends a document's 36 checks (mostly no_reference, as
// in the generated corpus) one at a time with Add, and at once with AddAll.
func BenchmarkChecks(b *testing.B) {
	chs := make([]model.Check, 36)
	for i := range chs {
		chs[i] = model.Check{ID: fmt.Sprintf("%032x", i), Kind: "official_comparison", ObservationID: fmt.Sprintf("%032x", 1000+i),
			Verdict: "no_reference", Reported: f(1e8), Rule: "no official figure for rwanda_scheme_cost in Rwanda in GBP"}
	}
	for _, all := range []bool{false, true} {
		name := "Add"
		if all {
			name = "AddAll"
		}
		b.Run(name, func(b *testing.B) {
			c := NewChecks(memory.DefaultAllocator)
			defer c.Release()
			for b.Loop() {
				if all {
					c.AddAll(chs)
				} else {
					for i := range chs {
						c.Add(&chs[i])
					}
				}
				if c.Len() >= 8192 {
					c.NewBatch().Release()
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(chs)), "ns/row")
		})
	}
}
