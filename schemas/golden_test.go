package schemas

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// versionFile matches the file of one released version of a table's schema.
var versionFile = regexp.MustCompile(`^[a-z][a-z0-9_]*\.v[0-9]+\.json$`)

// Released schema versions are frozen: code written against observations v1
// must keep working, so observations.v1.json never changes once released.
// Every schemas/NAME.vN.json has a copy in testdata/golden, taken when it was
// released, and must stay byte-identical to it; a change to a table is a new
// file NAME.v(N+1).json. `go test ./schemas -update` freezes a version that has
// no copy yet; it never overwrites one.
func TestReleasedSchemasFrozen(t *testing.T) {
	const goldenDir = "testdata/golden"
	released, err := filepath.Glob("*.v*.json")
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, name := range released {
		if !versionFile.MatchString(name) {
			continue
		}
		have[name] = true
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join(goldenDir, name)
		want, err := os.ReadFile(golden)
		switch {
		case errors.Is(err, fs.ErrNotExist) && *update:
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("froze %s as %s", name, golden)
		case errors.Is(err, fs.ErrNotExist):
			t.Errorf("schemas/%s has no frozen copy in schemas/%s; when you release it, run go test ./schemas -update", name, golden)
		case err != nil:
			t.Fatal(err)
		case !bytes.Equal(got, want):
			t.Errorf("schemas/%s differs from its released copy schemas/%s: released schema versions are frozen; add a new version instead", name, golden)
		}
	}
	if len(have) == 0 {
		t.Fatal("no schema version files found")
	}
	goldens, err := filepath.Glob(filepath.Join(goldenDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range goldens {
		if name := filepath.Base(g); !have[name] {
			t.Errorf("released schema version %s was removed from schemas/: released schema versions are frozen; keep it", name)
		}
	}
}

// The current tables load from their released files.
func TestCurrentTablesAreReleased(t *testing.T) {
	for _, tb := range Tables() {
		name := tb.Name + ".v" + tb.Version + ".json"
		if _, err := os.Stat(filepath.Join("testdata/golden", name)); err != nil {
			t.Errorf("current table %s v%s: %v", tb.Name, tb.Version, err)
		}
		if Lookup(tb.Name) != tb {
			t.Errorf("Lookup(%q) is not the current table", tb.Name)
		}
	}
	if Lookup("nope") != nil {
		t.Error(`Lookup("nope") is not nil`)
	}
}
