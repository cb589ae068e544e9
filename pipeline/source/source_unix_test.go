//go:build unix

package source

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unicode/utf8"
)

func TestScanNamedPipe(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"ok.txt": "ok"})
	if err := syscall.Mkfifo(filepath.Join(root, "pipe.txt"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	entries := scan(t, root, Options{}) // must not block opening the pipe
	e := entryFor(t, entries, "pipe.txt")
	if !errors.Is(e.Err, ErrNotRegular) || !strings.HasPrefix(e.Err.Error(), "pipe.txt: ") {
		t.Errorf("Err = %v", e.Err)
	}
	if d := Read(root, e, Options{}); !errors.Is(d.Err, ErrNotRegular) {
		t.Errorf("Read: Err = %v", d.Err)
	}
}

func TestScanNonUTF8Name(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "caf\xe9.txt"), []byte("text"), 0o644); err != nil {
		t.Skipf("file system refuses the name: %v", err)
	}
	entries := scan(t, root, Options{})
	if len(entries) != 1 {
		t.Fatalf("entries = %v", entries)
	}
	e := entries[0]
	if !errors.Is(e.Err, ErrInvalidUTF8) || !utf8.ValidString(e.Rel) || !utf8.ValidString(e.SourceID) {
		t.Errorf("entry = %+v", e)
	}
}

func TestScanUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads everything")
	}
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"secret.txt":         "s",
		"side.txt":           "s",
		"side.meta.json":     "{}",
		"locked/inside.txt":  "x",
		"visible/inside.txt": "x",
	})
	for _, p := range []string{"secret.txt", "side.meta.json", "locked"} {
		if err := os.Chmod(filepath.Join(root, p), 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(filepath.Join(root, p), 0o755) })
	}
	entries := scan(t, root, Options{})
	secret := entryFor(t, entries, "secret.txt")
	if !errors.Is(secret.Err, ErrUnreadable) || !errors.Is(secret.Err, os.ErrPermission) || secret.SHA256 != "" {
		t.Errorf("secret.txt: %+v", secret)
	}
	side := entryFor(t, entries, "side.txt")
	if !errors.Is(side.Err, ErrSidecar) || !errors.Is(side.Err, ErrUnreadable) || !strings.HasPrefix(side.Err.Error(), "side.meta.json: ") {
		t.Errorf("side.txt: %+v", side)
	}
	locked := entryFor(t, entries, "locked")
	if !errors.Is(locked.Err, ErrUnreadable) {
		t.Errorf("locked: %+v", locked)
	}
	entryFor(t, entries, "visible/inside.txt")
}
