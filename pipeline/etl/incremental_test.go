package etl

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/numtrail/numtrail/pipeline/corpus"
)

// dataFiles are the files of a published dataset.
var dataFiles = []string{"observations.parquet", "observations.csv", "sources.parquet", "sources.csv",
	"checks.parquet", "checks.csv", "datapackage.json"}

// sameDataset fails the test unless out1 and out2 hold the same bytes.
func sameDataset(t *testing.T, out1, out2 string) {
	t.Helper()
	for _, f := range dataFiles {
		a, err1 := os.ReadFile(filepath.Join(out1, f))
		b, err2 := os.ReadFile(filepath.Join(out2, f))
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v %v", f, err1, err2)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs (%d and %d bytes)", f, len(a), len(b))
		}
	}
}

// corpusRaw lays out a raw folder with the official tables and calendar of
// the repository's raw/ and n generated articles.
func corpusRaw(t *testing.T, n int) string {
	t.Helper()
	raw := t.TempDir()
	if err := os.CopyFS(raw, os.DirFS("../../raw")); err != nil {
		t.Fatal(err)
	}
	if _, err := corpus.New(7).WriteRaw(raw, n); err != nil {
		t.Fatal(err)
	}
	return raw
}

func editFile(t *testing.T, path string, edit func(string) string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	edited := edit(string(b))
	if edited == string(b) {
		t.Fatalf("%s: the edit changed nothing", path)
	}
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
}

// logLines runs into out with a JSON log and returns the summary and the
// log's records.
func runLogged(t *testing.T, cfg Config) (Summary, []map[string]any, error) {
	t.Helper()
	var buf bytes.Buffer
	cfg.Logger = slog.New(slog.NewJSONHandler(&buf, nil))
	sum, err := Run(context.Background(), cfg)
	var recs []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		recs = append(recs, m)
	}
	return sum, recs, err
}

// decisions maps each source in the log to its line's message and reason.
func decisions(t *testing.T, recs []map[string]any) map[string][2]string {
	t.Helper()
	out := map[string][2]string{}
	for _, r := range recs {
		msg, _ := r["msg"].(string)
		switch msg {
		case "document skipped", "document processed", "document rejected", "official table read":
		default:
			continue
		}
		src, _ := r["source"].(string)
		reason, _ := r["reason"].(string)
		if _, dup := out[src]; dup {
			t.Errorf("%s: more than one line saying what was done", src)
		}
		if reason == "" {
			t.Errorf("%s: %q without a reason", src, msg)
		}
		out[src] = [2]string{msg, reason}
	}
	return out
}

// An incremental run gives exactly the dataset a full run gives: the same
// bytes in every file, after documents are changed, added and removed, a
// sidecar edited, and an official table revised.
func TestIncrementalEqualsFull(t *testing.T) {
	const n = 40
	raw := corpusRaw(t, n)
	out := t.TempDir()
	sum, recs, err := runLogged(t, Config{Raw: raw, Out: out, BatchRows: 7})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Skipped != 0 || sum.Documents != n+1 {
		t.Fatalf("first run: %+v", sum)
	}
	for src, d := range decisions(t, recs) {
		if d[0] != "official table read" && d != [2]string{"document processed", "no state from an earlier run"} {
			t.Errorf("first run: %s: %v", src, d)
		}
	}

	// an unchanged rerun skips every document
	sum, recs, err = runLogged(t, Config{Raw: raw, Out: out, BatchRows: 7})
	if err != nil || sum.Skipped != n+1 {
		t.Fatalf("rerun: skipped %d of %d (%v)", sum.Skipped, sum.Documents, err)
	}
	if d := decisions(t, recs)["articles/gen-000003.txt"]; d != [2]string{"document skipped", "unchanged since run " + sum.RunID} {
		t.Errorf("rerun: %v", d)
	}

	art := func(i int) string {
		return filepath.Join(raw, "articles", "gen-0000"+[]string{"05", "11", "17", "23", "29", "35"}[i])
	}
	editFile(t, art(0)+".txt", func(s string) string { return s + "\nSome 2,400 people arrived in June.\n" })
	editFile(t, art(1)+".meta.json", func(s string) string { return strings.Replace(s, `"title": "`, `"title": "Updated: `, 1) })
	os.Remove(art(2) + ".txt")
	os.Remove(art(2) + ".meta.json")
	if _, err := corpus.New(8).WriteRaw(filepath.Join(raw, "more"), 2); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(raw, "articles", "broken.txt"), []byte("\x00\x01"), 0o644)
	editFile(t, filepath.Join(raw, "official", "homeoffice-small-boat-arrivals-annual.csv"), func(s string) string {
		return strings.Replace(s, "45774", "45775", 1)
	})

	sum, recs, err = runLogged(t, Config{Raw: raw, Out: out, BatchRows: 7})
	if !errors.Is(err, ErrRejected) {
		t.Fatalf("incremental run: %v", err)
	}
	d := decisions(t, recs)
	for src, want := range map[string][2]string{
		"articles/gen-000005.txt":           {"document processed", "changed (sha256 "},
		"articles/gen-000011.txt":           {"document processed", "its sidecar changed"},
		"more/articles/gen-000000.txt":      {"document processed", "new"},
		"articles/broken.txt":               {"document rejected", "new"},
		"articles/gen-000029.txt":           {"document skipped", "unchanged since run "},
		"official/ons-ltim-ye-dec-2023.csv": {"official table read", "official tables are read on every run"},
	} {
		if d[src][0] != want[0] || !strings.HasPrefix(d[src][1], want[1]) {
			t.Errorf("%s: %v, want %v", src, d[src], want)
		}
	}
	if sum.Skipped != n+1-3 {
		t.Errorf("skipped %d, want %d", sum.Skipped, n+1-3)
	}

	full := t.TempDir()
	if _, err := Run(context.Background(), Config{Raw: raw, Out: full, BatchRows: 7}); !errors.Is(err, ErrRejected) {
		t.Fatal(err)
	}
	sameDataset(t, out, full)

	// --force redoes every document, and gives the same dataset again
	sum, recs, err = runLogged(t, Config{Raw: raw, Out: out, BatchRows: 7, Force: true})
	if !errors.Is(err, ErrRejected) || sum.Skipped != 0 {
		t.Fatalf("forced run: skipped %d, %v", sum.Skipped, err)
	}
	if d := decisions(t, recs)["articles/gen-000029.txt"]; d != [2]string{"document processed", "forced with --force"} {
		t.Errorf("forced run: %v", d)
	}
	sameDataset(t, out, full)

	// only what the current run uses stays in the cache: one pack
	if got := cacheRecords(t, out, sum.RunID); got != n+1-1+2 {
		t.Errorf("%d entries in the cache, want %d", got, n+2)
	}
}

