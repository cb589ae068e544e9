package etl

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/memory"

	"github.com/numtrail/numtrail/pipeline/check"
	"github.com/numtrail/numtrail/pipeline/load"
	"github.com/numtrail/numtrail/pipeline/model"
	"github.com/numtrail/numtrail/pipeline/normalise"
	"github.com/numtrail/numtrail/schemas"
)

// Partition keys: the values Config.PartitionBy takes.
const (
	PartitionPublishedYear = "published_year"
	PartitionSourceType    = "source_type"
)

// PartitionKeys are the keys a run can partition its tables by.
var PartitionKeys = []string{PartitionPublishedYear, PartitionSourceType}

// csvDir is the folder of the CSV parts of a run whose tables are in parts.
const csvDir = "csv"

// HiveNull is the folder name of the partition of the sources without a
// value for the key (no publication date), as Hive, Spark and DuckDB name it
// and read it back as null.
const HiveNull = "__HIVE_DEFAULT_PARTITION__"

// layout says which files a run writes.
//
// By default each table is one Parquet and one CSV file at the top of the
// run's folder (observations.parquet, ...), described by datapackage.json.
// With a partition key or shards, each table is a folder of parts, Hive
// style, and the CSV parts are in a tree of their own under csv/, so that a
// table's folder holds Parquet files only (Spark and Trino read every file
// of a table's folder):
//
//	observations/published_year=2024/part-00000-of-00001.parquet     (partitioned)
//	csv/observations/published_year=2024/part-00000-of-00001.csv
//	observations/part-00003-of-00008.parquet                         (sharded)
//	observations/published_year=2024/part-00003-of-00008.parquet     (both)
//
// Every source goes, with its observations and its checks, into the
// partition of its own value of the key. A shard's parts are named after
// the shard, and so is its descriptor (datapackage-shard-00003-of-00008.json),
// so that the folders of n shards copied into one hold the whole dataset
// with nothing overwritten.
type layout struct {
	partitionBy   string // "" or one of PartitionKeys
	shard, shards int    // shards 0: not sharded
}

// parts reports whether the tables are folders of parts.
func (l layout) parts() bool { return l.partitionBy != "" || l.shards > 0 }

// String is what the run id hashes besides the inputs: "" for the default
// layout, so that its run ids are what they were. The shard index is left
// out: the n shards of a run share its id.
func (l layout) String() string {
	if !l.parts() {
		return ""
	}
	return fmt.Sprintf("partition_by=%s shards=%d", l.partitionBy, l.shards)
}

// partName is the name of every part file of the run, without extension.
func (l layout) partName() string {
	if l.shards == 0 {
		return "part-00000-of-00001"
	}
	return fmt.Sprintf("part-%05d-of-%05d", l.shard, l.shards)
}

// descriptor is the name of the run's descriptor.
func (l layout) descriptor() string {
	if l.shards == 0 {
		return DescriptorFile
	}
	return fmt.Sprintf("datapackage-shard-%05d-of-%05d.json", l.shard, l.shards)
}

// runDir is the name of the run's folder under out/runs.
func (l layout) runDir(runID string) string {
	if l.shards == 0 {
		return runID
	}
	return fmt.Sprintf("%s-shard-%05d-of-%05d", runID, l.shard, l.shards)
}

// partition is the partition of a source: the folder under each table's, as
// key=value, or "" when the run is not partitioned. Its value is the one the
// source's rows hold: the UTC year of published_at, or source_type as the
// sources table has it.
func (l layout) partition(doc *model.Document) string {
	var v string
	switch l.partitionBy {
	case "":
		return ""
	case PartitionPublishedYear:
		if !doc.Published.IsZero() {
			v = strconv.Itoa(doc.Published.UTC().Year())
		}
	case PartitionSourceType:
		v = normalise.SourceTypeOf(doc)
	}
	if v == "" {
		v = HiveNull
	}
	return l.partitionBy + "=" + hiveEscape(v)
}

