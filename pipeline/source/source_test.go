package source

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
)

// writeTree creates files (path under root → content) under root.
func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for rel, content := range files {
		p := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func scan(t *testing.T, root string, opt Options) []Entry {
	t.Helper()
	entries, err := Scan(context.Background(), root, opt)
	if err != nil {
		t.Fatalf("Scan: %v", err)
	}
	return entries
}

func entryFor(t *testing.T, entries []Entry, rel string) Entry {
	t.Helper()
	for _, e := range entries {
		if e.Rel == rel {
			return e
		}
	}
	t.Fatalf("no entry %q in %v", rel, rels(entries))
	return Entry{}
}

func rels(entries []Entry) []string {
	var out []string
	for _, e := range entries {
		out = append(out, e.Rel)
	}
	return out
}

func hexSHA(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

const goodSidecar = `{
  "url": "https://www.example.com/news/1",
  "title": "Title",
  "publisher": "Daily Example",
  "author": "A. Writer",
  "published": "2024-07-17",
  "retrieved": "2024-07-18T09:30:00+01:00",
  "license": "CC-BY-4.0",
  "source_type": "news"
}`

func TestScanOrderAndSkips(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"b.txt":              "b",
		"a.txt":              "a",
		"a-b/x.txt":          "x",
		"a/b/c.txt":          "c",
		"a/z.md":             "z",
		"a/z.meta.json":      `{}`,
		"a/.hidden.txt":      "hidden",
		".git/x.txt":         "hidden folder",
		"a/.cache/y.md":      "hidden folder",
		"official/table.txt": "only tables are read under official/",
		"official/t.csv":     "a,b",
		"sub/official/y.txt": "only the top-level official/ holds tables",
		"notes.csv":          "not a document",
		"x.markdown":         "not a document",
		"UPPER.TXT":          "extensions are matched exactly",
		"README.md":          "readme",
		"page.html":          "<p>html</p>",
		"dir.txt/inner.txt":  "a folder named like a document is walked",
	})
	want := []string{
		"README.md",
		"a-b/x.txt",
		"a.txt",
		"a/b/c.txt",
		"a/z.md",
		"b.txt",
		"dir.txt/inner.txt",
		"official/t.csv",
		"page.html",
		"sub/official/y.txt",
	}
	for range 2 { // stable across runs
		entries := scan(t, root, Options{})
		if got := rels(entries); !slices.Equal(got, want) {
			t.Fatalf("Rel order:\n got %q\nwant %q", got, want)
		}
		for _, e := range entries {
			if e.Err != nil {
				t.Errorf("%s: unexpected Err %v", e.Rel, e.Err)
			}
			if wantID := strings.TrimSuffix(e.Rel, filepath.Ext(e.Rel)); e.SourceID != wantID {
				t.Errorf("%s: SourceID %q, want %q", e.Rel, e.SourceID, wantID)
			}
			if e.Table != (e.Rel == "official/t.csv") {
				t.Errorf("%s: Table = %v", e.Rel, e.Table)
			}
		}
	}
}

func TestScanHashes(t *testing.T) {
	root := t.TempDir()
	doc := "Some text, 1,084,000 people.\r\n"
	writeTree(t, root, map[string]string{
		"articles/x.txt":       doc,
		"articles/x.meta.json": goodSidecar,
		"articles/y.md":        "no sidecar",
	})
	entries := scan(t, root, Options{})
	x := entryFor(t, entries, "articles/x.txt")
	if x.SHA256 != hexSHA(doc) {
		t.Errorf("SHA256 = %s, want %s", x.SHA256, hexSHA(doc))
	}
	if x.SidecarSHA256 != hexSHA(goodSidecar) {
		t.Errorf("SidecarSHA256 = %s, want %s", x.SidecarSHA256, hexSHA(goodSidecar))
	}
	if x.Size != int64(len(doc)) || x.SourceID != "articles/x" || x.Err != nil {
		t.Errorf("entry = %+v", x)
	}
	y := entryFor(t, entries, "articles/y.md")
	if y.SidecarSHA256 != "" || y.SHA256 != hexSHA("no sidecar") || y.Err != nil {
		t.Errorf("entry = %+v", y)
	}
}

