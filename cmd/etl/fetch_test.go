package main

import (
	"bytes"
	"github.com/numtrail/numtrail/pipeline/testutil"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// newsServer serves, on loopback, a news article with heavy page furniture
// (cookie banner, navigation, share tools, newsletter box, most-read aside,
// footer, all with figures of their own), a page that is gone and a PDF.
func newsServer(t *testing.T) *httptest.Server {
	t.Helper()
	page, err := os.ReadFile("../../pipeline/htmltext/testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/news/channel-crossings", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.Handle("/c", http.RedirectHandler("/news/channel-crossings", http.StatusMovedPermanently))
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7\n%%EOF\n"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func fetchEtl(t *testing.T, want int, args ...string) (stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	if got := run(append([]string{"etl"}, args...), &o, &e); got != want {
		t.Fatalf("etl %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), got, want, o.String(), e.String())
	}
	return o.String(), e.String()
}

// etl fetch, then etl run: the page's figures are observations, its
// furniture's are not, and every quote is the stored main text at its
// offsets.
func TestFetchThenRun(t *testing.T) {
	srv := newsServer(t)
	raw, out := t.TempDir(), filepath.Join(t.TempDir(), "out")
	story := srv.URL + "/news/channel-crossings"

	stdout, _ := fetchEtl(t, exitOK, "fetch", "--raw", raw, "--source-type", "news", story)
	if !strings.Contains(stdout, "fetched    "+story+" -> web/") || !strings.HasSuffix(stdout, "fetch: 1 fetched, 0 unchanged, 0 failed\n") {
		t.Errorf("stdout:\n%s", stdout)
	}
	// again (the same URL twice, once with a fragment): unchanged, nothing written
	stdout, _ = fetchEtl(t, exitOK, "fetch", "--raw", raw, "--source-type", "news", story, story+"#top")
	if !strings.Contains(stdout, "unchanged  "+story+" = web/") || !strings.HasSuffix(stdout, "fetch: 0 fetched, 1 unchanged, 0 failed\n") {
		t.Errorf("stdout:\n%s", stdout)
	}

	// failures are named, write nothing, and make the exit code 1
	stdout, stderr := fetchEtl(t, exitFailed, "fetch", "--raw", raw, "--retries", "0", story, srv.URL+"/missing", srv.URL+"/report.pdf")
	for _, want := range []string{
		"etl fetch: failed: " + srv.URL + "/missing: HTTP status 404 Not Found\n",
		"etl fetch: failed: " + srv.URL + "/report.pdf: not an HTML page: Content-Type is application/pdf",
		"etl: fetch: 2 of 3 URLs failed",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, stderr)
		}
	}
	if !strings.HasSuffix(stdout, "fetch: 0 fetched, 1 unchanged, 2 failed\n") {
		t.Errorf("stdout:\n%s", stdout)
	}
	htmls, _ := filepath.Glob(filepath.Join(raw, "web", "*", "*.html"))
	all, _ := filepath.Glob(filepath.Join(raw, "web", "*", "*"))
	if len(htmls) != 1 || len(all) != 3 {
		t.Fatalf("raw holds %q", all)
	}
	textFile := strings.TrimSuffix(htmls[0], ".html") + ".extracted.text"
	stored, err := os.ReadFile(textFile)
	if err != nil {
		t.Fatal(err)
	}
	text := []rune(string(stored))

	fetchEtl(t, exitOK, "run", "--raw", raw, "--out", out)
	rows := readRows(t, filepath.Join(out, "observations.csv"))
	quotes := map[string]bool{}
	for _, r := range rows {
		start, _ := strconv.Atoi(r["char_start"])
		end, _ := strconv.Atoi(r["char_end"])
		if end > len(text) || string(text[start:end]) != r["quote"] {
			t.Errorf("quote %q at [%d, %d) is not the stored text there", r["quote"], start, end)
		}
		if r["source_url"] != story || r["publisher"] != "Daily Example" || r["author"] != "Jane Writer" ||
			r["published_at"] != "2024-07-17T08:30:00Z" || r["source_type"] != "news" || r["retrieved_at"] == "" {
			t.Errorf("provenance of %q: %v", r["quote"], r)
		}
		quotes[r["quote"]] = true
	}
	for _, want := range []string{"More than 1,100", "14,808", "5%", "13,000", "£220 million", "almost 90,000", "£8 million"} {
		if !quotes[want] {
			t.Errorf("no observation %q; got %v", want, quotes)
		}
	}
	for q := range quotes {
		for _, furniture := range []string{"1,432", "12", "100", "24", "843", "5 networks", "250,000", "7", "£2 million", "10", "3%", "500", "1234567", "0800"} {
			if q == furniture {
				t.Errorf("observation %q comes from the page's furniture", q)
			}
		}
	}
	for _, r := range rows {
		for _, furniture := range []string{"cookies", "Top 100", "comments", "readers", "Most read", "Registered"} {
			if strings.Contains(r["sentence"], furniture) {
				t.Errorf("sentence %q is page furniture", r["sentence"])
			}
		}
	}
	stdout, _ = fetchEtl(t, exitOK, "validate", "--out", out, "--raw", raw)
	if !strings.Contains(stdout, "no problems") || !strings.Contains(stdout, strconv.Itoa(len(rows))+" quotes checked against "+raw) {
		t.Errorf("validate: %s", stdout)
	}
}

