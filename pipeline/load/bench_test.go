package load

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"

	"github.com/numtrail/numtrail/pipeline/corpus"
	"github.com/numtrail/numtrail/pipeline/model"
	"github.com/numtrail/numtrail/pipeline/normalise"
	"github.com/numtrail/numtrail/pipeline/testutil"
	"github.com/numtrail/numtrail/schemas"
)

const (
	benchRows      = 1_000_000
	benchBatchRows = 8192 // as etl.Run batches them
)

// benchBatches are benchRows observation rows in batches of benchBatchRows,
// built once per test binary by normalise from synthetic mentions: the
// figures of generated articles (package corpus, seed 1), with their
// documents' provenance, their paragraphs as sentences, and values, bounds
// and qualifiers as the extractor would set them.
var benchBatches = sync.OnceValue(func() []arrow.RecordBatch {
	run := normalise.Run{ID: "0123456789abcdef", PipelineVersion: "0.1.0-bench"}
	obs := normalise.NewObservations(memory.DefaultAllocator, run)
	defer obs.Release()
	g := corpus.New(1)
	var batches []arrow.RecordBatch
	rows := 0
	for i := 0; rows < benchRows; i++ {
		d := g.Doc(i)
		doc := benchDocument(&d)
		// byte offset of each code point, to cut out the paragraph of a figure
		offs := make([]int, 0, len(d.Text)+1)
		for k := range d.Text {
			offs = append(offs, k)
		}
		offs = append(offs, len(d.Text))
		for _, f := range d.Figures {
			if rows == benchRows {
				break
			}
			a, e := offs[f.Start], offs[f.End()]
			p0 := strings.LastIndex(d.Text[:a], "\n") + 1
			p1 := e + max(0, strings.Index(d.Text[e:], "\n"))
			m := model.Mention{
				Start: f.Start, End: f.End(), Quote: f.Quote, Sentence: d.Text[p0:p1],
				Value: ptr(f.Value), Qualifier: f.Qualifier, ValueText: f.Quote,
				Unit: f.Unit, Measure: f.Measure, Statistic: f.Statistic,
				Geography: "United Kingdom", GeographyCode: "K02000001",
				Extractor: "numtrail-rules/1",
			}
			switch f.Qualifier {
			case "exact":
				m.Low, m.High = ptr(f.Value), ptr(f.Value)
			case "more_than", "at_least":
				m.Low = ptr(f.Value)
			default:
				m.High = ptr(f.Value)
			}
			if rows%3 == 0 {
				y := d.Published.Year() - 1
				m.PeriodLabel = "last year"
				m.PeriodStart, m.PeriodEnd = model.Day(y, time.January, 1), model.Day(y, time.December, 31)
			}
			if f.Where == "speech" {
				m.AttributedTo = "Harriet Quayle"
			}
			obs.Add(doc, &m)
			rows++
			if obs.Len() == benchBatchRows {
				batches = append(batches, obs.NewBatch())
			}
		}
	}
	if obs.Len() > 0 {
		batches = append(batches, obs.NewBatch())
	}
	return batches
})

func benchDocument(d *corpus.Doc) *model.Document {
	sum := sha256.Sum256([]byte(d.Text))
	retrieved, _ := time.Parse(time.RFC3339, d.Meta.Retrieved)
	return &model.Document{
		SourceID: d.Name, Path: d.Name + ".txt", SourceType: d.Meta.SourceType, MediaType: "text/plain",
		URL: d.Meta.URL, Title: d.Meta.Title, Publisher: d.Meta.Publisher, Author: d.Meta.Author,
		License: d.Meta.License, Published: d.Published, Retrieved: retrieved,
		SHA256: hex.EncodeToString(sum[:]), Bytes: int64(len(d.Text)), Text: d.Text,
	}
}

func ptr(v float64) *float64 { return &v }