func TestScanTooLarge(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"big.txt": strings.Repeat("x", 100), "ok.txt": "small"})
	entries := scan(t, root, Options{MaxDocBytes: 50})
	big := entryFor(t, entries, "big.txt")
	if !errors.Is(big.Err, ErrTooLarge) || big.SHA256 != "" || big.Size != 100 {
		t.Errorf("big.txt: %+v", big)
	}
	if want := "big.txt: 100 bytes exceeds the limit of 50 (--max-doc-bytes)"; big.Err == nil || big.Err.Error() != want {
		t.Errorf("Err = %v, want %q", big.Err, want)
	}
	if ok := entryFor(t, entries, "ok.txt"); ok.Err != nil {
		t.Errorf("ok.txt: %v", ok.Err)
	}
	// Read reports the scan error.
	d := Read(root, big, Options{MaxDocBytes: 50})
	if !errors.Is(d.Err, ErrTooLarge) || d.Text != "" {
		t.Errorf("Read: Err %v, Text %q", d.Err, d.Text)
	}
}

func TestScanDuplicateSourceID(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"a/x.md": "md", "a/x.txt": "txt"})
	entries := scan(t, root, Options{})
	if md := entryFor(t, entries, "a/x.md"); md.Err != nil {
		t.Errorf("a/x.md: %v", md.Err)
	}
	txt := entryFor(t, entries, "a/x.txt")
	if !errors.Is(txt.Err, ErrDuplicate) || !strings.Contains(txt.Err.Error(), "a/x.txt") {
		t.Errorf("a/x.txt: Err = %v, want ErrDuplicate naming the file", txt.Err)
	}
}

// A document with the same bytes as one before it is a duplicate: its
// observations would repeat the first one's ids.
func TestScanDuplicateBytes(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"a/one.txt": "same", "b/two.md": "same", "c/three.txt": "other", "d/empty.txt": "", "e/empty.txt": ""})
	entries := scan(t, root, Options{})
	// empty files are left to Read, which rejects them as empty
	for _, rel := range []string{"a/one.txt", "c/three.txt", "d/empty.txt", "e/empty.txt"} {
		if e := entryFor(t, entries, rel); e.Err != nil {
			t.Errorf("%s: %v", rel, e.Err)
		}
	}
	two := entryFor(t, entries, "b/two.md")
	if !errors.Is(two.Err, ErrDuplicate) || !strings.HasPrefix(two.Err.Error(), "b/two.md: same bytes as a/one.txt (sha256 ") {
		t.Errorf("b/two.md: Err = %v, want ErrDuplicate naming a/one.txt", two.Err)
	}
}

func TestScanCancelled(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"a.txt": "a"})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Scan(ctx, root, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Scan(cancelled) = %v, want context.Canceled", err)
	}
}

func TestScanBadRoot(t *testing.T) {
	root := t.TempDir()
	if _, err := Scan(context.Background(), filepath.Join(root, "missing"), Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing root: err = %v", err)
	}
	writeTree(t, root, map[string]string{"file.txt": "x"})
	if _, err := Scan(context.Background(), filepath.Join(root, "file.txt"), Options{}); err == nil {
		t.Error("root that is a file: no error")
	}
}

func TestScanEmptyRoot(t *testing.T) {
	entries := scan(t, t.TempDir(), Options{})
	if len(entries) != 0 {
		t.Errorf("entries = %v", entries)
	}
}

