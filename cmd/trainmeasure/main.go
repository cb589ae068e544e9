// Command trainmeasure learns the extractor's measure model from labelled
// sets of articles and writes its weights, the embedded data file
// schemas/lexicon/measure_model.tsv:
//
//	go run ./cmd/trainmeasure -o schemas/lexicon/measure_model.tsv testdata/holdout testdata/holdout2 …
//
// (`just train-measure` names the sets the committed model was learnt
// from). Each set is a folder of articles/NAME.txt with NAME.meta.json
// (its published_date) and gold/NAME.jsonl, one labelled figure a line
// (start in code points, quote, unit, measure), as under testdata. The
// extractor reads each article with its rules alone; each figure it finds
// that a label overlaps (the label that overlaps it most, one to one, as
// the evaluation matches them) is a case to learn from, with the label's
// measure in the vocabulary of the data contract as the answer. The same
// sets, in the same order, give the same file.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/numtrail/numtrail/pipeline/extract"
	"github.com/numtrail/numtrail/schemas"
)

// epochs is how many passes the perceptron makes over the cases.
const epochs = 8

func main() {
	out := flag.String("o", "", "file to write the model to (standard output if empty)")
	labels := flag.Bool("labels", false, "print each label's measure in the vocabulary, with counts, instead of training")
	margin := flag.Float64("margin", 10, "how much more than the rules' choice another measure must score to be chosen")
	cv := flag.Int("cv", 0, "instead of training, cross-validate over this many folds of the sets, at several margins")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: trainmeasure [-o FILE] [-margin M] [-labels] [-cv K] SET...\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Args(), *out, *margin, *labels, *cv); err != nil {
		fmt.Fprintln(os.Stderr, "trainmeasure:", err)
		os.Exit(1)
	}
}

func run(sets []string, out string, margin float64, labels bool, cv int) error {
	switch {
	case labels:
		return printLabels(sets)
	case cv > 1:
		return crossValidate(sets, cv, []float64{0, 2, 4, 6, 8, 10, 12, 16})
	}
	b, n, err := train(sets, margin)
	if err != nil {
		return err
	}
	if out == "" {
		_, err := os.Stdout.Write(b)
		return err
	}
	if err := writeFile(out, b); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "trainmeasure: %d cases from %d sets; wrote %s (%d bytes)\n", n, len(sets), out, len(b))
	return nil
}

// writeFile replaces path with b through a temporary file, so that a failed
// write leaves the old model.
func writeFile(path string, b []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".measure_model-*")
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		os.Remove(f.Name())
		return err
	}
	return os.Rename(f.Name(), path)
}

// label is one labelled figure of a gold file.
type label struct {
	Start   int    `json:"start"`
	Quote   string `json:"quote"`
	Unit    string `json:"unit"`
	Measure string `json:"measure"`
}

// article is one labelled article of a set.
type article struct {
	text      string
	published time.Time
	labels    []label
}

