// Package etl wires the stages together: source → extract → normalise →
// load. It is the only package that imports the stages; each stage knows
// nothing of the others.
package etl

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/numtrail/numtrail/pipeline/check"
	"github.com/numtrail/numtrail/pipeline/extract"
	"github.com/numtrail/numtrail/pipeline/load"
	"github.com/numtrail/numtrail/pipeline/model"
	"github.com/numtrail/numtrail/pipeline/normalise"
	"github.com/numtrail/numtrail/pipeline/source"
)

// Version is the pipeline's version; it is written into every row.
const Version = "0.3.0"

// ErrRejected reports a run that finished and published its dataset, but
// rejected some documents.
var ErrRejected = errors.New("some documents were rejected")

// ErrStrict reports a run with Config.Strict that rejected documents: it
// published nothing.
var ErrStrict = errors.New("documents were rejected and --strict is set: nothing published")

// Config says what a run reads and where it writes.
type Config struct {
	Raw         string // raw root
	Out         string // output folder
	Workers     int    // documents extracted at once; 0 means GOMAXPROCS
	MaxDocBytes int64  // larger documents are rejected; 0 means the source default
	MaxFigures  int    // documents with more figures are rejected; 0 means DefaultMaxFigures
	BatchRows   int    // rows per record batch; 0 means 8192
	KeepRuns    int    // complete runs kept under out/runs, the current one included; 0 means 3
	Force       bool   // extract every document again, taking nothing from out/cache
	Strict      bool   // a rejected document fails the run, and nothing is published
	// PartitionBy, when set (one of PartitionKeys), writes each table as a
	// folder of Hive-style partitions, <table>/<key>=<value>/part-*.parquet
	// and .csv: see layout.
	PartitionBy string
	// Shards, when set, makes the run one of Shards: it processes only the
	// documents whose ShardOf is Shard (0-based), and writes its own parts
	// and descriptor (datapackage-shard-<Shard>-of-<Shards>.json). The
	// official tables are read by every shard, for the checks, and their
	// rows are written by shard 0 only.
	Shard, Shards int
	Logger        *slog.Logger
	// Progress, when set, is called after each document with the number of
	// documents done and their total, from one goroutine at a time.
	Progress func(done, total int)
}

// Summary is what a run did.
type Summary struct {
	RunID        string
	Documents    int // documents read, rejected and skipped ones included
	Tables       int // official tables read, rejected ones included
	Rejected     int // documents and tables rejected
	Skipped      int // unchanged documents whose extraction came from the cache
	Observations int64
	Checks       int64
	Verdicts     map[string]int // checks by verdict
	Duration     time.Duration
}

// VerdictLine sums up the checks by verdict: "3 consistent, 1 inconsistent".
func (s Summary) VerdictLine() string {
	var parts []string
	for _, v := range []string{"consistent", "inconsistent", "ambiguous", "no_reference"} {
		if n := s.Verdicts[v]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, v))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

// result is one source after extraction.
type result struct {
	entry    source.Entry
	doc      *model.Document
	mentions []model.Mention
	key      string // cache key; "" when not cached
	rec      []byte // cache record of doc and mentions, for this run's pack; nil for none
	recMade  bool   // rec was made by encode (newRecord), not read from the cache
	cached   bool   // doc and mentions came from the cache
	cacheErr error  // looking up the cache, when not cached
	saveErr  error  // encoding for the cache

	// what the rows need besides doc and mentions, worked out by the
	// worker (see derive); nil until then
	ids    []string      // observation id of each mention
	checks []model.Check // the checks of the source
}