func TestSymlinks(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "raw")
	writeTree(t, base, map[string]string{
		"raw/store/real.txt":    "real text",
		"raw/store/real2.txt":   "real text 2",
		"raw/link.meta.json":    `{"title": "via link"}`,
		"raw/folder/inside.txt": "in a folder reached only by a symlink",
		"outside.txt":           "secret",
	})
	links := map[string]string{ // link (under root) → target
		"raw/link.txt":     "store/real.txt",
		"raw/abs.txt":      filepath.Join(root, "store", "real2.txt"),
		"raw/escape.txt":   "../outside.txt",
		"raw/absout.txt":   filepath.Join(base, "outside.txt"),
		"raw/dangling.txt": "store/missing.txt",
		"raw/loop1.txt":    "loop2.txt",
		"raw/loop2.txt":    "loop1.txt",
		"raw/dirlink":      "folder",
		"raw/dirlink.txt":  "folder",
	}
	for link, target := range links {
		if err := os.Symlink(target, filepath.Join(base, filepath.FromSlash(link))); err != nil {
			t.Skipf("symlinks not supported: %v", err)
		}
	}
	entries := scan(t, root, Options{})
	want := []string{"abs.txt", "absout.txt", "dangling.txt", "escape.txt", "folder/inside.txt", "link.txt",
		"loop1.txt", "loop2.txt", "store/real.txt", "store/real2.txt"}
	if got := rels(entries); !slices.Equal(got, want) {
		t.Fatalf("Rels:\n got %q\nwant %q", got, want)
	}

	link := entryFor(t, entries, "link.txt")
	if link.Err != nil || link.SHA256 != hexSHA("real text") || link.SidecarSHA256 == "" {
		t.Errorf("link.txt: %+v", link)
	}
	d := Read(root, link, Options{})
	if d.Err != nil || d.Text != "real text" || d.Title != "via link" || d.Path != "link.txt" {
		t.Errorf("Read link.txt: %+v", d)
	}
	abs := entryFor(t, entries, "abs.txt")
	if abs.Err != nil || abs.SHA256 != hexSHA("real text 2") {
		t.Errorf("abs.txt (absolute link inside root): %+v", abs)
	}
	if d := Read(root, abs, Options{}); d.Err != nil || d.Text != "real text 2" {
		t.Errorf("Read abs.txt: %+v", d)
	}

	for rel, want := range map[string]string{
		"escape.txt":   "outside the raw root",
		"absout.txt":   "outside the raw root",
		"dangling.txt": "dangling symlink",
		"loop1.txt":    "symlink loop",
		"loop2.txt":    "symlink loop",
	} {
		e := entryFor(t, entries, rel)
		if !errors.Is(e.Err, ErrSymlink) || !strings.HasPrefix(e.Err.Error(), rel+": ") || !strings.Contains(e.Err.Error(), want) {
			t.Errorf("%s: Err = %v, want ErrSymlink with %q", rel, e.Err, want)
		}
		if e.SHA256 != "" {
			t.Errorf("%s: SHA256 = %q for an unreadable file", rel, e.SHA256)
		}
		d := Read(root, e, Options{})
		if !errors.Is(d.Err, ErrSymlink) || d.Text != "" || d.OK() {
			t.Errorf("Read %s: %+v", rel, d)
		}
	}
	// Read refuses to escape even when handed an Entry that Scan did not make.
	d = Read(root, Entry{Rel: "escape.txt", SourceID: "escape"}, Options{})
	if !errors.Is(d.Err, ErrSymlink) || strings.Contains(d.Text, "secret") {
		t.Errorf("Read escape.txt: %+v", d)
	}
}

func TestRootIsSymlink(t *testing.T) {
	base := t.TempDir()
	writeTree(t, base, map[string]string{"real/a.txt": "a"})
	if err := os.Symlink("real", filepath.Join(base, "raw")); err != nil {
		t.Skipf("symlinks not supported: %v", err)
	}
	root := filepath.Join(base, "raw")
	entries := scan(t, root, Options{})
	if got := rels(entries); !slices.Equal(got, []string{"a.txt"}) {
		t.Fatalf("Rels = %q", got)
	}
	if d := Read(root, entries[0], Options{}); d.Err != nil || d.Text != "a" {
		t.Errorf("Read: %+v", d)
	}
}

func TestReadOK(t *testing.T) {
	root := t.TempDir()
	doc := "\uFEFFHeadline\r\n\r\nAlmost 610,000 people.\r\n"
	writeTree(t, root, map[string]string{
		"articles/x.txt":       doc,
		"articles/x.meta.json": goodSidecar,
		"notes/n.md":           "# Note\n\nText.\n",
		"notes/n.meta.json":    `{"source_type": "official_release", "published": "2024-07-17T10:00:00Z"}`,
	})
	entries := scan(t, root, Options{})

	d := Read(root, entryFor(t, entries, "articles/x.txt"), Options{})
	if d.Err != nil {
		t.Fatalf("Err = %v", d.Err)
	}
	wantText := "Headline\r\n\r\nAlmost 610,000 people.\r\n" // BOM removed, CRLF kept
	if d.Text != wantText {
		t.Errorf("Text = %q, want %q", d.Text, wantText)
	}
	checks := []struct{ name, got, want string }{
		{"SourceID", d.SourceID, "articles/x"},
		{"Path", d.Path, "articles/x.txt"},
		{"SourceType", d.SourceType, "news"},
		{"MediaType", d.MediaType, "text/plain"},
		{"URL", d.URL, "https://www.example.com/news/1"},
		{"Title", d.Title, "Title"},
		{"Publisher", d.Publisher, "Daily Example"},
		{"Author", d.Author, "A. Writer"},
		{"License", d.License, "CC-BY-4.0"},
		{"SHA256", d.SHA256, hexSHA(doc)}, // over the raw bytes, BOM included
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if d.Bytes != int64(len(doc)) {
		t.Errorf("Bytes = %d, want %d", d.Bytes, len(doc))
	}
	if want := time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC); !d.Published.Equal(want) || d.Published.Location() != time.UTC {
		t.Errorf("Published = %v, want %v", d.Published, want)
	}
	if want := time.Date(2024, 7, 18, 8, 30, 0, 0, time.UTC); !d.Retrieved.Equal(want) || d.Retrieved.Location() != time.UTC {
		t.Errorf("Retrieved = %v, want %v", d.Retrieved, want)
	}
	if len(d.Warnings) != 0 {
		t.Errorf("Warnings = %q", d.Warnings)
	}

	n := Read(root, entryFor(t, entries, "notes/n.md"), Options{})
	if n.Err != nil || n.MediaType != "text/markdown" || n.SourceType != "official_release" || n.Text != "# Note\n\nText.\n" {
		t.Errorf("notes/n.md: %+v", n)
	}
	if n.URL != "" || n.Title != "" || !n.Retrieved.IsZero() {
		t.Errorf("notes/n.md: invented metadata: %+v", n)
	}
	if !hasWarning(n, "notes/n.meta.json: unknown url, title, publisher, author, retrieved, license") {
		t.Errorf("notes/n.md: Warnings = %q", n.Warnings)
	}
}

