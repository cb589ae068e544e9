package etl

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/numtrail/numtrail/pipeline/model"
	"github.com/numtrail/numtrail/pipeline/source"
	"github.com/numtrail/numtrail/schemas"
)

// Incremental runs. What is costly in a run is extracting the statistics of
// each document; everything after that (typing the rows, the checks against
// the official tables, the files) is cheap and depends on every input. So a
// run keeps, for each document it extracted, what the source and extract
// stages gave (the document's metadata and its mentions) in the cache,
// out/cache/*.pack (see cachepack.go), and a later run whose document has
// the same key takes them from there instead of reading and extracting it
// again. The rows are then built exactly as in a full run, from the same
// values, so an incremental run writes the same bytes as a full one. The
// official tables are read on every run and the checks always redone, so
// that a changed table changes the checks of every document.
//
// The key of a document is a hash of everything its extraction depends on:
// its path, its bytes and its sidecar's (as Scan hashed them), the calendar
// of named periods, the pipeline and schema versions, and the SHA-256 of the
// etl program itself, so that a rebuilt program (a changed lexicon, a fixed
// rule) redoes every document even when the version was not bumped. Rejected
// documents are never cached: they are cheap to read again.
//
// out/state.json records the last published run: the versions, the hashes
// of the program and the calendar, and each source's path, SHA-256 and
// status. It only says why a document is processed ("new", "changed",
// "calendar changed", ...); whether it is processed depends on the cache
// alone. Both are written so that a run killed at any moment leaves them
// usable: the state file is renamed into place whole, a pack is read up to
// its last whole record, and a record whose checksum fails is ignored.
const (
	StateFile = "state.json"
	CacheDir  = "cache"
)

// stateVersion is the version of the layout of state.json.
const stateVersion = 1

// cacheVersion is the version of the layout of the cache packs; it is part
// of every key.
const cacheVersion = 2

// runState is the content of state.json.
type runState struct {
	StateVersion    int               `json:"state_version"`
	RunID           string            `json:"run_id"`
	PipelineVersion string            `json:"pipeline_version"`
	SchemaVersions  map[string]string `json:"schema_versions"`
	ProgramSHA256   string            `json:"program_sha256"`
	CalendarSHA256  string            `json:"calendar_sha256"`
	Sources         []stateSource     `json:"sources"`
}

// stateSource is one document or official table of a run.
type stateSource struct {
	Path          string `json:"path"`
	Table         bool   `json:"official_table,omitempty"`
	SHA256        string `json:"sha256,omitempty"`
	SidecarSHA256 string `json:"sidecar_sha256,omitempty"`
	Status        string `json:"status"` // ok or rejected
	Observations  int    `json:"observations"`
}

// programSHA256 is the SHA-256 of the running executable.
var programSHA256 = sync.OnceValues(func() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	_, sum, err := hashFile(exe)
	return sum, err
})

// incremental decides, for each document, whether its extraction can be
// taken from the cache, and says why.
type incremental struct {
	out   string
	dir   string // out/cache
	force bool
	log   *slog.Logger

	now    runState // this run's versions; Sources filled as sources are emitted
	prefix string   // hash of what every key covers; "" turns the cache off
	off    string   // why the cache is off
	prev   *runState
	prevBy map[string]*stateSource
	redo   string // why every document is processed again; "" when nothing global changed

	packs   *packReader // the packs left by earlier runs; nil when the cache is off
	newPack *packWriter // this run's pack; nil when the cache is off

	// The sources of this run, for state.json, are written to a temporary
	// file as they come rather than kept in now.Sources: memory does not
	// grow with the corpus.
	sources  *os.File
	sourcesW *bufio.Writer
	nsources int
	srcErr   error
}

// newIncremental reads the state the last run left in out.
func newIncremental(out string, force bool, calendar []byte, log *slog.Logger) *incremental {
	cal := sha256.Sum256(calendar)
	inc := &incremental{out: out, dir: filepath.Join(out, CacheDir), force: force, log: log,
		now: runState{StateVersion: stateVersion, PipelineVersion: Version, CalendarSHA256: hex.EncodeToString(cal[:]),
			SchemaVersions: map[string]string{}}}
	for _, t := range []*schemas.Table{schemas.Observations, schemas.Sources, schemas.Checks} {
		inc.now.SchemaVersions[t.Name] = t.Version
	}
	prog, err := programSHA256()
	if err != nil {
		inc.off = fmt.Sprintf("the program's own SHA-256 is unknown (%v), so nothing can be taken from the cache", err)
		log.Warn("incremental runs are off", "error", err)
	} else {
		inc.now.ProgramSHA256 = prog
		h := sha256.New()
		fmt.Fprintf(h, "numtrail cache %d\x00%s\x00%s\x00%s\x00", cacheVersion, Version, prog, inc.now.CalendarSHA256)
		for _, t := range slices.Sorted(maps.Keys(inc.now.SchemaVersions)) {
			fmt.Fprintf(h, "%s=%s\x00", t, inc.now.SchemaVersions[t])
		}
		inc.prefix = hex.EncodeToString(h.Sum(nil))
		if err := inc.openCache(); err != nil {
			inc.prefix, inc.off = "", fmt.Sprintf("cannot use the cache folder (%v)", err)
			log.Warn("incremental runs are off", "error", err)
		}
	}

	b, err := os.ReadFile(filepath.Join(out, StateFile))
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		log.Warn("cannot read the state of the last run", "error", err)
	default:
		var st runState
		if err := json.Unmarshal(b, &st); err != nil || st.StateVersion != stateVersion {
			log.Warn("ignoring the state of the last run", "file", filepath.Join(out, StateFile), "error", err, "state_version", st.StateVersion)
			break
		}
		inc.prev = &st
		inc.prevBy = make(map[string]*stateSource, len(st.Sources))
		for i := range st.Sources {
			inc.prevBy[st.Sources[i].Path] = &st.Sources[i]
		}
	}
	inc.redo = inc.globalChange()
	return inc
}