// readSet reads a set's articles, in the order of their names.
func readSet(dir string) ([]article, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "articles", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no articles/*.txt", dir)
	}
	sort.Strings(paths)
	var arts []article
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		a := article{text: string(text)}
		stem := strings.TrimSuffix(p, ".txt")
		var meta struct {
			Published string `json:"published_date"`
		}
		if b, err := os.ReadFile(stem + ".meta.json"); err == nil { // (no sidecar: no date, as for the pipeline)
			if err := json.Unmarshal(b, &meta); err != nil {
				return nil, fmt.Errorf("%s.meta.json: %w", stem, err)
			}
		}
		if meta.Published != "" {
			if a.published, err = time.Parse(time.DateOnly, meta.Published); err != nil {
				if a.published, err = time.Parse(time.RFC3339, meta.Published); err != nil {
					return nil, fmt.Errorf("%s.meta.json: published_date %q is neither a date nor an RFC 3339 time", stem, meta.Published)
				}
			}
		}
		if a.labels, err = readGold(filepath.Join(dir, "gold", filepath.Base(stem)+".jsonl")); err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	return arts, nil
}

// readGold reads a gold file: a label a line.
func readGold(path string) ([]label, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var labels []label
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var l label
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		labels = append(labels, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return labels, nil
}

// match pairs labels with examples one to one, largest overlap of their
// code points first (on equal overlaps, the later label, then the later
// example), as the evaluation does; it returns, for each example, the index
// of its label or -1.
func match(labels []label, exs []extract.Example) []int {
	type pair struct{ ov, l, e int }
	var pairs []pair
	for li, l := range labels {
		ls, le := l.Start, l.Start+len([]rune(l.Quote))
		for ei, e := range exs {
			if ov := min(le, e.End) - max(ls, e.Start); ov > 0 {
				pairs = append(pairs, pair{ov, li, ei})
			}
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		a, b := pairs[i], pairs[j]
		if a.ov != b.ov {
			return a.ov > b.ov
		}
		if a.l != b.l {
			return a.l > b.l
		}
		return a.e > b.e
	})
	of := make([]int, len(exs))
	for i := range of {
		of[i] = -1
	}
	used := map[int]bool{}
	for _, p := range pairs {
		if used[p.l] || of[p.e] >= 0 {
			continue
		}
		used[p.l], of[p.e] = true, p.l
	}
	return of
}

// aliases name the vocabulary's measure of labels finer than it, or named
// otherwise: a label that is one of these or starts with one and "_".
var aliases = map[string]string{
	"population_growth":                    "population_change",
	"population_natural_change":            "natural_change",
	"small_boat_occupancy":                 "small_boat_arrivals",
	"small_boat_count":                     "small_boats",
	"rwanda_scheme_planned_cost":           "rwanda_scheme_cost",
	"inadequately_documented_air_arrivals": "irregular_arrivals",
	"immigration_detentions_rwanda":        "other",
	// shares of the irregular routes are of irregular arrivals
	"small_boat_share":            "irregular_arrivals",
	"air_arrivals_share":          "irregular_arrivals",
	"in_country_detections_share": "irregular_arrivals",
	"port_detections_share":       "irregular_arrivals",
}

// target returns the measure of the vocabulary a label's measure stands
// for: the label itself ("population_change"), or the measure it breaks
// down ("immigration_work" is immigration; "net_migration_revision" and
// "asylum_cost_change" are changes of net migration and of the cost), or
// other.
func target(m string, vocab map[string]bool) string {
	best := ""
	for a := range aliases {
		if (m == a || strings.HasPrefix(m, a+"_")) && len(a) > len(best) {
			best = a
		}
	}
	if best != "" {
		return aliases[best]
	}
	if vocab[m] {
		return m
	}
	for _, suf := range []string{"_change", "_revision", "_ratio"} {
		if s, ok := strings.CutSuffix(m, suf); ok && s != m {
			if t := target(s, vocab); t != "other" || vocab[s] {
				return t
			}
		}
	}
	for v := range vocab {
		if strings.HasPrefix(m, v+"_") && len(v) > len(best) {
			best = v
		}
	}
	if best != "" {
		return best
	}
	return "other"
}

func vocabulary() ([]string, map[string]bool, error) {
	ms, err := schemas.Measures()
	if err != nil {
		return nil, nil, err
	}
	names := make([]string, len(ms))
	vocab := map[string]bool{}
	for i, m := range ms {
		names[i] = m.Name
		vocab[m.Name] = true
	}
	return names, vocab, nil
}

// gather reads the sets and returns the cases to learn from, their
// answers, and the set each came from.
func gather(sets []string) (exs []extract.Example, targets []string, from []int, err error) {
	_, vocab, err := vocabulary()
	if err != nil {
		return nil, nil, nil, err
	}
	parentOf, err := changeMeasures()
	if err != nil {
		return nil, nil, nil, err
	}
	x, err := extract.New(extract.WithoutMeasureModel())
	if err != nil {
		return nil, nil, nil, err
	}
	for si, dir := range sets {
		arts, err := readSet(dir)
		if err != nil {
			return nil, nil, nil, err
		}
		for _, a := range arts {
			es := x.Examples(a.text, a.published)
			for ei, li := range match(a.labels, es) {
				if li >= 0 {
					exs = append(exs, es[ei])
					t := target(a.labels[li].Measure, vocab)
					if p, ok := parentOf[t]; ok && a.labels[li].Unit == "percent" {
						// "grew by 0.6%": a percent change of the population,
						// as the extractor gives it (see modelAllows)
						t = p
					}
					targets = append(targets, t)
					from = append(from, si)
				}
			}
		}
	}
	return exs, targets, from, nil
}

// changeMeasures maps each change measure of the vocabulary to the measure
// it is the change of ("population_change" to "population").
func changeMeasures() (map[string]string, error) {
	ms, err := schemas.Measures()
	if err != nil {
		return nil, err
	}
	parent := map[string]string{}
	for _, m := range ms {
		if m.ChangeMeasure != "" {
			parent[m.ChangeMeasure] = m.Name
		}
	}
	return parent, nil
}

// train learns the model from the sets and returns its file and the number
// of cases.
func train(sets []string, margin float64) ([]byte, int, error) {
	classes, _, err := vocabulary()
	if err != nil {
		return nil, 0, err
	}
	exs, targets, _, err := gather(sets)
	if err != nil {
		return nil, 0, err
	}
	header := fmt.Sprintf("The extractor's measure model: an averaged perceptron (pipeline/extract/learn.go).\n"+
		"Written by cmd/trainmeasure; do not edit. %d cases, %d passes.\nepochs: %d\nsets: %s\n",
		len(exs), epochs, epochs, strings.Join(sets, " "))
	b, err := extract.TrainMeasureModel(classes, exs, targets, epochs, margin, header)
	return b, len(exs), err
}

// crossValidate learns k models, each from all the sets but every k-th,
// and prints how often the rules and the model (at each margin) give the
// answer on the sets left out.
func crossValidate(sets []string, k int, margins []float64) error {
	classes, _, err := vocabulary()
	if err != nil {
		return err
	}
	exs, targets, from, err := gather(sets)
	if err != nil {
		return err
	}
	rules := 0
	right := make([]int, len(margins))
	fixed := make([]int, len(margins))
	broke := make([]int, len(margins))
	for f := range k {
		var trEx, teEx []extract.Example
		var trT, teT []string
		for i := range exs {
			if from[i]%k == f {
				teEx, teT = append(teEx, exs[i]), append(teT, targets[i])
			} else {
				trEx, trT = append(trEx, exs[i]), append(trT, targets[i])
			}
		}
		b, err := extract.TrainMeasureModel(classes, trEx, trT, epochs, 0, "")
		if err != nil {
			return err
		}
		for mi, mg := range margins {
			got, err := extract.PredictMeasures(b, teEx, float32(mg))
			if err != nil {
				return err
			}
			for i, g := range got {
				ok, rok := g == teT[i], teEx[i].Rule == teT[i]
				if ok {
					right[mi]++
				}
				if ok && !rok {
					fixed[mi]++
				}
				if rok && !ok {
					broke[mi]++
				}
			}
		}
		for i := range teEx {
			if teEx[i].Rule == teT[i] {
				rules++
			}
		}
	}
	n := float64(len(exs))
	fmt.Printf("%d cases, %d folds by set; the rules: %.4f\n", len(exs), k, float64(rules)/n)
	for mi, mg := range margins {
		fmt.Printf("margin %-5g model %.4f (fixes %d, breaks %d)\n", mg, float64(right[mi])/n, fixed[mi], broke[mi])
	}
	return nil
}

// printLabels prints each measure label of the sets' gold files with the
// vocabulary's measure it stands for and its count.
func printLabels(sets []string) error {
	_, vocab, err := vocabulary()
	if err != nil {
		return err
	}
	counts := map[string]int{}
	for _, dir := range sets {
		arts, err := readSet(dir)
		if err != nil {
			return err
		}
		for _, a := range arts {
			for _, l := range a.labels {
				counts[l.Measure]++
			}
		}
	}
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%6d  %-50s %s\n", counts[n], n, target(n, vocab))
	}
	return nil
}