func hasWarning(d *model.Document, sub string) bool {
	for _, w := range d.Warnings {
		if strings.Contains(w, sub) {
			return true
		}
	}
	return false
}

func TestReadMissingSidecar(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"a/x.txt": "text"})
	d := Read(root, scan(t, root, Options{})[0], Options{})
	if d.Err != nil {
		t.Fatalf("Err = %v", d.Err)
	}
	if !hasWarning(d, "no sidecar a/x.meta.json") {
		t.Errorf("Warnings = %q, want a 'no sidecar' warning", d.Warnings)
	}
	if d.URL != "" || d.Title != "" || d.Publisher != "" || d.Author != "" || d.License != "" ||
		d.SourceType != "" || !d.Published.IsZero() || !d.Retrieved.IsZero() {
		t.Errorf("metadata not empty: %+v", d)
	}
	if d.Text != "text" || d.SHA256 != hexSHA("text") || d.Bytes != 4 {
		t.Errorf("doc = %+v", d)
	}
}

func TestReadMissingPublished(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"x.txt":       "text",
		"x.meta.json": `{"title": "T", "published": null, "author": ""}`,
	})
	d := Read(root, scan(t, root, Options{})[0], Options{})
	if d.Err != nil || d.Title != "T" || !d.Published.IsZero() || d.Author != "" {
		t.Fatalf("doc = %+v", d)
	}
	if !hasWarning(d, "x.meta.json: no published date") {
		t.Errorf("Warnings = %q", d.Warnings)
	}
}

