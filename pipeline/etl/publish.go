package etl

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
)

// The layout of an output folder:
//
//	out/runs/<run_id>/    the files of one complete run
//	out/current           symlink to runs/<run_id> of the published run
//	out/observations.parquet, … , out/datapackage.json
//	                      symlinks to current/<file>
//
// A run writes into out/runs/.staging-*, syncs the files, renames the
// folder to runs/<run_id> and then replaces the symlink current with one
// rename: readers see either the previous run or the new one, whole, and a
// run that fails or is killed at any moment leaves current as it was.
const (
	runsDir    = "runs"
	currentDir = "current"
)

// newStaging makes the folder a run writes into.
func newStaging(out string) (string, error) {
	if err := os.MkdirAll(filepath.Join(out, runsDir), 0o755); err != nil {
		return "", fmt.Errorf("output folder: %w", err)
	}
	dir, err := os.MkdirTemp(filepath.Join(out, runsDir), ".staging-")
	if err != nil {
		return "", fmt.Errorf("output folder: %w", err)
	}
	return dir, nil
}

// publish makes the finished staging folder the current run of out, under
// the name runID, links the names in files (at the top of the run's folder)
// from out, keeps the keep most recent runs (at least the current one) and
// removes older ones.
func publish(staging, out, runID string, files []string, keep int) error {
	if err := syncDir(staging); err != nil {
		return err
	}
	runs := filepath.Join(out, runsDir)
	name := runID // the run's folder under runs
	for k := 2; ; k++ {
		final := filepath.Join(runs, name)
		if _, err := os.Stat(final); errors.Is(err, fs.ErrNotExist) {
			if err := os.Rename(staging, final); err != nil {
				return fmt.Errorf("publish: %w", err)
			}
			break
		} else if err != nil {
			return fmt.Errorf("publish: %w", err)
		}
		// An unchanged rerun: the same inputs give the same bytes, and the
		// folder is only ever renamed into place complete. Keep it. But a
		// build with other rules under the same version writes other
		// bytes for the same inputs: a folder of its own, runs/<id>~2
		if same, err := sameDescriptors(staging, final); err != nil {
			return fmt.Errorf("publish: %w", err)
		} else if same {
			if err := os.RemoveAll(staging); err != nil {
				return err
			}
			break
		}
		name = fmt.Sprintf("%s~%d", runID, k)
	}
	if err := syncDir(runs); err != nil {
		return err
	}
	// switch current in one rename
	tmp := filepath.Join(out, ".current-"+name)
	os.Remove(tmp)
	if err := os.Symlink(filepath.Join(runsDir, name), tmp); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(out, currentDir)); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("publish: %w", err)
	}
	// the stable names, made once; they point through current
	for _, f := range files {
		link := filepath.Join(out, f)
		want := filepath.Join(currentDir, f)
		if got, err := os.Readlink(link); err == nil && got == want {
			continue
		}
		tmp := link + ".tmp-link"
		os.Remove(tmp)
		if err := os.Symlink(want, tmp); err != nil {
			return fmt.Errorf("publish %s: %w", f, err)
		}
		if err := os.Rename(tmp, link); err != nil {
			return fmt.Errorf("publish %s: %w", f, err)
		}
	}
	// links of an earlier run's layout (observations.parquet after a
	// partitioned run, say) that lead nowhere now
	if ents, err := os.ReadDir(out); err == nil {
		for _, e := range ents {
			if e.Type()&fs.ModeSymlink == 0 || slices.Contains(files, e.Name()) {
				continue
			}
			link := filepath.Join(out, e.Name())
			if dest, err := os.Readlink(link); err == nil && strings.HasPrefix(dest, currentDir+string(filepath.Separator)) {
				if _, err := os.Stat(link); errors.Is(err, fs.ErrNotExist) {
					os.Remove(link)
				}
			}
		}
	}
	if err := syncDir(out); err != nil {
		return err
	}
	return prune(runs, name, keep)
}

// sameDescriptors reports whether the run folders a and b hold the same
// descriptors (datapackage*.json), byte for byte: each names every file of
// its run with its size and SHA-256, so the runs are the same.
func sameDescriptors(a, b string) (bool, error) {
	da, err := filepath.Glob(filepath.Join(a, "datapackage*.json"))
	if err != nil {
		return false, err
	}
	db, err := filepath.Glob(filepath.Join(b, "datapackage*.json"))
	if err != nil || len(da) != len(db) || len(da) == 0 {
		return false, err
	}
	for i := range da {
		if filepath.Base(da[i]) != filepath.Base(db[i]) {
			return false, nil
		}
		x, err := os.ReadFile(da[i])
		if err != nil {
			return false, err
		}
		y, err := os.ReadFile(db[i])
		if err != nil {
			return false, nil // (an unreadable old descriptor: not the same)
		}
		if !bytes.Equal(x, y) {
			return false, nil
		}
	}
	return true, nil
}

// prune removes all but the keep most recently published runs, never the
// current one, and staging folders left by killed runs.
func prune(runs, current string, keep int) error {
	ents, err := os.ReadDir(runs)
	if err != nil {
		return err
	}
	type run struct {
		name string
		mod  int64
	}
	var done []run
	var errs []error
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		if strings.HasPrefix(e.Name(), ".staging-") {
			if info, err := e.Info(); err == nil && isStale(info) {
				errs = append(errs, os.RemoveAll(filepath.Join(runs, e.Name())))
			}
			continue
		}
		if e.Name() == current {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		done = append(done, run{e.Name(), info.ModTime().UnixNano()})
	}
	sort.Slice(done, func(i, j int) bool { return done[i].mod > done[j].mod })
	for i, r := range done {
		if i+1 >= keep { // the current run counts as one of keep
			errs = append(errs, os.RemoveAll(filepath.Join(runs, r.name)))
		}
	}
	return errors.Join(errs...)
}

// isStale reports whether a staging folder was left by a run that died: one
// untouched for a day. (A live run writes into its folder all the time.)
func isStale(info fs.FileInfo) bool { return time.Since(info.ModTime()) > 24*time.Hour }