// Run builds the dataset from cfg.Raw into cfg.Out. The files are written
// into a staging folder inside cfg.Out and moved into place only when every
// one of them is complete, so a failed run leaves the previous dataset as it
// was. When documents were rejected the dataset is still published and the
// error wraps ErrRejected (with cfg.Strict nothing is published, and the
// error wraps ErrStrict).
//
// A run holds a lock on cfg.Out from start to end: a second run into the
// same folder fails at once with ErrLocked, having changed nothing. A
// document whose extraction an earlier run left in cfg.Out/cache is not
// read again (see CacheDir), unless cfg.Force is set; the dataset is the
// same either way. A cancelled ctx stops the run, publishing nothing.
func Run(ctx context.Context, cfg Config) (sum Summary, err error) {
	began := time.Now()
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.BatchRows <= 0 {
		cfg.BatchRows = 8192
	}
	if cfg.KeepRuns <= 0 {
		cfg.KeepRuns = 3
	}
	sum = Summary{Verdicts: map[string]int{}}
	lay := layout{partitionBy: cfg.PartitionBy, shard: cfg.Shard, shards: cfg.Shards}
	if lay.partitionBy != "" && !slices.Contains(PartitionKeys, lay.partitionBy) {
		return sum, fmt.Errorf("cannot partition by %q: the keys are %s", lay.partitionBy, strings.Join(PartitionKeys, ", "))
	}
	if lay.shards < 0 || lay.shards > 0 && (lay.shard < 0 || lay.shard >= lay.shards) || lay.shards == 0 && lay.shard != 0 {
		return sum, fmt.Errorf("shard %d of %d: want 0 <= shard < shards", lay.shard, lay.shards)
	}
	// One summary line per run, whatever the outcome.
	defer func() {
		if err == nil || errors.Is(err, ErrRejected) {
			return
		}
		sum.Duration = time.Since(began)
		log.Error("run failed", "error", err, "documents", sum.Documents, "rejected", sum.Rejected, "skipped", sum.Skipped,
			"official_tables", sum.Tables, "observations", sum.Observations, "checks", sum.Checks,
			"duration", sum.Duration.Round(time.Millisecond).String(), "out", cfg.Out)
	}()

	if st, err := os.Stat(cfg.Raw); err != nil {
		return sum, fmt.Errorf("raw folder: %w", err)
	} else if !st.IsDir() {
		return sum, fmt.Errorf("raw folder %s: not a directory", cfg.Raw)
	}
	if err := os.MkdirAll(cfg.Out, 0o755); err != nil {
		return sum, fmt.Errorf("output folder: %w", err)
	}
	lock, err := lockOut(cfg.Out)
	if err != nil {
		return sum, err
	}
	defer lock.release()
	calendar, calendarBytes, err := source.ReadCalendar(cfg.Raw)
	if err != nil {
		return sum, fmt.Errorf("raw folder %s: %w", cfg.Raw, err)
	}
	x, err := extract.New(extract.WithNamedPeriods(calendar))
	if err != nil {
		return sum, fmt.Errorf("extractor: %w", err)
	}
	opt := source.Options{MaxDocBytes: cfg.MaxDocBytes}
	entries, err := source.Scan(ctx, cfg.Raw, opt)
	if err != nil {
		return sum, fmt.Errorf("scan %s: %w", cfg.Raw, err)
	}
	if len(entries) == 0 {
		// (an unmounted share, a wrong --raw: a run would publish an
		// empty dataset over the last good one)
		return sum, fmt.Errorf("raw folder %s holds no documents (.txt, .md, .html) and no official tables: nothing to publish, the last dataset is left as it was", cfg.Raw)
	}
	var docs, tables []source.Entry
	all := 0
	for _, e := range entries {
		switch {
		case e.Table:
			tables = append(tables, e)
		case lay.shards == 0 || ShardOf(e.SourceID, lay.shards) == lay.shard:
			docs = append(docs, e)
			all++
		default:
			all++
		}
	}
	limits := ""
	if cfg.MaxFigures > 0 && cfg.MaxFigures != DefaultMaxFigures {
		limits = fmt.Sprintf("max-figures %d", cfg.MaxFigures) // (it decides which documents are rejected)
	}
	inputs := inputsSHA256(entries, calendarBytes, lay.String(), limits)
	entries = nil // docs and tables hold what is needed; processed documents are let go
	sum.RunID = inputs[:16]
	log = log.With("run_id", sum.RunID)
	if lay.shards > 0 {
		log = log.With("shard", fmt.Sprintf("%d/%d", lay.shard, lay.shards))
		log.Info("scanned raw folder", "raw", cfg.Raw, "documents", all, "documents_in_shard", len(docs),
			"official_tables", len(tables), "named_periods", len(calendar))
	} else {
		log.Info("scanned raw folder", "raw", cfg.Raw, "documents", len(docs), "official_tables", len(tables), "named_periods", len(calendar))
	}
	inc := newIncremental(cfg.Out, cfg.Force, calendarBytes, log)
	defer inc.close()
	if inc.redo != "" {
		log.Info("processing every document", "reason", inc.redo)
	}

	staging, err := newStaging(cfg.Out)
	if err != nil {
		return sum, err
	}
	defer os.RemoveAll(staging)

	meta := load.Meta{PipelineVersion: Version, RunID: sum.RunID, Descriptor: lay.descriptor()}
	o, err := newOutput(staging, lay, meta, normalise.Run{ID: sum.RunID, PipelineVersion: Version}, cfg.BatchRows, &sum, log)
	if err != nil {
		return sum, err
	}
	defer o.abort()
	o.prov.inputsSHA256 = inputs
	o.inc = inc

	// One open raw root for the whole run: every read goes through it.
	rd, err := source.NewReader(cfg.Raw)
	if err != nil {
		return sum, fmt.Errorf("raw folder: %w", err)
	}
	defer rd.Close()

	// Official tables first: every reported figure is checked against them.
	official := readTables(rd, tables)
	var figures []check.Figure
	for k := range official {
		// a table's ids and identities need no checker; worked out once here
		figures = append(figures, official[k].derive(nil, true)...)
	}
	o.checker = check.New(figures)

	// Documents stream through the workers; tables are emitted in between,
	// at their place in source order.
	// (In a sharded run, shard 0 writes them.)
	next := 0
	if lay.shard != 0 {
		next = len(official)
	}
	emitTablesBefore := func(id string, all bool) error {
		for ; next < len(official) && (all || official[next].doc.SourceID < id); next++ {
			if err := o.emit(official[next], true); err != nil {
				return err
			}
		}
		return nil
	}
	done := 0
	err = process(ctx, cfg.Workers, docs, func(e source.Entry) result {
		r := result{entry: e, key: inc.key(e)}
		if r.doc, r.mentions, r.rec, r.cacheErr = inc.load(r.key); r.cacheErr == nil {
			r.cached = true
			// (kept by a run that allowed more figures than this one)
			if max := cmp.Or(cfg.MaxFigures, DefaultMaxFigures); len(r.mentions) > max {
				r.doc.Err = tooManyFigures(r.doc.Path, max)
				r.mentions, r.cached = nil, false
				r.cacheErr = fmt.Errorf("more figures than --max-figures allows now")
			}
		} else {
			r.doc = rd.Read(e, opt)
			if r.doc.OK() {
				r.mentions, r.doc.Err = extractSafely(x, r.doc, cfg.MaxFigures)
				if r.doc.OK() {
					r.rec, r.saveErr = inc.encode(r.key, r.doc, r.mentions)
					r.recMade = r.rec != nil
				}
				r.doc.Text = "" // not needed any more: the rows hold the quotes and sentences
			}
		}
		r.derive(o.checker, false)
		return r
	}, func(r result) error {
		if err := emitTablesBefore(r.doc.SourceID, false); err != nil {
			return err
		}
		if err := o.emit(r, false); err != nil {
			return err
		}
		if done++; cfg.Progress != nil {
			cfg.Progress(done, len(docs))
		}
		return nil
	})
	if err != nil {
		return sum, err
	}
	if err := emitTablesBefore("", true); err != nil {
		return sum, err
	}
	if err := o.finish(ctx); err != nil {
		return sum, err
	}
	if err := writeDescriptor(staging, lay, sum.RunID, o.prov, o.files); err != nil {
		return sum, err
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if cfg.Strict && sum.Rejected > 0 {
		return sum, fmt.Errorf("%d of %d documents rejected: %w", sum.Rejected, sum.Documents+sum.Tables, ErrStrict)
	}
	if err := publish(staging, cfg.Out, lay.runDir(sum.RunID), o.links(), cfg.KeepRuns); err != nil {
		return sum, err
	}
	if err := inc.commit(sum.RunID); err != nil {
		// The dataset is published; the next run may just extract more.
		log.Warn("cannot record the state of the run", "error", err)
	}
	sum.Duration = time.Since(began)
	log.Info("run finished", "documents", sum.Documents, "rejected", sum.Rejected, "skipped", sum.Skipped,
		"official_tables", sum.Tables, "observations", sum.Observations, "checks", sum.Checks, "verdicts", sum.VerdictLine(),
		"duration", sum.Duration.Round(time.Millisecond).String(), "out", cfg.Out)
	if sum.Rejected > 0 {
		return sum, fmt.Errorf("%d of %d documents: %w", sum.Rejected, sum.Documents+sum.Tables, ErrRejected)
	}
	return sum, nil
}

// readTables reads the official tables; a rejected table is kept with its
// error, for the sources table.
func readTables(rd *source.Reader, tables []source.Entry) []result {
	out := make([]result, 0, len(tables))
	for _, e := range tables {
		doc, rows := rd.ReadTable(e)
		out = append(out, result{entry: e, doc: doc, mentions: rows})
	}
	return out
}

// derive works out the observation ids of the mentions and the checks of
// the source: each reported figure of a document against the official ones
// (not the figures of an official table), then the identities among its
// figures. It returns the figures of a table; a document's are only needed
// here, and nil is returned. It only reads the checker, so workers call it
// at once.
func (r *result) derive(checker *check.Checker, table bool) []check.Figure {
	n := len(r.mentions)
	r.ids = make([]string, n)
	var figs []check.Figure
	if table {
		figs = make([]check.Figure, n)
		r.checks = nil
	} else {
		// a document's figures live as long as this call: from a pool, as
		// they are 300 bytes each with pointers for the collector to scan
		p := figurePool.Get().(*[]check.Figure)
		defer func() {
			clear(*p)
			figurePool.Put(p)
		}()
		if cap(*p) < n {
			*p = make([]check.Figure, n)
		}
		*p = (*p)[:n]
		figs = *p
		r.checks = nil
		if n > 0 {
			r.checks = make([]model.Check, 0, n) // one check per figure, and any identities
		}
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		r.ids[i] = normalise.IDOf(r.doc, m)
		figs[i] = check.FromMention(r.ids[i], r.doc, m)
		if !table {
			r.checks = append(r.checks, checker.Compare(figs[i]))
		}
	}
	r.checks = append(r.checks, check.Identities(figs)...)
	if !table {
		return nil
	}
	return figs
}

// figurePool holds the scratch slices of derive.
var figurePool = sync.Pool{New: func() any { return new([]check.Figure) }}

// InputsSHA256 is a hash over every input and the pipeline version; its
// first 16 hex digits are the run id, so an unchanged rerun gets the same id.
func InputsSHA256(entries []source.Entry, calendar []byte) string {
	return inputsSHA256(entries, calendar, "", "")
}

// inputsSHA256 is InputsSHA256 with the layout of the run's files (see
// layout.String) and the limits that decide which documents are rejected
// (--max-figures), when they are not the defaults.
func inputsSHA256(entries []source.Entry, calendar []byte, layout, limits string) string {
	h := sha256.New()
	fmt.Fprintf(h, "numtrail %s\n", Version)
	if layout != "" {
		fmt.Fprintf(h, "layout %s\n", layout)
	}
	if limits != "" {
		fmt.Fprintf(h, "limits %s\n", limits)
	}
	c := sha256.Sum256(calendar)
	fmt.Fprintf(h, "calendar\x00%x\n", c)
	for _, e := range entries {
		fmt.Fprintf(h, "%s\x00%s\x00%s\n", e.Rel, e.SHA256, e.SidecarSHA256)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// process reads entries through a pool of workers and hands the results to
// emit in the order of entries, whatever the number of workers. It clears
// each entry of the slice once it is handed to a worker. At most
// 8×workers documents are in flight, so memory does not grow with the
// corpus, and a worker is rarely kept waiting by a long document ahead of it.
func process(ctx context.Context, workers int, entries []source.Entry, work func(source.Entry) result, emit func(result) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		e   source.Entry
		out chan result
	}
	jobs := make(chan job)
	order := make(chan chan result, 8*workers)
	for range workers {
		go func() {
			for j := range jobs {
				j.out <- work(j.e)
			}
		}()
	}
	go func() {
		defer close(order)
		defer close(jobs)
		for i, e := range entries {
			out := make(chan result, 1)
			select {
			case order <- out:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{e, out}:
			case <-ctx.Done():
				return
			}
			entries[i] = source.Entry{} // the result carries it from here
		}
	}()
	for out := range order {
		var r result
		select {
		case r = <-out:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := emit(r); err != nil {
			return err
		}
	}
	return ctx.Err()
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// ErrExtractor is the error of a document the extractor failed on (a bug
// of the extractor, not of the document): the document is rejected, and
// the run goes on with the others.
var ErrExtractor = errors.New("extractor failed")

// extractor is what extractSafely needs of *extract.Extractor.
type extractor interface {
	ExtractAtMost(text string, published time.Time, max int) ([]model.Mention, error)
}

// DefaultMaxFigures is the most figures a document may hold (Config.MaxFigures).
const DefaultMaxFigures = 20000

// extractSafely extracts the statistics of doc, turning a panic of the
// extractor into an error that rejects doc alone, naming it and the panic;
// so is a document with more than max figures (0: DefaultMaxFigures): a
// data dump of millions of numbers would take gigabytes.
func extractSafely(x extractor, doc *model.Document, max int) (ms []model.Mention, err error) {
	defer func() {
		if p := recover(); p != nil {
			ms, err = nil, fmt.Errorf("%s: %w: %v (a bug of numtrail: please report it with the document)", doc.Path, ErrExtractor, p)
		}
	}()
	if max <= 0 {
		max = DefaultMaxFigures
	}
	ms, err = x.ExtractAtMost(doc.Text, doc.Published, max)
	if errors.Is(err, extract.ErrTooManyFigures) {
		return nil, tooManyFigures(doc.Path, max)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", doc.Path, err)
	}
	return ms, nil
}

// tooManyFigures is the error of a document at path with more than max
// figures.
func tooManyFigures(path string, max int) error {
	return fmt.Errorf("%s: %w: more than %d (--max-figures); it is no article, or the limit is too low", path, extract.ErrTooManyFigures, max)
}