func TestReadRejections(t *testing.T) {
	big := strings.Repeat("a", 64)
	tests := []struct {
		name  string
		files map[string]string
		opt   Options
		want  error  // sentinel
		path  string // file the message must name
		msg   string // substring of the message
	}{
		{"invalid UTF-8", map[string]string{"a/x.txt": "caf\xe9 au lait"}, Options{}, ErrInvalidUTF8, "a/x.txt", "a/x.txt: invalid UTF-8 at byte 3"},
		{"UTF-16", map[string]string{"a/x.txt": "\xff\xfeh\x00i\x00"}, Options{}, ErrInvalidUTF8, "a/x.txt", "invalid UTF-8 at byte 0 (UTF-16"},
		{"empty", map[string]string{"a/x.txt": ""}, Options{}, ErrEmpty, "a/x.txt", "a/x.txt: empty file"},
		{"only BOM", map[string]string{"a/x.txt": "\uFEFF"}, Options{}, ErrEmpty, "a/x.txt", "empty file"},
		{"only white space", map[string]string{"a/x.txt": " \r\n\t\n"}, Options{}, ErrEmpty, "a/x.txt", "empty file"},
		{"NUL", map[string]string{"a/x.txt": "0123456789abcdefg\x00rest"}, Options{}, ErrBinary, "a/x.txt", "a/x.txt: NUL byte at byte 17 (binary data?)"},
		{"binary", map[string]string{"a/x.txt": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, Options{}, ErrBinary, "a/x.txt", "a/x.txt: binary data, not text (invalid UTF-8 at byte 0, NUL byte at byte 8)"},
		{"too large", map[string]string{"a/x.txt": big}, Options{MaxDocBytes: 10}, ErrTooLarge, "a/x.txt", "a/x.txt: 64 bytes exceeds the limit of 10 (--max-doc-bytes)"},
		{"html without article", map[string]string{"a/x.html": "<html><body><nav><a href='/'>Home</a></nav></body></html>"}, Options{}, ErrEmpty, "a/x.html", "a/x.html: no article text found in the HTML page"},
		{"empty html", map[string]string{"a/x.html": " \n"}, Options{}, ErrEmpty, "a/x.html", "a/x.html: empty file"},
		{"html with NUL", map[string]string{"a/x.html": "<p>a\x00b</p>"}, Options{}, ErrBinary, "a/x.html", "a/x.html: NUL byte at byte 4"},
		{"page not found", map[string]string{"a/x.html": "<html><head><title>Page not found | Daily Example</title></head><body><main><h1>Page not found</h1>" +
			"<p>Sorry, we could not find the page you asked for. Try our 12 sections instead.</p></main></body></html>"}, Options{}, ErrNotArticle, "a/x.html",
			`a/x.html: not an article: a "page not found" page`},
		{"consent wall", map[string]string{"a/x.html": "<html><body><div class='gate'><p>We and our 312 partners use cookies and process personal data for personalised advertising.</p>" +
			"<p>You can change your preferences at any time in our privacy policy.</p><p><a href='#'>Accept all</a> <a href='#'>Reject all</a></p></div></body></html>"}, Options{}, ErrNotArticle, "a/x.html",
			"a/x.html: not an article: a cookie or consent wall, with no article text"},
		{"sidecar sha256 of other bytes", map[string]string{"a/x.html": "<p>More than 1,100.</p>", "a/x.meta.json": `{"sha256": "` + hexSHA("<p>Fewer than 1,100.</p>") + `"}`}, Options{}, ErrSidecar, "a/x.meta.json",
			"a/x.meta.json: invalid sidecar: sha256 " + hexSHA("<p>Fewer than 1,100.</p>")[:12] + " is not that of a/x.html (" + hexSHA("<p>More than 1,100.</p>")[:12] + "): the document changed after it was fetched"},
		{"bad http_status", map[string]string{"a/x.html": "<p>x</p>", "a/x.meta.json": `{"http_status": "200"}`}, Options{}, ErrSidecar, "a/x.meta.json", `json: field "http_status" must be an HTTP status from 100 to 599 or null, not "200"`},
		{"malformed sidecar", map[string]string{"a/x.txt": "t", "a/x.meta.json": `{"title": "x"`}, Options{}, ErrSidecar, "a/x.meta.json", "a/x.meta.json: invalid sidecar: malformed JSON"},
		{"sidecar not an object", map[string]string{"a/x.txt": "t", "a/x.meta.json": `["title"]`}, Options{}, ErrSidecar, "a/x.meta.json", "want a JSON object, not an array"},
		{"empty sidecar", map[string]string{"a/x.txt": "t", "a/x.meta.json": ""}, Options{}, ErrSidecar, "a/x.meta.json", "invalid sidecar: empty"},
		{"unknown field", map[string]string{"a/x.txt": "t", "a/x.meta.json": `{"foo": "bar"}`}, Options{}, ErrSidecar, "a/x.meta.json", `a/x.meta.json: invalid sidecar: json: unknown field "foo"`},
		{"wrong type", map[string]string{"a/x.txt": "t", "a/x.meta.json": `{"title": 42}`}, Options{}, ErrSidecar, "a/x.meta.json", `json: field "title" must be a string or null, not a number`},
		{"bad time", map[string]string{"a/x.txt": "t", "a/x.meta.json": `{"published": "17/07/2024"}`}, Options{}, ErrSidecar, "a/x.meta.json", `published "17/07/2024" is not an RFC 3339 time or a YYYY-MM-DD date`},
		{"bad source_type", map[string]string{"a/x.txt": "t", "a/x.meta.json": `{"source_type": "blog"}`}, Options{}, ErrSidecar, "a/x.meta.json", `source_type "blog" is not one of news, official_release, official_table`},
		{"bad url", map[string]string{"a/x.txt": "t", "a/x.meta.json": `{"url": "www.example.com/x"}`}, Options{}, ErrSidecar, "a/x.meta.json", `url "www.example.com/x" is not an absolute http(s) URL`},
		{"ftp url", map[string]string{"a/x.txt": "t", "a/x.meta.json": `{"url": "ftp://example.com/x"}`}, Options{}, ErrSidecar, "a/x.meta.json", `not an absolute http(s) URL`},
		{"sidecar is a folder", map[string]string{"a/x.txt": "t", "a/x.meta.json/f": "x"}, Options{}, ErrSidecar, "a/x.meta.json", "a/x.meta.json: invalid sidecar: a folder"},
		{"sidecar too large", map[string]string{"a/x.txt": "t", "a/x.meta.json": `{"title": "` + strings.Repeat("t", int(MaxSidecarBytes)) + `"}`}, Options{}, ErrSidecar, "a/x.meta.json", "exceeds the limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			writeTree(t, root, tt.files)
			entries := scan(t, root, tt.opt)
			var doc string
			for rel := range tt.files {
				if mediaType(rel) != "" && !strings.Contains(rel, ".meta.json") {
					doc = rel
				}
			}
			d := Read(root, entryFor(t, entries, doc), tt.opt)
			if !errors.Is(d.Err, tt.want) {
				t.Fatalf("Err = %v, want errors.Is %v", d.Err, tt.want)
			}
			if msg := d.Err.Error(); !strings.HasPrefix(msg, tt.path+": ") || !strings.Contains(msg, tt.msg) {
				t.Errorf("Err = %q, want it to name %s and contain %q", msg, tt.path, tt.msg)
			}
			if d.OK() || d.Text != "" {
				t.Errorf("rejected doc: OK %v, Text %q", d.OK(), d.Text)
			}
			if d.Path != doc || d.SourceID != strings.TrimSuffix(doc, filepath.Ext(doc)) {
				t.Errorf("Path %q SourceID %q", d.Path, d.SourceID)
			}
		})
	}
}

