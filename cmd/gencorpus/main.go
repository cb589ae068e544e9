// Command gencorpus writes a synthetic raw folder of news articles about UK
// migration, made by package corpus, for load tests and benchmarks of the
// pipeline:
//
//	go run ./cmd/gencorpus -n 10000 -seed 1 -out /tmp/raw
//
// writes /tmp/raw/articles/gen-000000.txt with its sidecar
// gen-000000.meta.json, and so on, which `etl run --raw /tmp/raw` reads;
// with -html, each article is a news site's page, gen-000000.html.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/numtrail/numtrail/pipeline/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of documents")
	seed := flag.Int64("seed", 1, "generator seed; equal seeds give equal documents")
	out := flag.String("out", "", "raw folder to write into (created if missing)")
	asHTML := flag.Bool("html", false, "write each article as a news site's page (.html) instead of text")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: gencorpus [-n N] [-seed S] [-html] -out DIR\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *out == "" || flag.NArg() > 0 || *n < 0 {
		flag.Usage()
		os.Exit(2)
	}
	began := time.Now()
	write := corpus.New(*seed).WriteRaw
	if *asHTML {
		write = corpus.New(*seed).WriteRawHTML
	}
	bytes, err := write(*out, *n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d documents, %d bytes (documents and sidecars) to %s in %s\n",
		*n, bytes, *out, time.Since(began).Round(time.Millisecond))
}