// cacheRecords is the number of entries in the one pack of out's cache,
// which must be named after the run runID.
func cacheRecords(t *testing.T, out, runID string) int {
	t.Helper()
	ents, err := os.ReadDir(filepath.Join(out, CacheDir))
	if err != nil || len(ents) != 1 || ents[0].Name() != runID+packSuffix {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Fatalf("cache: %v, %v; want only %s%s", names, err, runID, packSuffix)
	}
	pr, err := openPacks(filepath.Join(out, CacheDir), []string{ents[0].Name()})
	if err != nil {
		t.Fatal(err)
	}
	defer pr.close()
	return len(pr.index)
}

// A changed calendar redoes every document, and so does a cache that was
// tampered with or lost; neither changes the dataset.
func TestIncrementalRedo(t *testing.T) {
	raw := corpusRaw(t, 6)
	out := t.TempDir()
	if _, err := Run(context.Background(), Config{Raw: raw, Out: out}); err != nil {
		t.Fatal(err)
	}
	// two entries whose bytes changed, and one lost when the pack was cut
	// short in the middle of its last entry
	ents, err := os.ReadDir(filepath.Join(out, CacheDir))
	if err != nil || len(ents) != 1 {
		t.Fatalf("cache: %d files, %v", len(ents), err)
	}
	pack := filepath.Join(out, CacheDir, ents[0].Name())
	b, err := os.ReadFile(pack)
	if err != nil {
		t.Fatal(err)
	}
	var starts []int
	for off := 0; off < len(b); off += packHeader + int(binary.LittleEndian.Uint32(b[off+20:])) {
		starts = append(starts, off)
	}
	if len(starts) != 7 {
		t.Fatalf("cache: %d entries, want 7", len(starts))
	}
	b[starts[0]+packHeader+3] ^= 0xff
	b[starts[1]+packHeader+40] ^= 0x01
	b = b[:starts[6]+packHeader+10]
	if err := os.WriteFile(pack, b, 0o644); err != nil {
		t.Fatal(err)
	}
	sum, recs, err := runLogged(t, Config{Raw: raw, Out: out})
	if err != nil || sum.Skipped != 4 {
		t.Fatalf("skipped %d, %v", sum.Skipped, err)
	}
	var unusable, missing int
	for _, d := range decisions(t, recs) {
		switch {
		case strings.HasPrefix(d[1], "unchanged, but its cached extraction is unusable"):
			unusable++
		case d[1] == "unchanged, but its extraction is not in the cache":
			missing++
		}
	}
	if unusable != 2 || missing != 1 {
		t.Errorf("%d unusable and %d missing cache files reported, want 2 and 1", unusable, missing)
	}
	full := t.TempDir()
	if _, err := Run(context.Background(), Config{Raw: raw, Out: full}); err != nil {
		t.Fatal(err)
	}
	sameDataset(t, out, full)

	editFile(t, filepath.Join(raw, "calendar.json"), func(s string) string {
		return strings.Replace(s, `"polling day"`, `"polling day", "election day"`, 1)
	})
	sum, recs, err = runLogged(t, Config{Raw: raw, Out: out})
	if err != nil || sum.Skipped != 0 {
		t.Fatalf("after a calendar change: skipped %d, %v", sum.Skipped, err)
	}
	if d := decisions(t, recs)["articles/gen-000002.txt"]; d[1] != "the calendar changed" {
		t.Errorf("after a calendar change: %v", d)
	}
}