// An HTML document's text is the article's main text, without the page
// around it; offsets refer to it.
func TestReadHTML(t *testing.T) {
	page := `<html><head><title>Crossings</title></head><body>` +
		`<div class="cookie-banner">We use 12 cookies</div><nav><a href="/top-10">Top 10</a></nav>` +
		`<article><p>More than 1,100 migrants have crossed the Channel.</p><p>The scheme cost £290 million.</p></article>` +
		`<footer>© 2024 Example, 500 Example Street</footer></body></html>`
	want := "More than 1,100 migrants have crossed the Channel.\n\nThe scheme cost £290 million."
	side := `{"url": "https://example.com/b", "requested_url": "http://example.com/a", "http_status": 200,` +
		` "content_type": "text/html; charset=utf-8", "sha256": "` + strings.ToUpper(hexSHA(page)) + `", "title": "T"}`
	for _, c := range []struct {
		name      string
		extracted string // NAME.extracted.text; "-" for none
		warning   string
	}{
		{"no stored text", "-", ""},
		{"stored text", want + "\n", ""},
		{"stored text without final newline", want, ""},
		{"stale stored text", "More than 1,000 migrants\n", "x.extracted.text differs from the text extracted from x.html now"},
	} {
		t.Run(c.name, func(t *testing.T) {
			root := t.TempDir()
			files := map[string]string{"x.html": page, "x.meta.json": side}
			if c.extracted != "-" {
				files["x.extracted.text"] = c.extracted
			}
			writeTree(t, root, files)
			entries := scan(t, root, Options{})
			if len(entries) != 1 {
				t.Fatalf("Scan found %d documents, want only x.html: %+v", len(entries), entries)
			}
			d := Read(root, entries[0], Options{})
			if d.Err != nil {
				t.Fatal(d.Err)
			}
			if d.MediaType != "text/html" || d.Text != want {
				t.Errorf("MediaType %q, Text %q; want %q", d.MediaType, d.Text, want)
			}
			if d.SHA256 != hexSHA(page) || d.Bytes != int64(len(page)) || d.URL != "https://example.com/b" || d.Title != "T" {
				t.Errorf("doc = %+v", d)
			}
			stale := false
			for _, w := range d.Warnings {
				stale = stale || strings.Contains(w, "differs")
			}
			if c.warning != "" && !hasWarning(d, c.warning) || c.warning == "" && stale {
				t.Errorf("Warnings = %q, want %q", d.Warnings, c.warning)
			}
		})
	}
}

func TestReadBothProblems(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"x.txt": "", "x.meta.json": `{"foo": 1}`})
	d := Read(root, scan(t, root, Options{})[0], Options{})
	if !errors.Is(d.Err, ErrEmpty) || errors.Is(d.Err, ErrSidecar) {
		t.Errorf("Err = %v, want the document's own problem first", d.Err)
	}
	if !hasWarning(d, `also: x.meta.json: invalid sidecar: json: unknown field "foo"`) {
		t.Errorf("Warnings = %q", d.Warnings)
	}
}

