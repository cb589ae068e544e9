package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/numtrail/numtrail/pipeline/corpus"
	"github.com/numtrail/numtrail/pipeline/extract"
)

// benchCorpusBytes is the size of the corpus BenchmarkExtract reads.
const benchCorpusBytes = 50 << 20

// benchDocs is the generated corpus, made once per test binary.
var benchDocs = sync.OnceValues(func() ([]corpus.Doc, int64) {
	docs := corpus.New(1).Docs(benchCorpusBytes)
	var n int64
	for i := range docs {
		n += int64(len(docs[i].Text))
		docs[i].Figures, docs[i].Distractors = nil, nil // only the text is needed
	}
	return docs, n
})

// BenchmarkExtract measures extraction throughput on one core: one pass of
// Extract over every document of a generated corpus of at least 50 MB
// (about 12,000 news articles of 1-8 KB each, package corpus, seed 1), each
// with its published date. It reports MB/s of text and docs/s.
//
// It is meant to be run with -cpu 1 (GOMAXPROCS=1), so that the garbage
// collector's background work competes with extraction as it does for each
// worker of a loaded pipeline, and the figure is per core:
//
//	go test -run '^$' -bench BenchmarkExtract -benchtime 1x -cpu 1 ./pipeline/extract/
//
// `just bench` runs it that way.
func BenchmarkExtract(b *testing.B) {
	docs, size := benchDocs()
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	mentions, passes := 0, 0
	for b.Loop() {
		mentions = 0
		for i := range docs {
			mentions += len(x.Extract(docs[i].Text, docs[i].Published))
		}
		passes++
	}
	b.ReportMetric(float64(len(docs)*passes)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(mentions)/float64(len(docs)), "mentions/doc")
}

// BenchmarkExtractArticles measures throughput on real-looking copy: the
// seed article in raw/ and the hand-written articles of testdata/holdout,
// repeated to 50 MB. They hold about two to eight statistics per kilobyte,
// fewer than the generated corpus, so this is the figure for typical news.
//
//	go test -run '^$' -bench BenchmarkExtractArticles -benchtime 1x -cpu 1 ./pipeline/extract/
func BenchmarkExtractArticles(b *testing.B) {
	paths, _ := filepath.Glob("../../testdata/holdout/articles/*.txt")
	paths = append(paths, "../../raw/articles/express-2024-07-17-kings-speech.txt")
	var texts []string
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	if len(texts) < 2 {
		b.Skip("no articles")
	}
	var docs []string
	size := int64(0)
	for size < benchCorpusBytes {
		for _, t := range texts {
			docs = append(docs, t)
			size += int64(len(t))
		}
	}
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	pub := time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC)
	b.SetBytes(size)
	b.ReportAllocs()
	mentions := 0
	for b.Loop() {
		mentions = 0
		for _, t := range docs {
			mentions += len(x.Extract(t, pub))
		}
	}
	b.ReportMetric(float64(mentions)/float64(size)*1024, "mentions/KB")
}

// BenchmarkExtractOneSentence measures a pathological document: the seed
// article with every full stop, colon and line break taken out, so that
// 64 KB of text is one sentence with 130 figures and their cues. The time
// per byte must not grow with the sentence: the classifier weighs each
// figure against the cues of its sentence, and a cue more than maxCueDist
// words away is not weighed (before that bound, one such document took
// 1.1 s, eight times as long for twice the text; with it, about 8 ms, a
// third of the speed of ordinary text).
//
//	go test -run '^$' -bench BenchmarkExtractOneSentence -cpu 1 ./pipeline/extract/
func BenchmarkExtractOneSentence(b *testing.B) {
	t, err := os.ReadFile("../../raw/articles/express-2024-07-17-kings-speech.txt")
	if err != nil {
		b.Fatal(err)
	}
	one := strings.NewReplacer(".", " ", "\n", " ", "?", " ", "!", " ", ";", " ", ":", " ").Replace(string(t))
	text := strings.Repeat(one, 64<<10/len(one)+1)[:64<<10]
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		x.Extract(text, time.Time{})
	}
}