// hiveEscape escapes a partition value as Hive does: %XX for the characters
// that cannot stand in a folder name or would be read as syntax.
func hiveEscape(v string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c < 0x20 || c == 0x7f || strings.IndexByte("\"#%'*/:=?\\{[]^", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// ShardOf is the shard, of n, that processes the source with the given id:
// the first 8 bytes of the SHA-256 of the id, as a big-endian number, modulo
// n. It depends on the id alone, so a document stays in its shard however
// the corpus grows.
func ShardOf(sourceID string, n int) int {
	sum := sha256.Sum256([]byte(sourceID))
	return int(binary.BigEndian.Uint64(sum[:8]) % uint64(n))
}

// outFile is a file of the run, for the descriptor.
type outFile struct {
	table     *schemas.Table
	path      string // under the run's folder, '/'-separated
	format    string // parquet or csv
	bytes     int64
	sha256    string
	partition string // key=value, or ""
}

// tableSet writes the three tables of one partition (or of the whole run).
type tableSet struct {
	dir       string // the run's staging folder
	prefix    string // folder of the files under each table's folder ("" at the top); partition
	obs, src  *load.TableWriter
	chk       *load.TableWriter
	bObs      *normalise.Observations
	bSrc      *normalise.Sources
	bChk      *normalise.Checks
	batchRows int
	closed    bool
}

// openSet creates the files of a partition's tables.
func openSet(dir string, l layout, partition string, meta load.Meta, run normalise.Run, batchRows int) (*tableSet, error) {
	s := &tableSet{dir: dir, prefix: partition, batchRows: batchRows}
	writers := []**load.TableWriter{&s.obs, &s.src, &s.chk}
	for i, t := range []*schemas.Table{schemas.Observations, schemas.Sources, schemas.Checks} {
		folder, csvFolder, name := dir, "", t.Name
		if l.parts() {
			folder = filepath.Join(dir, t.Name, partition)
			csvFolder = filepath.Join(dir, csvDir, t.Name, partition)
			name = l.partName()
			for _, f := range []string{folder, csvFolder} {
				if err := os.MkdirAll(f, 0o755); err != nil {
					s.abort()
					return nil, fmt.Errorf("output folder: %w", err)
				}
			}
		}
		w, err := load.OpenTableWriter(folder, t, meta, load.Options{Name: name, CSVDir: csvFolder})
		if err != nil {
			s.abort()
			return nil, err
		}
		*writers[i] = w
	}
	mem := memory.DefaultAllocator
	s.bObs, s.bSrc, s.bChk = normalise.NewObservations(mem, run), normalise.NewSources(mem), normalise.NewChecks(mem)
	return s, nil
}

// add appends the rows of one source, whose ids and checks are derived.
func (s *tableSet) add(r *result) error {
	s.bObs.AddDoc(r.doc, r.mentions, r.ids)
	s.bChk.AddAll(r.checks)
	s.bSrc.Add(r.doc, len(r.mentions))
	return s.flush(false)
}

// flush writes the batches that are full, or all of them when force is set.
func (s *tableSet) flush(force bool) error {
	for _, t := range []struct {
		b  interface{ NewBatch() arrow.RecordBatch }
		n  int
		tw *load.TableWriter
	}{{s.bObs, s.bObs.Len(), s.obs}, {s.bSrc, s.bSrc.Len(), s.src}, {s.bChk, s.bChk.Len(), s.chk}} {
		if t.n == 0 || !force && t.n < s.batchRows {
			continue
		}
		rec := t.b.NewBatch()
		err := t.tw.Write(rec)
		rec.Release()
		if err != nil {
			return err
		}
	}
	return nil
}

// close writes what is left, closes the files and returns them.
func (s *tableSet) close() ([]outFile, error) {
	if err := s.flush(true); err != nil {
		return nil, err
	}
	s.closed = true
	s.release()
	var errs []error
	var files []outFile
	for _, tw := range []*load.TableWriter{s.obs, s.src, s.chk} {
		if err := tw.Close(); err != nil {
			errs = append(errs, err)
			continue
		}
		fs, err := tw.Files()
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for _, f := range fs {
			rel, err := filepath.Rel(s.dir, f.Path)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			files = append(files, outFile{table: tableOfWriter(s, tw), path: filepath.ToSlash(rel), format: f.Format,
				bytes: f.Bytes, sha256: f.SHA256, partition: s.prefix})
		}
	}
	return files, errors.Join(errs...)
}

func tableOfWriter(s *tableSet, tw *load.TableWriter) *schemas.Table {
	switch tw {
	case s.obs:
		return schemas.Observations
	case s.src:
		return schemas.Sources
	}
	return schemas.Checks
}

func (s *tableSet) release() {
	if s.bObs != nil {
		s.bObs.Release()
		s.bSrc.Release()
		s.bChk.Release()
	}
	s.bObs, s.bSrc, s.bChk = nil, nil, nil
}

// abort removes the files of a set not closed.
func (s *tableSet) abort() {
	if s.closed {
		return
	}
	s.closed = true
	s.release()
	for _, tw := range []*load.TableWriter{s.obs, s.src, s.chk} {
		if tw != nil {
			tw.Abort()
		}
	}
}

// output turns results into rows of the three tables, in order. Unless the
// run is partitioned it writes them as they come, into one tableSet. A
// partitioned run would need a set of open files per partition, and the
// memory of each (a row group of every column of every table) grows with
// their number; so it keeps the sources in a spill (the cache records, see
// cachepack.go) and, once every source is in, writes the partitions one
// after the other, each from its own sources in order.
type output struct {
	dir       string // the staging folder
	layout    layout
	meta      load.Meta
	run       normalise.Run
	batchRows int
	checker   *check.Checker
	sum       *Summary
	log       *slog.Logger
	prov      *provenance
	inc       *incremental

	direct *tableSet // the one set, when the run is not partitioned
	spill  *spill    // when it is
	files  []outFile
}

func newOutput(dir string, l layout, meta load.Meta, run normalise.Run, batchRows int, sum *Summary, log *slog.Logger) (*output, error) {
	o := &output{dir: dir, layout: l, meta: meta, run: run, batchRows: batchRows, sum: sum, log: log, prov: newProvenance()}
	if l.partitionBy == "" {
		var err error
		if o.direct, err = openSet(dir, l, "", meta, run, batchRows); err != nil {
			return nil, err
		}
	} else {
		o.spill = &spill{dir: dir, parts: map[string][]spilled{}}
	}
	return o, nil
}

// abort removes what was written.
func (o *output) abort() {
	if o.direct != nil {
		o.direct.abort()
	}
	if o.spill != nil {
		o.spill.close()
	}
}

// emit records one source: the log line saying what was done with it, the
// summary, the state and the cache, and its rows.
func (o *output) emit(r result, table bool) error {
	dlog := o.log.With("source", r.doc.Path)
	if table {
		o.sum.Tables++
	} else {
		o.sum.Documents++
	}
	// One line per source: skipped, processed or rejected, and why.
	if r.cached {
		o.sum.Skipped++
		dlog.Info("document skipped", "reason", o.inc.whySkipped(r.entry), "observations", len(r.mentions))
	} else {
		for _, warning := range r.doc.Warnings {
			dlog.Warn(warning)
		}
		msg, reason := "document processed", "official tables are read on every run"
		if table {
			msg = "official table read"
		} else {
			reason = o.inc.why(r.entry, r.cacheErr)
		}
		if r.doc.OK() {
			dlog.Info(msg, "reason", reason, "observations", len(r.mentions))
		} else {
			o.sum.Rejected++
			dlog.Error("document rejected", "reason", reason, "error", r.doc.Err)
		}
		if r.saveErr != nil {
			dlog.Warn("cannot cache the extraction", "error", r.saveErr)
		}
	}
	packed := o.inc.record(r.entry, r.doc, len(r.mentions), r.rec)
	if r.recMade && o.direct != nil {
		// in the pack now (a partitioned run keeps where, not the record)
		freeRecord(r.rec)
		r.rec, r.recMade = nil, false
	}
	if r.ids == nil {
		r.derive(o.checker, table)
	}
	o.sum.Observations += int64(len(r.mentions))
	for i := range r.checks {
		o.sum.Checks++
		o.sum.Verdicts[r.checks[i].Verdict]++
	}
	o.prov.add(r.doc, table)
	if o.direct != nil {
		return o.direct.add(&r)
	}
	return o.spill.add(o.layout.partition(r.doc), &r, table, packed)
}

// finish writes what is left and closes every file. A cancelled ctx stops
// it between partitions.
func (o *output) finish(ctx context.Context) error {
	if o.direct != nil {
		files, err := o.direct.close()
		o.files = files
		return err
	}
	defer o.spill.close()
	keys := make([]string, 0, len(o.spill.parts))
	for k := range o.spill.parts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if err := ctx.Err(); err != nil {
			return err
		}
		set, err := openSet(o.dir, o.layout, k, o.meta, o.run, o.batchRows)
		if err != nil {
			return err
		}
		for _, item := range o.spill.parts[k] {
			r, table, err := o.spill.get(item)
			if err == nil {
				r.derive(o.checker, table)
				err = set.add(r)
			}
			if err != nil {
				set.abort()
				return err
			}
		}
		files, err := set.close()
		if err != nil {
			return err
		}
		o.files = append(o.files, files...)
		delete(o.spill.parts, k)
	}
	return nil
}

// links are the names at the top of the run's folder that out/ links to:
// each table's files or folder, and the descriptor.
func (o *output) links() []string {
	var out []string
	for _, f := range o.files {
		top, _, _ := strings.Cut(f.path, "/")
		if !slices.Contains(out, top) {
			out = append(out, top)
		}
	}
	return append(out, o.layout.descriptor())
}

// spill keeps the sources of a partitioned run until they are written,
// partition by partition: documents as records in a pack (the cache's own,
// or one of its own in the staging folder), the rest in memory.
type spill struct {
	dir   string
	parts map[string][]spilled // by partition, in source order
	own   *packWriter          // the spill's pack, made when the cache's is not at hand
}

// spilled is one source of a partition: a record in a pack, or a result.
type spilled struct {
	pack  *packWriter
	off   int64
	size  int64
	r     *result // rejected documents, documents whose record could not be made, official tables
	table bool
}

// add keeps r for the partition. packed is where the cache pack holds r's
// record, if it does.
func (s *spill) add(partition string, r *result, table bool, packed packedAt) error {
	item := spilled{table: table}
	switch {
	case table || !r.doc.OK():
		kept := *r
		kept.ids, kept.checks = nil, nil
		item.r = &kept
	case packed.pack != nil:
		item.pack, item.off, item.size = packed.pack, packed.off, packed.size
	default:
		rec, err := newRecord(zeroKey, r.doc, r.mentions)
		if err != nil {
			kept := *r
			kept.ids, kept.checks = nil, nil
			item.r = &kept
			break
		}
		if s.own == nil {
			if s.own, err = createPack(s.dir); err != nil {
				return fmt.Errorf("spill: %w", err)
			}
		}
		off, err := s.own.add(rec)
		if err != nil {
			return fmt.Errorf("spill: %w", err)
		}
		item.pack, item.off, item.size = s.own, off, int64(len(rec))
	}
	s.parts[partition] = append(s.parts[partition], item)
	return nil
}

// zeroKey keys the records of the spill's own pack, which no run looks up.
const zeroKey = "00000000000000000000000000000000"

// get returns a source kept by add.
func (s *spill) get(item spilled) (*result, bool, error) {
	if item.r != nil {
		return item.r, item.table, nil
	}
	rec, err := item.pack.readAt(item.off, item.size)
	if err != nil {
		return nil, false, fmt.Errorf("spill: %w", err)
	}
	doc, mentions, err := recordEntry(rec)
	if err != nil {
		return nil, false, fmt.Errorf("spill: %w", err)
	}
	return &result{doc: doc, mentions: mentions}, false, nil
}

func (s *spill) close() {
	if s.own != nil {
		s.own.close()
		os.Remove(s.own.f.Name())
		s.own = nil
	}
}

// packedAt is where a pack holds a record; pack is nil when none does.
type packedAt struct {
	pack      *packWriter
	off, size int64
}