// BenchmarkParquetWrite measures the table writer: one op writes 1,000,000
// observation rows, in batches of 8192 built beforehand, into a temporary
// folder, and closes the files, fsync included. Its sub-benchmarks write
//
//   - parquet: the Parquet file alone (columns encoded on GOMAXPROCS
//     goroutines, so -cpu 1 and -cpu 2 differ);
//   - csv: the CSV file alone;
//   - both: both files through a TableWriter, as a run writes them (each file
//     on its own goroutine).
//
// rows/s is reported, MB/s counts the bytes written and parquet-B/row the
// size of the Parquet file:
//
//	go test -run '^$' -bench BenchmarkParquetWrite -benchtime 2x -cpu 1,2 ./pipeline/load/
//
// cpu-ms/op is the CPU time the process spent per op, on all threads.
func BenchmarkParquetWrite(b *testing.B) {
	batches := benchBatches()
	var rows int64
	for _, rec := range batches {
		rows += rec.NumRows()
	}
	meta := Meta{PipelineVersion: "0.1.0-bench", RunID: "0123456789abcdef"}
	tbl := schemas.Observations
	schema := parquetSchema(tbl, meta)
	var cpu0 time.Duration
	start := func(b *testing.B) {
		b.Helper()
		cpu0 = testutil.CPUTime(b)
	}
	report := func(b *testing.B, dir string, ops int, files ...string) {
		// CPU time of the process (all threads) per op: steadier than the
		// wall clock on a machine shared with other work
		b.ReportMetric(float64((testutil.CPUTime(b)-cpu0).Milliseconds())/float64(ops), "cpu-ms/op")
		var written int64
		for _, f := range files {
			written += fileSize(b, dir, f)
		}
		b.SetBytes(written)
		b.ReportMetric(float64(rows*int64(ops))/b.Elapsed().Seconds(), "rows/s")
		if files[0] == "observations.parquet" {
			b.ReportMetric(float64(fileSize(b, dir, files[0]))/float64(rows), "parquet-B/row")
		}
	}
	b.Run("parquet", func(b *testing.B) {
		dir := b.TempDir()
		b.ReportAllocs()
		ops := 0
		start(b)
		for b.Loop() {
			sink, err := createSink(filepath.Join(dir, "observations.parquet"))
			if err != nil {
				b.Fatal(err)
			}
			w, err := newParquetWriter(tbl, schema, sink, meta, 0)
			if err != nil {
				b.Fatal(err)
			}
			for _, rec := range batches {
				r := array.NewRecordBatch(schema, rec.Columns(), rec.NumRows())
				if err := w.Write(r); err != nil {
					b.Fatal(err)
				}
				r.Release()
			}
			if err := w.Close(); err != nil {
				b.Fatal(err)
			}
			ops++
		}
		report(b, dir, ops, "observations.parquet")
	})
	b.Run("csv", func(b *testing.B) {
		dir := b.TempDir()
		b.ReportAllocs()
		ops := 0
		start(b)
		for b.Loop() {
			sink, err := createSink(filepath.Join(dir, "observations.csv"))
			if err != nil {
				b.Fatal(err)
			}
			w, err := newCSVWriter(sink.bw, schema)
			if err != nil {
				b.Fatal(err)
			}
			for _, rec := range batches {
				if err := w.Write(rec); err != nil {
					b.Fatal(err)
				}
			}
			if err := w.flush(); err != nil {
				b.Fatal(err)
			}
			if err := sink.Close(); err != nil {
				b.Fatal(err)
			}
			ops++
		}
		report(b, dir, ops, "observations.csv")
	})
	b.Run("both", func(b *testing.B) {
		dir := b.TempDir()
		b.ReportAllocs()
		ops := 0
		start(b)
		for b.Loop() {
			w, err := NewTableWriter(dir, tbl, meta)
			if err != nil {
				b.Fatal(err)
			}
			for _, rec := range batches {
				if err := w.Write(rec); err != nil {
					b.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				b.Fatal(err)
			}
			ops++
		}
		report(b, dir, ops, "observations.parquet", "observations.csv")
	})
}

func fileSize(b *testing.B, dir, name string) int64 {
	fi, err := os.Stat(filepath.Join(dir, name))
	if err != nil {
		b.Fatal(err)
	}
	return fi.Size()
}

// BenchmarkCSVChunk measures the CSV formatting alone (into io.Discard) of
// 40 batches of observations for several values of csvChunkRows, the rows
// arrow/csv is given at once:
//
//	go test -run '^$' -bench BenchmarkCSVChunk -benchtime 4x -count 8 ./pipeline/load/
func BenchmarkCSVChunk(b *testing.B) {
	batches := benchBatches()
	meta := Meta{PipelineVersion: "0.1.0-bench", RunID: "0123456789abcdef"}
	schema := parquetSchema(schemas.Observations, meta)
	for _, chunk := range []int64{8192, 2048, 1024, 512, 256, 128} {
		b.Run(strconv.FormatInt(chunk, 10), func(b *testing.B) {
			old := csvChunkRows
			csvChunkRows = chunk
			defer func() { csvChunkRows = old }()
			cpu0 := testutil.CPUTime(b)
			for b.Loop() {
				w, err := newCSVWriter(io.Discard, schema)
				if err != nil {
					b.Fatal(err)
				}
				for _, rec := range batches[:40] {
					if err := w.Write(rec); err != nil {
						b.Fatal(err)
					}
				}
				w.flush()
			}
			b.ReportMetric(float64((testutil.CPUTime(b)-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}