func TestReadChanged(t *testing.T) {
	tests := []struct {
		name   string
		files  map[string]string
		change map[string]string // written after Scan; "" removes
		path   string
	}{
		{"document edited", map[string]string{"x.txt": "before"}, map[string]string{"x.txt": "after!"}, "x.txt"},
		{"sidecar edited", map[string]string{"x.txt": "t", "x.meta.json": `{"title": "a"}`}, map[string]string{"x.meta.json": `{"title": "b"}`}, "x.meta.json"},
		{"sidecar added", map[string]string{"x.txt": "t"}, map[string]string{"x.meta.json": `{"title": "b"}`}, "x.meta.json"},
		{"sidecar removed", map[string]string{"x.txt": "t", "x.meta.json": `{}`}, map[string]string{"x.meta.json": ""}, "x.meta.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			writeTree(t, root, tt.files)
			e := entryFor(t, scan(t, root, Options{}), "x.txt")
			for rel, content := range tt.change {
				p := filepath.Join(root, rel)
				if content == "" {
					if err := os.Remove(p); err != nil {
						t.Fatal(err)
					}
					continue
				}
				writeTree(t, root, map[string]string{rel: content})
			}
			d := Read(root, e, Options{})
			if !errors.Is(d.Err, ErrChanged) || !strings.HasPrefix(d.Err.Error(), tt.path+": ") {
				t.Fatalf("Err = %v, want ErrChanged naming %s", d.Err, tt.path)
			}
			if d.Text != "" {
				t.Errorf("Text = %q", d.Text)
			}
		})
	}
	// The message gives both hashes, abbreviated.
	root := t.TempDir()
	writeTree(t, root, map[string]string{"x.txt": "before"})
	e := scan(t, root, Options{})[0]
	writeTree(t, root, map[string]string{"x.txt": "after"})
	d := Read(root, e, Options{})
	want := "x.txt: changed since it was scanned (sha256 " + hexSHA("before")[:12] + " when scanned, " + hexSHA("after")[:12] + " now)"
	if d.Err == nil || d.Err.Error() != want {
		t.Errorf("Err = %v\nwant %s", d.Err, want)
	}
}

func TestReadHandMadeEntry(t *testing.T) {
	// An Entry without hashes (not from Scan) is read without the change check.
	root := t.TempDir()
	writeTree(t, root, map[string]string{"x.txt": "text", "x.meta.json": `{"title": "T"}`})
	d := Read(root, Entry{Rel: "x.txt", SourceID: "x"}, Options{})
	if d.Err != nil || d.Text != "text" || d.Title != "T" || d.SHA256 != hexSHA("text") || d.Bytes != 4 {
		t.Errorf("doc = %+v", d)
	}
	// A file that is gone.
	d = Read(root, Entry{Rel: "gone.txt", SourceID: "gone"}, Options{})
	if !errors.Is(d.Err, ErrUnreadable) || !errors.Is(d.Err, os.ErrNotExist) || !strings.HasPrefix(d.Err.Error(), "gone.txt: ") {
		t.Errorf("Err = %v", d.Err)
	}
	// A root that is gone.
	d = Read(filepath.Join(root, "nope"), Entry{Rel: "x.txt", SourceID: "x"}, Options{})
	if !errors.Is(d.Err, ErrUnreadable) {
		t.Errorf("Err = %v", d.Err)
	}
}

func TestReadEntryWithErr(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"x.txt": "text", "x.meta.json": `{"title": "T"}`})
	scanErr := newError("x.txt", "cannot read", os.ErrPermission, ErrUnreadable)
	d := Read(root, Entry{Rel: "x.txt", SourceID: "x", Err: scanErr}, Options{})
	if d.Err != scanErr || d.Text != "" {
		t.Errorf("Err = %v, Text %q", d.Err, d.Text)
	}
	if d.Title != "T" {
		t.Errorf("sidecar metadata not loaded for a rejected document: %+v", d)
	}
}

func TestWarnPublishedAfterRetrieved(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"x.txt": "t", "x.meta.json": `{"published": "2024-07-18", "retrieved": "2024-07-17"}`})
	d := Read(root, scan(t, root, Options{})[0], Options{})
	if d.Err != nil || !hasWarning(d, "is after retrieved") {
		t.Errorf("Err %v, Warnings %q", d.Err, d.Warnings)
	}
}

