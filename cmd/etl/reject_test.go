//go:build unix

package main

import (
	"bytes"
	"github.com/numtrail/numtrail/pipeline/testutil"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// goodTable is an official table with its sidecar; the rejected tables
// below are copies of it with one thing wrong.
const (
	goodTableCSV     = "year,people\n2023,29437\n"
	goodTableSidecar = `{"title": "Small boat arrivals", "publisher": "Home Office", "url": "https://www.gov.uk/x", "published": "2024-02-22",
 "columns": {"id": {"column": "year"}, "measure": {"value": "small_boat_arrivals"}, "geography": {"value": "UK"},
   "period_start": {"column": "year", "format": "year_start"}, "period_end": {"column": "year", "format": "year_end"},
   "value": {"column": "people"}, "unit": {"value": "persons"}}}`
)

// Every kind of bad input gets a sources row with status rejected and an
// error naming the file and the problem, while every other document is
// processed; the run publishes and exits 3. With --strict it exits 1 and
// publishes nothing.
func TestBadInput(t *testing.T) {
	raw := t.TempDir()
	write := func(p string, b []byte) {
		t.Helper()
		full := filepath.Join(raw, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	symlink := func(target, p string) {
		t.Helper()
		if err := os.Symlink(target, filepath.Join(raw, filepath.FromSlash(p))); err != nil {
			t.Fatal(err)
		}
	}
	// good is a document that passes; good(name) gives distinct bytes,
	// since a copy of a document is rejected
	good := func(name string) []byte {
		return []byte("More than 1,100 migrants crossed the Channel in small boats on Tuesday, the Home Office said (" + name + ").\n")
	}
	// documents that must go through; the second with a byte-order mark
	// and CRLF line ends, whose offsets `etl validate --raw` checks
	write("articles/good.txt", good("good"))
	write("articles/good.meta.json", []byte(`{"title": "Crossings", "published": "2024-07-17"}`))
	write("articles/bom-crlf.txt", []byte("\uFEFFCrossings\r\n\r\nSome 2,400 people arrived in June.\r\nThe asylum bill reached £4billion a year.\r\n"))
	write("official/good.csv", []byte(goodTableCSV))
	write("official/good.meta.json", []byte(goodTableSidecar))

	// documents that must be rejected, and what their error must say
	want := map[string]string{}
	bad := func(p, msg string, b []byte) {
		t.Helper()
		if b != nil {
			write(p, b)
		}
		want[p] = msg
	}
	bad("articles/latin1.txt", "articles/latin1.txt: invalid UTF-8 at byte 3", []byte("caf\xe9: 300 people crossed."))
	bad("articles/image.txt", "articles/image.txt: binary data", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"))
	bad("articles/empty.txt", "articles/empty.txt: empty file", []byte{})
	bad("articles/nul.txt", "articles/nul.txt: NUL byte at byte 15", []byte("Some 300 people\x00 crossed."))
	bad("articles/huge.txt", "articles/huge.txt: 5000 bytes exceeds the limit of 4096 (--max-doc-bytes)", bytes.Repeat([]byte("9 boats. "), 5000/9+1)[:5000])
	write("articles/malformed.txt", good("malformed"))
	bad("articles/malformed.txt", "articles/malformed.meta.json: invalid sidecar: malformed JSON", nil)
	write("articles/malformed.meta.json", []byte(`{"title": "Crossings"`))
	write("articles/unknown-field.txt", good("unknown-field"))
	bad("articles/unknown-field.txt", `articles/unknown-field.meta.json: invalid sidecar: json: unknown field "titel"`, nil)
	write("articles/unknown-field.meta.json", []byte(`{"titel": "Crossings"}`))
	write("articles/wrong-type.txt", good("wrong-type"))
	bad("articles/wrong-type.txt", `articles/wrong-type.meta.json: invalid sidecar: json: field "published" must be a string or null, not a number`, nil)
	write("articles/wrong-type.meta.json", []byte(`{"published": 20240717}`))
	// a sidecar that leads outside the raw root
	outside := filepath.Join(t.TempDir(), "meta.json")
	os.WriteFile(outside, []byte(`{"title": "from elsewhere"}`), 0o644)
	write("articles/outside.txt", good("outside"))
	symlink(outside, "articles/outside.meta.json")
	bad("articles/outside.txt", "articles/outside.meta.json: invalid sidecar: symlink to", nil)
	symlink("loop.txt", "articles/loop.txt")
	bad("articles/loop.txt", "articles/loop.txt: symlink loop", nil)
	if err := syscall.Mkfifo(filepath.Join(raw, "articles", "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad("articles/pipe.txt", "articles/pipe.txt: a named pipe, not a regular file", nil)
	if os.Geteuid() != 0 { // root reads everything
		bad("articles/secret.txt", "articles/secret.txt: cannot read: permission denied", good("secret"))
		os.Chmod(filepath.Join(raw, "articles", "secret.txt"), 0)
	}
	write("articles/twice.md", good("twice.md"))
	bad("articles/twice.txt", `articles/twice.txt: same source_id "articles/twice" as articles/twice.md`, good("twice.txt"))
	// the same bytes twice: the copy's observation ids would repeat
	write("articles/copied.txt", good("copied"))
	bad("articles/copy.txt", "articles/copy.txt: same bytes as articles/copied.txt", good("copied"))
	for name, c := range map[string]struct{ csv, msg string }{
		"missing-column": {"year\n2023\n", `official/missing-column.csv column "people": missing`},
		"extra-column":   {"year,people,note\n2023,29437,x\n", `official/extra-column.csv column "note": extra column`},
		"bad-number":     {"year,people\n2023,about 29000\n", `official/bad-number.csv row 1 column "people": value "about 29000" is not a number`},
		"bad-utf8":       {"year,people\n2023,29\xff437\n", "official/bad-utf8.csv: invalid UTF-8"},
	} {
		bad("official/"+name+".csv", c.msg, []byte(c.csv))
		write("official/"+name+".meta.json", []byte(goodTableSidecar))
	}

	out := filepath.Join(t.TempDir(), "out")
	var stdout, stderr bytes.Buffer
	code := run([]string{"etl", "run", "--raw", raw, "--out", out, "--max-doc-bytes", "4096", "--log-format", "json"}, &stdout, &stderr)
	if code != exitRejected {
		t.Fatalf("exit %d, want %d\n%s", code, exitRejected, stderr.String())
	}
	rows := sourcesRows(t, filepath.Join(out, "sources.csv"))
	for p, msg := range want {
		r, ok := rows[p]
		if !ok {
			t.Errorf("%s: no sources row", p)
			continue
		}
		if r["status"] != "rejected" || !strings.HasPrefix(r["error"], msg) || r["observations"] != "0" {
			t.Errorf("%s: status %q, error %q, %s observations; want rejected, %q…", p, r["status"], r["error"], r["observations"], msg)
		}
		if !strings.Contains(stderr.String(), `"msg":"document rejected"`) || !strings.Contains(stderr.String(), p) {
			t.Errorf("%s: the log does not say it was rejected", p)
		}
	}
	oks := []string{"articles/good.txt", "articles/bom-crlf.txt", "official/good.csv", "articles/twice.md", "articles/copied.txt"}
	for _, p := range oks {
		if r := rows[p]; r["status"] != "ok" || r["error"] != "" || r["observations"] == "0" {
			t.Errorf("%s: %v, want ok with observations", p, r)
		}
	}
	if len(rows) != len(want)+len(oks) {
		t.Errorf("%d sources rows, want %d", len(rows), len(want)+len(oks))
	}
	if !strings.Contains(stderr.String(), strconv.Itoa(len(want))+" of "+strconv.Itoa(len(want)+len(oks))+" documents: some documents were rejected") {
		t.Errorf("stderr does not sum up the rejections:\n%s", tail(stderr.String(), 400))
	}

	// quotes sit at their offsets in the BOM and CRLF document
	stderr.Reset()
	if code := run([]string{"etl", "validate", "--out", out, "--raw", raw}, &stdout, &stderr); code != exitOK {
		t.Fatalf("validate: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}

	// --strict: the same run fails and publishes nothing
	before, _ := os.ReadFile(filepath.Join(out, "datapackage.json"))
	write("articles/new.txt", good("new"))
	stderr.Reset()
	if code := run([]string{"etl", "run", "--raw", raw, "--out", out, "--max-doc-bytes", "4096", "--strict"}, &stdout, &stderr); code != exitFailed {
		t.Fatalf("--strict: exit %d, want %d\n%s", code, exitFailed, stderr.String())
	}
	if !strings.Contains(stderr.String(), "--strict is set: nothing published") {
		t.Errorf("--strict: stderr %s", tail(stderr.String(), 400))
	}
	if after, _ := os.ReadFile(filepath.Join(out, "datapackage.json")); !bytes.Equal(before, after) {
		t.Error("--strict published a dataset")
	}
}

// sourcesRows reads sources.csv into rows by path.
func sourcesRows(t *testing.T, path string) map[string]map[string]string {
	t.Helper()
	out := map[string]map[string]string{}
	for _, r := range testutil.ReadCSV(t, path) {
		out[r["path"]] = r
	}
	return out
}