// globalChange says why every document must be processed again, or "".
func (inc *incremental) globalChange() string {
	p, n := inc.prev, &inc.now
	switch {
	case inc.force:
		return "forced with --force"
	case inc.off != "":
		return inc.off
	case p == nil:
		return ""
	case p.PipelineVersion != n.PipelineVersion:
		return fmt.Sprintf("pipeline version changed (%s → %s)", p.PipelineVersion, n.PipelineVersion)
	case !sameVersions(p.SchemaVersions, n.SchemaVersions):
		return "a schema version changed"
	case p.ProgramSHA256 != n.ProgramSHA256:
		return "the etl program changed (rebuilt)"
	case p.CalendarSHA256 != n.CalendarSHA256:
		return "the calendar changed"
	}
	return ""
}

func sameVersions(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// key is the cache key of a scanned document, or "" when it cannot be
// cached: the cache is off, or Scan already rejected it.
func (inc *incremental) key(e source.Entry) string {
	if inc.prefix == "" || e.Table || e.Err != nil || e.SHA256 == "" {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\n", inc.prefix, e.Rel, e.SHA256, e.SidecarSHA256)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// openCache indexes the packs in the cache folder and starts this run's.
func (inc *incremental) openCache() error {
	if err := os.MkdirAll(inc.dir, 0o755); err != nil {
		return err
	}
	ents, err := os.ReadDir(inc.dir)
	if err != nil {
		return err
	}
	var names []string
	if !inc.force {
		for _, e := range ents {
			if strings.HasSuffix(e.Name(), packSuffix) && e.Type().IsRegular() {
				names = append(names, e.Name())
			}
		}
	}
	// the published pack first: its entries win over those of killed runs
	slices.SortStableFunc(names, func(a, b string) int {
		ta, tb := strings.HasPrefix(a, packTemp), strings.HasPrefix(b, packTemp)
		switch {
		case ta == tb:
			return 0
		case tb:
			return -1
		}
		return 1
	})
	packs, err := openPacks(inc.dir, names)
	if err != nil {
		inc.log.Warn("cannot read part of the cache", "error", err)
	}
	inc.packs = packs
	if inc.newPack, err = createPack(inc.dir); err != nil {
		packs.close()
		inc.packs = nil
		return err
	}
	return nil
}

// writeState writes state.json to path: the run's versions, then its
// sources from the temporary file record wrote.
func (inc *incremental) writeState(path string) error {
	if inc.srcErr != nil {
		return inc.srcErr
	}
	head := inc.now
	head.Sources = nil
	b, err := json.MarshalIndent(head, "", " ")
	if err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<16)
	// the versions, then "sources": [...] as the last member
	b = bytes.TrimSuffix(bytes.TrimSpace(b), []byte("}"))
	b = bytes.TrimSuffix(bytes.TrimSpace(bytes.Replace(b, []byte(`"sources": null`), nil, 1)), []byte(","))
	w.Write(b)
	w.WriteString(",\n \"sources\": [\n  ")
	if inc.sources != nil {
		if err := inc.sourcesW.Flush(); err != nil {
			f.Close()
			return err
		}
		if _, err := inc.sources.Seek(0, io.SeekStart); err != nil {
			f.Close()
			return err
		}
		if _, err := io.Copy(w, inc.sources); err != nil {
			f.Close()
			return err
		}
	}
	w.WriteString("\n ]\n}\n")
	err = w.Flush()
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func (inc *incremental) closeSources() {
	if inc.sources != nil {
		inc.sources.Close()
		os.Remove(inc.sources.Name())
		inc.sources = nil
	}
}

// close releases the cache files. A pack not finished by commit stays in the
// cache folder: the next run takes from it what it holds.
func (inc *incremental) close() {
	inc.closeSources()
	if inc.packs != nil {
		inc.packs.close()
	}
	if inc.newPack != nil {
		inc.newPack.close()
	}
}

// load returns the cached document and mentions under key, and the record
// they were decoded from. It may be called from several goroutines at once.
func (inc *incremental) load(key string) (*model.Document, []model.Mention, []byte, error) {
	if inc.force || key == "" || inc.packs == nil {
		return nil, nil, nil, fs.ErrNotExist
	}
	rec, err := inc.packs.get(key)
	if err != nil {
		return nil, nil, nil, err
	}
	doc, mentions, err := recordEntry(rec)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("cache entry %s: %w", key, err)
	}
	return doc, mentions, rec, nil
}

// record encodes what Read and Extract gave for a document, for keep. It
// may be called from several goroutines at once.
func (inc *incremental) encode(key string, doc *model.Document, mentions []model.Mention) ([]byte, error) {
	if key == "" || !doc.OK() || inc.newPack == nil {
		return nil, nil
	}
	d := *doc
	d.Text = ""
	return newRecord(key, &d, mentions)
}

// why says why a document that was not taken from the cache is processed.
// loadErr is what looking it up in the cache gave.
func (inc *incremental) why(e source.Entry, loadErr error) string {
	if inc.redo != "" {
		return inc.redo
	}
	if inc.prev == nil {
		return "no state from an earlier run"
	}
	p := inc.prevBy[e.Rel]
	switch {
	case p == nil:
		return "new"
	case p.SHA256 != e.SHA256:
		return fmt.Sprintf("changed (sha256 %s → %s)", shortSum(p.SHA256), shortSum(e.SHA256))
	case p.SidecarSHA256 != e.SidecarSHA256:
		return "its sidecar changed"
	case p.Status != "ok":
		return "rejected by the last run, so read again"
	case e.Err != nil:
		return "unchanged, but rejected when scanned"
	case loadErr != nil && !errors.Is(loadErr, fs.ErrNotExist):
		return fmt.Sprintf("unchanged, but its cached extraction is unusable (%v)", loadErr)
	}
	return "unchanged, but its extraction is not in the cache"
}

// whySkipped says why a document was taken from the cache.
func (inc *incremental) whySkipped(e source.Entry) string {
	if p := inc.prevBy[e.Rel]; p != nil && p.SHA256 == e.SHA256 && p.SidecarSHA256 == e.SidecarSHA256 {
		return "unchanged since run " + inc.prev.RunID
	}
	return "unchanged since an earlier run (same sha256, extraction in the cache)"
}

func shortSum(s string) string {
	if s == "" {
		return "none"
	}
	if len(s) > 12 {
		return s[:12]
	}
	return s
}

// record notes a source of this run, for the state file, and keeps its
// cache record (rec, from load or encode; nil for none) in this run's pack,
// saying where.
func (inc *incremental) record(e source.Entry, doc *model.Document, observations int, rec []byte) packedAt {
	at := inc.keep(doc, rec)
	st := stateSource{Path: e.Rel, Table: e.Table, SHA256: e.SHA256, SidecarSHA256: e.SidecarSHA256,
		Status: "ok", Observations: observations}
	if !doc.OK() {
		st.Status = "rejected"
	}
	if inc.srcErr != nil {
		return at
	}
	if inc.sources == nil {
		if inc.sources, inc.srcErr = os.CreateTemp(inc.out, stateTemp+"*"); inc.srcErr != nil {
			return at
		}
		inc.sourcesW = bufio.NewWriterSize(inc.sources, 1<<16)
	}
	b, err := json.Marshal(st)
	if err == nil {
		if inc.nsources > 0 {
			inc.sourcesW.WriteString(",\n  ")
		}
		_, err = inc.sourcesW.Write(b)
	}
	inc.srcErr = err
	inc.nsources++
	return at
}

// stateTemp starts the name of the temporary file of a run's sources.
const stateTemp = ".state-sources-"

// keep keeps the cache record of a document read without error in this
// run's pack.
func (inc *incremental) keep(doc *model.Document, rec []byte) packedAt {
	if !doc.OK() || rec == nil || inc.newPack == nil {
		return packedAt{}
	}
	off, err := inc.newPack.add(rec)
	if err != nil {
		return packedAt{}
	}
	return packedAt{pack: inc.newPack, off: off, size: int64(len(rec))}
}

// commit writes the state of the published run runID and removes from the
// cache what this run did not use. It runs after the publish, so an error
// here leaves the new dataset in place; the next run then merely gives
// other reasons or extracts again.
func (inc *incremental) commit(runID string) error {
	inc.now.RunID = runID
	path := filepath.Join(inc.out, StateFile)
	tmp := path + ".tmp"
	if err := inc.writeState(tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("state: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("state: %w", err)
	}
	inc.closeSources()
	if stale, _ := filepath.Glob(filepath.Join(inc.out, stateTemp+"*")); len(stale) > 0 {
		for _, f := range stale { // left by killed runs
			os.Remove(f)
		}
	}
	if inc.newPack == nil {
		return nil
	}
	// this run's pack replaces every other
	final := runID + packSuffix
	err := inc.newPack.finish(filepath.Join(inc.dir, final))
	inc.newPack = nil
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	if inc.packs != nil {
		inc.packs.close()
		inc.packs = nil
	}
	ents, err := os.ReadDir(inc.dir)
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	var errs []error
	for _, e := range ents {
		if e.Name() == final {
			continue
		}
		if err := os.RemoveAll(filepath.Join(inc.dir, e.Name())); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