func TestErrorUnwrap(t *testing.T) {
	err := newError("a.txt", "cannot read", os.ErrPermission, ErrUnreadable)
	if !errors.Is(err, ErrUnreadable) || !errors.Is(err, os.ErrPermission) {
		t.Errorf("errors.Is fails for %v", err)
	}
	if got := err.Error(); got != "a.txt: cannot read: permission denied" {
		t.Errorf("Error() = %q", got)
	}
	side := asSidecar(newError("a.meta.json", "symlink loop", nil, ErrSymlink))
	if !errors.Is(side, ErrSidecar) || !errors.Is(side, ErrSymlink) || side.Error() != "a.meta.json: invalid sidecar: symlink loop" {
		t.Errorf("asSidecar = %v", side)
	}
}

// MaxDocBytes cannot raise the limit above MaxDocBytesLimit, and zero means
// the default.
func TestMaxDocBytesBounds(t *testing.T) {
	for _, c := range []struct{ set, want int64 }{{0, DefaultMaxDocBytes}, {-1, DefaultMaxDocBytes}, {50, 50}, {MaxDocBytesLimit, MaxDocBytesLimit}, {1 << 40, MaxDocBytesLimit}} {
		if got := (Options{MaxDocBytes: c.set}).maxDocBytes(); got != c.want {
			t.Errorf("MaxDocBytes %d: limit %d, want %d", c.set, got, c.want)
		}
	}
}

// A page in UTF-16 with its byte-order mark is read as a browser reads it
// (and as `etl fetch` stores it): its NUL bytes are those of its ASCII
// characters, not binary data.
func TestReadHTMLUTF16(t *testing.T) {
	page := "<html><body><article><p>Net migration was 685,000 in 2023.</p></article></body></html>"
	for _, c := range []struct {
		name string
		bom  string
		le   bool
	}{{"little-endian", "\xff\xfe", true}, {"big-endian", "\xfe\xff", false}} {
		t.Run(c.name, func(t *testing.T) {
			b := []byte(c.bom)
			for _, r := range page {
				if c.le {
					b = append(b, byte(r), 0)
				} else {
					b = append(b, 0, byte(r))
				}
			}
			root := t.TempDir()
			writeTree(t, root, map[string]string{"x.html": string(b)})
			d := Read(root, scan(t, root, Options{})[0], Options{})
			if d.Err != nil {
				t.Fatal(d.Err)
			}
			if d.Text != "Net migration was 685,000 in 2023." {
				t.Errorf("Text = %q", d.Text)
			}
			if text, err := Text("x.html", b); err != nil || text != d.Text {
				t.Errorf("Text(x.html) = %q, %v; want %q", text, err, d.Text)
			}
		})
	}
}

// A fetched page whose encoding only the Content-Type header stated is read
// by the charset its sidecar records, as `etl fetch` read it.
func TestReadHTMLHeaderCharset(t *testing.T) {
	// ISO-8859-15: 0xA4 is the euro sign ("¤" in windows-1252, the default)
	page := "<html><body><article><p>The agreement cost \xa4120 million in its first year, the auditors said.</p></article></body></html>"
	side := func(ctype string) string {
		return `{"url": "https://example.com/a", "http_status": 200, "content_type": "` + ctype + `", "sha256": "` + hexSHA(page) + `"}`
	}
	for _, c := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"sidecar with charset", map[string]string{"x.html": page, "x.meta.json": side("text/html; charset=iso-8859-15")}, "The agreement cost €120 million"},
		{"sidecar without charset", map[string]string{"x.html": page, "x.meta.json": side("text/html")}, "The agreement cost ¤120 million"},
		{"no sidecar", map[string]string{"x.html": page}, "The agreement cost ¤120 million"},
	} {
		t.Run(c.name, func(t *testing.T) {
			root := t.TempDir()
			writeTree(t, root, c.files)
			d := Read(root, scan(t, root, Options{})[0], Options{})
			if d.Err != nil {
				t.Fatal(d.Err)
			}
			if !strings.HasPrefix(d.Text, c.want) {
				t.Errorf("Text = %q, want it to start %q", d.Text, c.want)
			}
		})
	}
	// a problem with the text comes before one with the sidecar
	root := t.TempDir()
	writeTree(t, root, map[string]string{"x.html": "<html><body><nav>Home</nav></body></html>", "x.meta.json": `{"content_type": "text/html; charset=iso-8859-15", "foo": 1}`})
	d := Read(root, scan(t, root, Options{})[0], Options{})
	if !errors.Is(d.Err, ErrEmpty) || !hasWarning(d, `also: x.meta.json: invalid sidecar`) {
		t.Errorf("Err = %v, Warnings = %q; want the page's own problem first", d.Err, d.Warnings)
	}
}
