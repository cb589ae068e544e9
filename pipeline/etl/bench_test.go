package etl

import (
	"context"
	"testing"

	"github.com/numtrail/numtrail/pipeline/corpus"
)

// BenchmarkRun measures a whole run, source to Parquet and CSV: one op is
// Run over 2,000 generated articles (package corpus, seed 1, about 8.6 MB of
// text), written once to a temporary raw folder before the timer starts.
// MB/s counts the documents' text; docs/s and observations/s are reported
// too. Workers is left at GOMAXPROCS, so under -cpu 1 the run has one
// extraction worker:
//
//	go test -run '^$' -bench BenchmarkRun -benchtime 1x -cpu 1 ./pipeline/etl/
func BenchmarkRun(b *testing.B) {
	const docs = 2000
	raw, out := b.TempDir(), b.TempDir()
	g := corpus.New(1)
	if _, err := g.WriteRaw(raw, docs); err != nil {
		b.Fatal(err)
	}
	var text int64
	for i := range docs {
		text += int64(len(g.Doc(i).Text))
	}
	b.SetBytes(text)
	b.ReportAllocs()
	var sum Summary
	ops := 0
	for b.Loop() {
		var err error
		sum, err = Run(context.Background(), Config{Raw: raw, Out: out})
		if err != nil {
			b.Fatal(err)
		}
		ops++
	}
	if sum.Documents != docs || sum.Rejected != 0 {
		b.Fatalf("run read %d documents, rejected %d; want %d, 0", sum.Documents, sum.Rejected, docs)
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(docs*ops)/secs, "docs/s")
	b.ReportMetric(float64(sum.Observations*int64(ops))/secs, "obs/s")
}
