//go:build linux

package source

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestOpenFast checks that the fast path opens exactly the regular files
// under the root that are not themselves symlinks, and reads them whole;
// everything else is left to the ordinary open (ok false), which gives the
// error.
func TestOpenFast(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "raw")
	big := make([]byte, 200<<10) // more than one read buffer
	for i := range big {
		big[i] = byte('a' + i%26)
	}
	writeTree(t, base, map[string]string{
		"raw/a.txt":           "text a",
		"raw/sub/b.txt":       "text b",
		"raw/sub/big.txt":     string(big),
		"raw/empty.txt":       "",
		"raw/store/real.txt":  "real",
		"outside/secret.txt":  "secret",
		"raw/sub/deeper/c.md": "text c",
	})
	for link, target := range map[string]string{
		"raw/link.txt":   "store/real.txt",                   // symlink as the last component
		"raw/escape.txt": "../outside/secret.txt",            // leads out of the root
		"raw/outdir":     filepath.Join(base, "outside"),     // a folder outside the root
		"raw/indir":      "sub",                              // a folder inside the root
		"raw/absin":      filepath.Join(root, "store"),       // absolute link to a folder inside
		"raw/loop.txt":   "loop.txt",                         // loops
		"raw/dangle.txt": filepath.Join(root, "missing.txt"), // to nothing
	} {
		if err := os.Symlink(target, filepath.Join(base, filepath.FromSlash(link))); err != nil {
			t.Skipf("symlinks not supported: %v", err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(root, "pipe.txt"), 0o644); err != nil {
		t.Logf("mkfifo: %v (not tested)", err)
	}
	tr, err := openTree(root)
	if err != nil {
		t.Fatal(err)
	}
	defer tr.close()
	if tr.fast == nil || tr.fast.fd < 0 {
		t.Fatal("no O_PATH handle on the root")
	}
	f, _, ok := tr.fast.openFast("a.txt")
	if !ok && tr.fast.off.Load() {
		t.Skip("openat2 is not available here")
	}
	if ok {
		f.Close()
	}

	for target, want := range map[string]string{
		"a.txt":           "text a",
		"sub/b.txt":       "text b",
		"sub/big.txt":     string(big),
		"empty.txt":       "",
		"sub/deeper/c.md": "text c",
		"indir/b.txt":     "text b", // a symlinked folder inside the root, as os.Root allows
	} {
		f, size, ok := tr.fast.openFast(target)
		if !ok {
			t.Errorf("openFast(%q): not opened", target)
			continue
		}
		b, err := io.ReadAll(f)
		if err != nil || string(b) != want || size != int64(len(want)) {
			t.Errorf("openFast(%q): %d bytes read (size %d), err %v", target, len(b), size, err)
		}
		if err := f.Close(); err != nil {
			t.Errorf("Close(%q): %v", target, err)
		}
		if n, err := f.Read(make([]byte, 1)); err == nil {
			t.Errorf("Read(%q) after Close: %d bytes, no error", target, n)
		}
	}
	for _, target := range []string{
		"link.txt", "escape.txt", "outdir/secret.txt", "absin/real.txt", "loop.txt", "dangle.txt",
		"missing.txt", "sub", "pipe.txt", "../outside/secret.txt", "/etc/passwd", "",
	} {
		if f, _, ok := tr.fast.openFast(target); ok {
			f.Close()
			t.Errorf("openFast(%q) opened it; want it left to os.Root", target)
		}
	}
	for _, rel := range []string{"a.txt", "sub/b.txt", "empty.txt", "indir/b.txt"} {
		if !tr.fast.isRegularFast(rel) {
			t.Errorf("isRegularFast(%q) = false", rel)
		}
	}
	for _, rel := range []string{"link.txt", "escape.txt", "loop.txt", "dangle.txt", "missing.txt", "sub", "indir",
		"pipe.txt", "/etc/passwd", filepath.Join(root, "a.txt"), ""} {
		if tr.fast.isRegularFast(rel) {
			t.Errorf("isRegularFast(%q) = true; want it left to lstat", rel)
		}
	}

	// folders list as through os.Root: same names, same order, same types
	for _, dir := range []string{".", "sub", "sub/deeper", "store"} {
		got, ok, err := tr.fast.readDirFast(dir)
		if !ok || err != nil {
			t.Errorf("readDirFast(%q): ok %v, err %v", dir, ok, err)
			continue
		}
		want, err := fs.ReadDir(tr.r.FS(), dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Errorf("readDirFast(%q): %d entries, os.Root %d", dir, len(got), len(want))
			continue
		}
		for i := range got {
			if got[i].Name() != want[i].Name() || got[i].Type() != want[i].Type() || got[i].IsDir() != want[i].IsDir() {
				t.Errorf("readDirFast(%q)[%d] = %s %v, os.Root %s %v", dir, i, got[i].Name(), got[i].Type(), want[i].Name(), want[i].Type())
			}
		}
	}
	for _, dir := range []string{"indir", "outdir", "absin", "a.txt", "missing", "../outside", "/tmp"} {
		if _, ok, _ := tr.fast.readDirFast(dir); ok {
			t.Errorf("readDirFast(%q) listed it; want it left to os.Root", dir)
		}
	}

	// every one of them still opens, or fails, as before through tree.open
	if _, _, err := tr.open("link.txt", "store/real.txt"); err != nil {
		t.Errorf("open link.txt's target: %v", err)
	}
	if _, _, err := tr.open("escape.txt", "escape.txt"); err == nil {
		t.Error("open escape.txt: no error")
	}
}
