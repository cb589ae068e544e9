// Package etl wires the stages together: source → extract → normalise →
// load. It is the only package that imports the stages; each stage knows
// nothing of the others.
package etl

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/memory"

	"github.com/numtrail/numtrail/pipeline/extract"
	"github.com/numtrail/numtrail/pipeline/load"
	"github.com/numtrail/numtrail/pipeline/model"
	"github.com/numtrail/numtrail/pipeline/normalise"
	"github.com/numtrail/numtrail/pipeline/source"
	"github.com/numtrail/numtrail/schemas"
)

// Version is the pipeline's version; it is written into every row.
const Version = "0.1.0"

// ErrRejected reports a run that finished and published its dataset, but
// rejected some documents.
var ErrRejected = errors.New("some documents were rejected")

// Config says what a run reads and where it writes.
type Config struct {
	Raw         string // raw root
	Out         string // output folder
	Workers     int    // documents extracted at once; 0 means GOMAXPROCS
	MaxDocBytes int64  // larger documents are rejected; 0 means the source default
	BatchRows   int    // rows per record batch; 0 means 8192
	Logger      *slog.Logger
}

// Summary is what a run did.
type Summary struct {
	RunID        string
	Documents    int
	Rejected     int
	Observations int64
	Checks       int64
	Duration     time.Duration
}

// result is one document after extraction.
type result struct {
	doc      *model.Document
	mentions []model.Mention
}