func readRows(t *testing.T, path string) []map[string]string { return testutil.ReadCSV(t, path) }

func TestFetchList(t *testing.T) {
	srv := newsServer(t)
	raw := t.TempDir()
	list := filepath.Join(t.TempDir(), "urls.txt")
	os.WriteFile(list, []byte("# morning run\n\n"+srv.URL+"/news/channel-crossings\n  "+srv.URL+"/c  \n"+srv.URL+"/news/channel-crossings#again\n"), 0o644)
	stdout, _ := fetchEtl(t, exitOK, "fetch", "--raw", raw, "--list", list)
	// (/c is a short link to the story: the same bytes, not a second copy
	// that every run would reject)
	if strings.Count(stdout, "fetched    ") != 1 || !strings.Contains(stdout, "unchanged  "+srv.URL+"/c = web/") || !strings.HasSuffix(stdout, "fetch: 1 fetched, 1 unchanged, 0 failed\n") {
		t.Errorf("stdout:\n%s", stdout)
	}
	// and the run that follows takes the story once, with no rejection
	fetchEtl(t, exitOK, "run", "--raw", raw, "--out", filepath.Join(t.TempDir(), "out"))
}

func TestFetchUsage(t *testing.T) {
	raw := t.TempDir()
	list := filepath.Join(t.TempDir(), "urls.txt")
	os.WriteFile(list, []byte("https://example.com/a\nexample.com/b\n"), 0o644)
	empty := filepath.Join(t.TempDir(), "empty.txt")
	os.WriteFile(empty, []byte("# nothing yet\n"), 0o644)
	for _, c := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"fetch", "--raw", raw}, exitUsage, "fetch takes one or more URLs, or --list FILE"},
		{[]string{"fetch", "--raw", raw, "www.example.com/x"}, exitUsage, `"www.example.com/x": not an absolute http(s) URL`},
		{[]string{"fetch", "--raw", raw, "ftp://example.com/x"}, exitUsage, "not an absolute http(s) URL"},
		{[]string{"fetch", "--raw", raw, "--list", list}, exitUsage, `urls.txt line 2: "example.com/b": not an absolute`},
		{[]string{"fetch", "--raw", raw, "--list", empty}, exitUsage, "no URL in"},
		{[]string{"fetch", "--raw", raw, "--list", filepath.Join(raw, "nope.txt")}, exitUsage, "nope.txt"},
		{[]string{"fetch", "--raw", raw, "--source-type", "blog", "https://example.com/"}, exitUsage, "--source-type"},
		{[]string{"fetch", "--raw", raw, "--retries", "-1", "https://example.com/"}, exitUsage, "--retries"},
		{[]string{"fetch", "--raw", raw, "--timeout", "0s", "https://example.com/"}, exitUsage, "--timeout"},
		{[]string{"fetch", "--raw", raw, "--max-bytes", "0", "https://example.com/"}, exitUsage, "--max-bytes"},
		{[]string{"fetch", "--raw", raw, "--timeout", "soon", "https://example.com/"}, exitUsage, "timeout"},
		{[]string{"fetch", "--raw", filepath.Join(raw, "nope"), "https://example.com/"}, exitFailed, "raw folder"},
	} {
		var stdout, stderr bytes.Buffer
		if got := run(append([]string{"etl"}, c.args...), &stdout, &stderr); got != c.code || !strings.Contains(stderr.String(), c.err) {
			t.Errorf("etl %s: exit %d, stderr %q; want exit %d and %q", strings.Join(c.args, " "), got, stderr.String(), c.code, c.err)
		}
	}
	if entries, _ := os.ReadDir(raw); len(entries) != 0 {
		t.Errorf("usage errors wrote %v", entries)
	}
}