// The state file records each source's hashes and the versions.
func TestStateFile(t *testing.T) {
	raw := writeRaw(t, map[string]string{"articles/a.txt": docA, "articles/empty.txt": ""})
	out := t.TempDir()
	sum, err := Run(context.Background(), Config{Raw: raw, Out: out})
	if !errors.Is(err, ErrRejected) {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, StateFile))
	if err != nil {
		t.Fatal(err)
	}
	var st runState
	if err := json.Unmarshal(b, &st); err != nil {
		t.Fatal(err)
	}
	if st.RunID != sum.RunID || st.PipelineVersion != Version || st.SchemaVersions["observations"] != "1" ||
		len(st.ProgramSHA256) != 64 || len(st.Sources) != 2 {
		t.Fatalf("state %s", b)
	}
	if a := st.Sources[0]; a.Path != "articles/a.txt" || a.SHA256 != hexSHA(docA) || a.Status != "ok" || a.Observations == 0 {
		t.Errorf("state of a.txt: %+v", a)
	}
	if e := st.Sources[1]; e.Path != "articles/empty.txt" || e.Status != "rejected" {
		t.Errorf("state of empty.txt: %+v", e)
	}
}

// A second run into a folder another run holds exits at once, having
// touched nothing; the lock file a finished or killed run leaves behind
// does not block the next run.
func TestLock(t *testing.T) {
	raw := writeRaw(t, map[string]string{"articles/a.txt": docA})
	out := t.TempDir()
	if _, err := Run(context.Background(), Config{Raw: raw, Out: out}); err != nil {
		t.Fatal(err)
	}
	held, err := lockOut(out)
	if err != nil {
		t.Fatal(err)
	}
	before := listTree(t, out)
	began := time.Now()
	_, err = Run(context.Background(), Config{Raw: raw, Out: out, Force: true})
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "pid ") {
		t.Fatalf("second run: %v, want ErrLocked naming the holder", err)
	}
	if d := time.Since(began); d > time.Second {
		t.Errorf("the second run took %s to give up", d)
	}
	if after := listTree(t, out); after != before {
		t.Errorf("the second run changed the folder:\n%s\nbecame\n%s", before, after)
	}
	held.release()
	if _, err := Run(context.Background(), Config{Raw: raw, Out: out}); err != nil {
		t.Fatalf("after the lock was released: %v", err)
	}
}

// listTree lists every path under dir with its size and modification time.
func listTree(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s %s %s %d\n", p, info.Mode(), info.ModTime(), info.Size())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// With Strict, a rejected document fails the run, which publishes nothing.
func TestStrict(t *testing.T) {
	out := t.TempDir()
	good := writeRaw(t, map[string]string{"articles/a.txt": docA})
	if _, err := Run(context.Background(), Config{Raw: good, Out: out, Strict: true}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(out, "datapackage.json"))
	bad := writeRaw(t, map[string]string{"articles/a.txt": docA, "articles/b.txt": "\xff"})
	sum, err := Run(context.Background(), Config{Raw: bad, Out: out, Strict: true})
	if !errors.Is(err, ErrStrict) || errors.Is(err, ErrRejected) || sum.Rejected != 1 {
		t.Fatalf("strict run: %v, %+v", err, sum)
	}
	after, _ := os.ReadFile(filepath.Join(out, "datapackage.json"))
	if !bytes.Equal(before, after) {
		t.Error("a strict run with a rejected document published")
	}
	if _, err := os.Stat(filepath.Join(out, "runs", sum.RunID)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the strict run left runs/%s: %v", sum.RunID, err)
	}
}

// Progress is called once per document, in order, up to the total.
func TestProgress(t *testing.T) {
	raw := corpusRaw(t, 5)
	var calls [][2]int
	if _, err := Run(context.Background(), Config{Raw: raw, Out: t.TempDir(), Progress: func(done, total int) {
		calls = append(calls, [2]int{done, total})
	}}); err != nil {
		t.Fatal(err)
	}
	if len(calls) != 6 || calls[0] != [2]int{1, 6} || calls[5] != [2]int{6, 6} {
		t.Errorf("progress calls %v", calls)
	}
}

func hexSHA(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}
