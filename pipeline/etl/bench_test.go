package etl

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/numtrail/numtrail/pipeline/corpus"
	"github.com/numtrail/numtrail/pipeline/testutil"
)

// BenchmarkRun measures a whole run, source to Parquet and CSV: one op is
// Run over 2,000 generated articles (package corpus, seed 1, about 8.6 MB of
// text), written once to a temporary raw folder before the timer starts,
// into an output folder of its own, so that every op extracts every
// document (BenchmarkRunUnchanged measures a rerun that finds them all in
// the cache).
// MB/s counts the documents' text; docs/s, observations/s and the CPU time
// per op (cpu-s/op, all threads) are reported too. Workers is left at
// GOMAXPROCS, so under -cpu 1 the run has one extraction worker:
//
//	go test -run '^$' -bench BenchmarkRun -benchtime 1x -cpu 1 ./pipeline/etl/
//
// With NUMTRAIL_BENCH_RAW set to a raw folder (one cmd/gencorpus wrote,
// such as scripts/bench-run.sh's bench/corpus/N) it runs on that instead,
// for profiles of a run at scale:
//
//	NUMTRAIL_BENCH_RAW=$PWD/bench/corpus/10000 go test -run '^$' -bench BenchmarkRun -benchtime 1x -cpuprofile cpu.prof ./pipeline/etl/
func BenchmarkRun(b *testing.B) { benchRun(b, false) }

// BenchmarkRunUnchanged measures a rerun over documents unchanged since the
// run before it, which takes every document's extraction from the cache: one
// run, untimed, then the timed reruns into the same output folder.
//
//	go test -run '^$' -bench BenchmarkRunUnchanged -benchtime 3x ./pipeline/etl/
func BenchmarkRunUnchanged(b *testing.B) { benchRun(b, true) }

func benchRun(b *testing.B, unchanged bool) {
	raw, out := os.Getenv("NUMTRAIL_BENCH_RAW"), b.TempDir()
	var docs int
	var text int64
	if raw == "" {
		docs, raw = 2000, b.TempDir()
		g := corpus.New(1)
		if _, err := g.WriteRaw(raw, docs); err != nil {
			b.Fatal(err)
		}
		for i := range docs {
			text += int64(len(g.Doc(i).Text))
		}
	} else {
		err := filepath.WalkDir(raw, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || filepath.Ext(path) != ".txt" {
				return err
			}
			info, err := d.Info()
			if err == nil {
				docs++
				text += info.Size()
			}
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	if unchanged {
		if _, err := Run(context.Background(), Config{Raw: raw, Out: out}); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(text)
	b.ReportAllocs()
	var sum Summary
	ops := 0
	cpu0 := testutil.CPUTime(b)
	for b.Loop() {
		dst := out
		if !unchanged {
			dst = filepath.Join(out, strconv.Itoa(ops)) // nothing to reuse
		}
		var err error
		sum, err = Run(context.Background(), Config{Raw: raw, Out: dst})
		if err != nil {
			b.Fatal(err)
		}
		ops++
	}
	if sum.Documents != docs || sum.Rejected != 0 {
		b.Fatalf("run read %d documents, rejected %d; want %d, 0", sum.Documents, sum.Rejected, docs)
	}
	want := 0
	if unchanged {
		want = docs
	}
	if sum.Skipped != want {
		b.Fatalf("run skipped %d documents as unchanged, want %d", sum.Skipped, want)
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(docs*ops)/secs, "docs/s")
	b.ReportMetric(float64(sum.Observations*int64(ops))/secs, "obs/s")
	// CPU time of the process (all threads) per op: steadier than the wall
	// clock on a machine shared with other work
	b.ReportMetric((testutil.CPUTime(b)-cpu0).Seconds()/float64(ops), "cpu-s/op")
}