// Run builds the dataset from cfg.Raw into cfg.Out. The files are written
// into a staging folder inside cfg.Out and moved into place only when every
// one of them is complete, so a failed run leaves the previous dataset as it
// was. When documents were rejected the dataset is still published and the
// error wraps ErrRejected.
func Run(ctx context.Context, cfg Config) (Summary, error) {
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
	var sum Summary
	if st, err := os.Stat(cfg.Raw); err != nil {
		return sum, fmt.Errorf("raw folder: %w", err)
	} else if !st.IsDir() {
		return sum, fmt.Errorf("raw folder %s: not a directory", cfg.Raw)
	}
	x, err := extract.New()
	if err != nil {
		return sum, fmt.Errorf("extractor: %w", err)
	}
	opt := source.Options{MaxDocBytes: cfg.MaxDocBytes}
	entries, err := source.Scan(ctx, cfg.Raw, opt)
	if err != nil {
		return sum, fmt.Errorf("scan %s: %w", cfg.Raw, err)
	}
	sum.RunID = RunID(entries)
	log = log.With("run_id", sum.RunID)
	log.Info("scanned raw folder", "raw", cfg.Raw, "documents", len(entries))

	if err := os.MkdirAll(cfg.Out, 0o755); err != nil {
		return sum, fmt.Errorf("output folder: %w", err)
	}
	staging, err := os.MkdirTemp(cfg.Out, ".staging-")
	if err != nil {
		return sum, fmt.Errorf("output folder: %w", err)
	}
	defer os.RemoveAll(staging)

	meta := load.Meta{PipelineVersion: Version, RunID: sum.RunID}
	run := normalise.Run{ID: sum.RunID, PipelineVersion: Version}
	w, err := openWriters(staging, meta)
	if err != nil {
		return sum, err
	}
	defer w.abort()

	mem := memory.DefaultAllocator
	obs := normalise.NewObservations(mem, run)
	defer obs.Release()
	srcs := normalise.NewSources(mem)
	defer srcs.Release()
	checks := normalise.NewChecks(mem)
	defer checks.Release()

	flush := func(b interface{ Len() int }, force bool, write func() error) error {
		if b.Len() == 0 || (!force && b.Len() < cfg.BatchRows) {
			return nil
		}
		return write()
	}
	writeObs := func() error { return w.write(w.obs, obs.NewBatch()) }
	writeSrc := func() error { return w.write(w.src, srcs.NewBatch()) }

	err = process(ctx, cfg.Workers, entries, func(e source.Entry) result {
		doc := source.Read(cfg.Raw, e, opt)
		if !doc.OK() {
			return result{doc: doc}
		}
		return result{doc: doc, mentions: x.Extract(doc.Text, doc.Published)}
	}, func(r result) error {
		sum.Documents++
		dlog := log.With("source", r.doc.Path)
		for _, warning := range r.doc.Warnings {
			dlog.Warn(warning)
		}
		if !r.doc.OK() {
			sum.Rejected++
			dlog.Error("document rejected", "error", r.doc.Err)
		} else {
			dlog.Debug("document extracted", "observations", len(r.mentions))
		}
		for i := range r.mentions {
			obs.Add(r.doc, &r.mentions[i])
		}
		sum.Observations += int64(len(r.mentions))
		srcs.Add(r.doc, len(r.mentions))
		if err := flush(obs, false, writeObs); err != nil {
			return err
		}
		return flush(srcs, false, writeSrc)
	})
	if err != nil {
		return sum, err
	}
	if err := flush(obs, true, writeObs); err != nil {
		return sum, err
	}
	if err := flush(srcs, true, writeSrc); err != nil {
		return sum, err
	}
	// checks: the schema and no rows until official tables are read
	if err := w.write(w.chk, checks.NewBatch()); err != nil {
		return sum, err
	}
	if err := w.close(); err != nil {
		return sum, err
	}
	if err := writeDescriptor(staging, sum.RunID, w.tables()); err != nil {
		return sum, err
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if err := publish(staging, cfg.Out, w.files()); err != nil {
		return sum, err
	}
	sum.Duration = time.Since(began)
	log.Info("run finished", "documents", sum.Documents, "rejected", sum.Rejected,
		"observations", sum.Observations, "checks", sum.Checks, "duration", sum.Duration.Round(time.Millisecond).String(), "out", cfg.Out)
	if sum.Rejected > 0 {
		return sum, fmt.Errorf("%d of %d documents: %w", sum.Rejected, sum.Documents, ErrRejected)
	}
	return sum, nil
}

// RunID is a content hash of the inputs and the pipeline version: an
// unchanged rerun gets the same id.
func RunID(entries []source.Entry) string {
	h := sha256.New()
	fmt.Fprintf(h, "numtrail %s\n", Version)
	for _, e := range entries {
		fmt.Fprintf(h, "%s\x00%s\x00%s\n", e.Rel, e.SHA256, e.SidecarSHA256)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// process reads entries through a pool of workers and hands the results to
// emit in the order of entries, whatever the number of workers. At most
// 2×workers documents are in flight, so memory does not grow with the corpus.
func process(ctx context.Context, workers int, entries []source.Entry, work func(source.Entry) result, emit func(result) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		e   source.Entry
		out chan result
	}
	jobs := make(chan job)
	order := make(chan chan result, 2*workers)
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
		for _, e := range entries {
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

// writers holds the table writers of a run.
type writers struct {
	obs, src, chk *load.TableWriter
	closed        bool
}

func openWriters(dir string, meta load.Meta) (*writers, error) {
	w := &writers{}
	var err error
	if w.obs, err = load.NewTableWriter(dir, schemas.Observations, meta); err != nil {
		return nil, err
	}
	if w.src, err = load.NewTableWriter(dir, schemas.Sources, meta); err != nil {
		w.abort()
		return nil, err
	}
	if w.chk, err = load.NewTableWriter(dir, schemas.Checks, meta); err != nil {
		w.abort()
		return nil, err
	}
	return w, nil
}

func (w *writers) all() []*load.TableWriter { return []*load.TableWriter{w.obs, w.src, w.chk} }

func (w *writers) write(tw *load.TableWriter, rec arrow.RecordBatch) error {
	defer rec.Release()
	return tw.Write(rec)
}

func (w *writers) close() error {
	w.closed = true
	var errs []error
	for _, tw := range w.all() {
		errs = append(errs, tw.Close())
	}
	return errors.Join(errs...)
}

func (w *writers) abort() {
	if w.closed {
		return
	}
	for _, tw := range w.all() {
		if tw != nil {
			tw.Abort()
		}
	}
}

func (w *writers) tables() []tableFiles {
	var out []tableFiles
	for _, t := range []*schemas.Table{schemas.Observations, schemas.Sources, schemas.Checks} {
		out = append(out, tableFiles{table: t})
	}
	return out
}

func (w *writers) files() []string {
	var out []string
	for _, t := range w.tables() {
		out = append(out, t.table.Name+".parquet", t.table.Name+".csv")
	}
	return append(out, "datapackage.json")
}

// publish moves the finished files from staging into out, the descriptor
// last, each with an atomic rename on the same file system.
func publish(staging, out string, files []string) error {
	for _, f := range files {
		if err := os.Rename(filepath.Join(staging, f), filepath.Join(out, f)); err != nil {
			return fmt.Errorf("publish %s: %w", f, err)
		}
	}
	return syncDir(out)
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
