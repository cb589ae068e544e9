package fetch

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/numtrail/numtrail/pipeline/htmltext"
	"github.com/numtrail/numtrail/pipeline/source"
)

// article is a news page with JSON-LD, meta tags and heavy page furniture.
func article(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile("../htmltext/testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// fixture is a raw folder, a test server on loopback and a fetcher with a
// fake clock and no real waits.
type fixture struct {
	t     *testing.T
	raw   string
	srv   *httptest.Server
	mux   *http.ServeMux
	now   time.Time
	mu    sync.Mutex
	waits []time.Duration
	f     *Fetcher
}

func newFixture(t *testing.T, cfg Config) *fixture {
	x := &fixture{t: t, raw: t.TempDir(), mux: http.NewServeMux(), now: time.Date(2024, 7, 17, 12, 0, 0, 0, time.UTC)}
	x.srv = httptest.NewServer(x.mux)
	t.Cleanup(x.srv.Close)
	cfg.Raw = x.raw
	cfg.Now = func() time.Time { return x.now }
	cfg.Sleep = func(ctx context.Context, d time.Duration) error {
		x.mu.Lock()
		defer x.mu.Unlock()
		x.waits = append(x.waits, d)
		x.now = x.now.Add(d)
		return ctx.Err()
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = UserAgent("9.9.9")
	}
	x.f = New(cfg)
	return x
}

func (x *fixture) fetch(path string) Result {
	return x.f.Fetch(context.Background(), x.srv.URL+path)
}

// page serves body as text/html at path.
func (x *fixture) page(path string, body []byte) {
	x.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.Write(body)
	})
}

// files lists the files under the raw folder, '/'-separated.
func (x *fixture) files() []string {
	var out []string
	filepath.WalkDir(x.raw, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(x.raw, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	return out
}

func (x *fixture) read(rel string) []byte {
	b, err := os.ReadFile(filepath.Join(x.raw, filepath.FromSlash(rel)))
	if err != nil {
		x.t.Fatal(err)
	}
	return b
}

func (x *fixture) hostDir() string {
	return "web/" + strings.ReplaceAll(strings.TrimPrefix(x.srv.URL, "http://"), ":", "_")
}

func hexSum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func wantFailed(t *testing.T, r Result, want error, msg string) {
	t.Helper()
	if r.Status != Failed || !errors.Is(r.Err, want) {
		t.Fatalf("Result %+v, want Failed with %v", r, want)
	}
	if !strings.HasPrefix(r.Err.Error(), r.URL+": ") || !strings.Contains(r.Err.Error(), msg) {
		t.Errorf("Err = %q, want it to name %s and say %q", r.Err, r.URL, msg)
	}
}

func TestFetchArticle(t *testing.T) {
	x := newFixture(t, Config{SourceType: "news"})
	body := article(t)
	var ua, accept string
	x.mux.HandleFunc("/news/uk/channel-crossings", func(w http.ResponseWriter, r *http.Request) {
		ua, accept = r.Header.Get("User-Agent"), r.Header.Get("Accept")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(body)
	})
	r := x.fetch("/news/uk/channel-crossings#comments")
	if r.Status != Fetched || r.Err != nil {
		t.Fatalf("Result %+v", r)
	}
	if ua != "numtrail/9.9.9 (+https://github.com/numtrail/numtrail)" || !strings.Contains(accept, "text/html") {
		t.Errorf("User-Agent %q, Accept %q", ua, accept)
	}
	base := x.hostDir() + "/news-uk-channel-crossings-20240717T120000Z"
	if r.Path != base+".html" || r.URL != x.srv.URL+"/news/uk/channel-crossings" || r.Attempts != 1 || r.Bytes != int64(len(body)) {
		t.Errorf("Result %+v", r)
	}
	if got, want := x.files(), []string{base + ".extracted.text", base + ".html", base + ".meta.json"}; !slices.Equal(got, want) {
		t.Fatalf("files %q, want %q", got, want)
	}
	if !bytes.Equal(x.read(base+".html"), body) {
		t.Error("the page is not stored as received")
	}
	text, _ := htmltext.Text(body)
	if got := string(x.read(base + ".extracted.text")); got != text+"\n" || !strings.HasPrefix(got, "Channel crossings top 1,100 since election\n\nMore than 1,100 migrants") {
		t.Errorf("extracted text %q", got)
	}
	side, err := source.ParseSidecar(x.read(base + ".meta.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := source.Sidecar{
		URL: x.srv.URL + "/news/uk/channel-crossings", RequestedURL: x.srv.URL + "/news/uk/channel-crossings",
		Title: "Channel crossings top 1,100 since election", Publisher: "Daily Example", Author: "Jane Writer",
		Published: time.Date(2024, 7, 17, 8, 30, 0, 0, time.UTC), Retrieved: x.now,
		HTTPStatus: 200, ContentType: "text/html; charset=utf-8", SHA256: hexSum(body), SourceType: "news",
	}
	if !side.Published.Equal(want.Published) || !side.Retrieved.Equal(want.Retrieved) {
		t.Errorf("times %v %v", side.Published, side.Retrieved)
	}
	side.Published, side.Retrieved, want.Published, want.Retrieved = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	if side != want {
		t.Errorf("sidecar\n%+v\nwant\n%+v", side, want)
	}

	// the source stage reads the snapshot as an HTML document, without warnings
	entries, err := source.Scan(context.Background(), x.raw, source.Options{})
	if err != nil || len(entries) != 1 {
		t.Fatalf("Scan: %v %+v", err, entries)
	}
	d := source.Read(x.raw, entries[0], source.Options{})
	if d.Err != nil || d.Text != text || d.URL != want.URL || d.Publisher != "Daily Example" {
		t.Errorf("doc %+v", d)
	}
	for _, w := range d.Warnings {
		if !strings.Contains(w, "unknown license") {
			t.Errorf("warning %q", w)
		}
	}
}

// A page whose encoding only the charset of its Content-Type states is
// stored as received, with the header in its sidecar, and its text (stored
// and as a run reads it) is decoded by that charset.
func TestFetchHeaderCharset(t *testing.T) {
	x := newFixture(t, Config{})
	// windows-1250, no <meta charset>: 0xA3 0xF3 0x64 0x9F is "Łódź" (read
	// as windows-1252, the default, "£ódź")
	body := []byte("<html><head><title>Applications in \xa3\xf3d\x9f</title></head><body><article><h1>Applications rise in the region</h1>" +
		"<p>Officials in \xa3\xf3d\x9f counted 3,400 applications in the year to June, up from 2,900 a year earlier, the ministry said.</p></article></body></html>")
	served := 0
	x.mux.HandleFunc("/region", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1250")
		w.Write(body)
		if served++; served > 1 {
			fmt.Fprintf(w, "<!-- request %d -->", served) // other bytes, the same text
		}
	})
	r := x.fetch("/region")
	if r.Status != Fetched {
		t.Fatalf("Result %+v", r)
	}
	if !bytes.Equal(x.read(r.Path), body) {
		t.Error("the page is not stored as received")
	}
	base := strings.TrimSuffix(r.Path, ".html")
	stored := string(x.read(base + ".extracted.text"))
	if !strings.Contains(stored, "Officials in Łódź counted 3,400") {
		t.Errorf("extracted text %q", stored)
	}
	side, err := source.ParseSidecar(x.read(base + ".meta.json"))
	if err != nil || side.ContentType != "text/html; charset=windows-1250" || side.Title != "Applications in Łódź" {
		t.Errorf("sidecar %+v, %v", side, err)
	}
	// a run reads the same text, without a warning that the stored copy differs
	entries, err := source.Scan(context.Background(), x.raw, source.Options{})
	if err != nil || len(entries) != 1 {
		t.Fatalf("Scan: %v %+v", err, entries)
	}
	d := source.Read(x.raw, entries[0], source.Options{})
	if d.Err != nil || d.Text+"\n" != stored {
		t.Errorf("doc %+v", d)
	}
	for _, w := range d.Warnings {
		if strings.Contains(w, "differs") {
			t.Errorf("warning %q", w)
		}
	}
	// and the page fetched again with other bytes but the same text, decoded
	// by the charset of the snapshot's sidecar, is unchanged
	x.now = x.now.Add(time.Hour)
	if r := x.fetch("/region"); r.Status != Unchanged {
		t.Errorf("again: %+v", r)
	}
}

// Fetching an unchanged page again adds nothing; a changed page is a new
// snapshot beside the old one, which stays as it was.
func TestFetchSnapshots(t *testing.T) {
	x := newFixture(t, Config{})
	body := article(t)
	var mu sync.Mutex
	serve := body
	x.mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		w.Write(serve)
	})
	set := func(b []byte) { mu.Lock(); serve = b; mu.Unlock() }

	first := x.fetch("/story")
	if first.Status != Fetched {
		t.Fatalf("%+v", first)
	}
	files := x.files()

	x.now = x.now.Add(time.Hour)
	again := x.fetch("/story")
	if again.Status != Unchanged || again.Path != first.Path || !slices.Equal(x.files(), files) {
		t.Fatalf("same bytes: %+v, files %q", again, x.files())
	}

	// different bytes, same text and metadata (a tracking token, another advert)
	set(bytes.Replace(body, []byte(`"articles": 89`), []byte(`"articles": 90, "token": "f00"`), 1))
	set(bytes.Replace(serve, []byte("£2 million"), []byte("£3 million"), 1))
	if r := x.fetch("/story"); r.Status != Unchanged || !slices.Equal(x.files(), files) {
		t.Fatalf("same text: %+v, files %q", r, x.files())
	}

	// a correction in the article
	x.now = x.now.Add(time.Hour)
	set(bytes.Replace(body, []byte("14,808 people"), []byte("14,809 people"), 1))
	changed := x.fetch("/story")
	if changed.Status != Fetched || changed.Path != x.hostDir()+"/story-20240717T140000Z.html" {
		t.Fatalf("changed: %+v", changed)
	}
	if len(x.files()) != 6 || !bytes.Equal(x.read(first.Path), body) {
		t.Errorf("files %q; the first snapshot must stay as it was", x.files())
	}
	// now the latest is the corrected one
	if r := x.fetch("/story"); r.Status != Unchanged || r.Path != changed.Path {
		t.Errorf("%+v", r)
	}
	// a new metadata value is a change too
	x.now = x.now.Add(time.Hour)
	set(bytes.Replace(body, []byte("Jane Writer"), []byte("Jane Writer and John Smith"), 1))
	if r := x.fetch("/story"); r.Status != Fetched || len(x.files()) != 9 {
		t.Errorf("changed author: %+v", r)
	}
}

func TestFetchRedirect(t *testing.T) {
	x := newFixture(t, Config{})
	x.mux.Handle("/old", http.RedirectHandler("/moved", http.StatusMovedPermanently))
	x.mux.Handle("/moved", http.RedirectHandler("/2024/07/new-story.html?ref=rss", http.StatusFound))
	x.page("/2024/07/new-story.html", article(t))
	r := x.fetch("/old")
	if r.Status != Fetched || r.FinalURL != x.srv.URL+"/2024/07/new-story.html?ref=rss" {
		t.Fatalf("%+v", r)
	}
	if r.Path != x.hostDir()+"/old-20240717T120000Z.html" {
		t.Errorf("Path %q: named after the URL asked for", r.Path)
	}
	side, err := source.ParseSidecar(x.read(strings.TrimSuffix(r.Path, ".html") + ".meta.json"))
	if err != nil {
		t.Fatal(err)
	}
	if side.RequestedURL != x.srv.URL+"/old" || side.URL != r.FinalURL {
		t.Errorf("requested_url %q, url %q", side.RequestedURL, side.URL)
	}
	// the same URL again is matched by the URL asked for
	if r := x.fetch("/old"); r.Status != Unchanged {
		t.Errorf("%+v", r)
	}
	// the same page by another URL (a tracking parameter), or through
	// another short link: its bytes are a snapshot's already, and a copy
	// would be rejected by every run
	files := x.files()
	x.mux.Handle("/short", http.RedirectHandler("/2024/07/new-story.html", http.StatusFound))
	for _, u := range []string{"/2024/07/new-story.html?utm_source=feed", "/short"} {
		if r := x.fetch(u); r.Status != Unchanged || r.Path != x.hostDir()+"/old-20240717T120000Z.html" || !slices.Equal(x.files(), files) {
			t.Errorf("%s: %+v, files %q", u, r, x.files())
		}
	}

	x.mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	wantFailed(t, x.fetch("/loop"), ErrNetwork, "stopped after 10 redirects")
	x.mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/x", http.StatusFound)
	})
	wantFailed(t, x.fetch("/ftp"), ErrNetwork, "not an http(s) URL")
}

func TestFetchNotFound(t *testing.T) {
	x := newFixture(t, Config{})
	calls := 0
	x.mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		calls++
		http.NotFound(w, r)
	})
	r := x.fetch("/gone")
	wantFailed(t, r, ErrStatus, "HTTP status 404 Not Found")
	if calls != 1 || r.Attempts != 1 || len(x.waits) != 0 {
		t.Errorf("a 404 is not retried: %d calls, %d attempts, waits %v", calls, r.Attempts, x.waits)
	}
	if files := x.files(); len(files) != 0 {
		t.Errorf("files written: %q", files)
	}
	if _, err := os.Stat(filepath.Join(x.raw, "web")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("web/ created on a failure: %v", err)
	}
}

// A 410 fails as a 404 does, at once; a "page not found" page served with
// status 200 (a "soft 404", or a redirect to one) and a cookie or consent
// wall served instead of the article fail, and nothing is written for them.
func TestFetchNoArticle(t *testing.T) {
	x := newFixture(t, Config{Retries: 3})
	calls := 0
	x.mux.HandleFunc("/removed", func(w http.ResponseWriter, r *http.Request) {
		calls++
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusGone)
		w.Write([]byte("<html><body><article><h1>Gone</h1><p>This story was removed on 3 March 2024 and will not come back.</p></article></body></html>"))
	})
	r := x.fetch("/removed")
	wantFailed(t, r, ErrStatus, "HTTP status 410 Gone")
	if calls != 1 || r.Attempts != 1 || len(x.waits) != 0 {
		t.Errorf("a 410 is not retried: %d calls, %d attempts, waits %v", calls, r.Attempts, x.waits)
	}

	x.page("/not-found", []byte(`<html><head><title>Page not found - Daily Example</title></head><body>`+
		`<header><a href="/">Daily Example</a></header><main><h1>Sorry, we can't find that page</h1>`+
		`<p>The page you were looking for may have been moved or deleted. Here are our 10 most read stories instead.</p>`+
		`<ul><li><a href="/a">Channel crossings top 1,100 since the election</a></li></ul></main></body></html>`))
	x.mux.Handle("/old-story", http.RedirectHandler("/not-found", http.StatusMovedPermanently))
	wantFailed(t, x.fetch("/not-found"), ErrNotArticle, `not an article: a "page not found" page`)
	wantFailed(t, x.fetch("/old-story"), ErrNotArticle, `not an article: a "page not found" page`)

	x.page("/wall", []byte(`<html><head><title>Daily Example</title></head><body><div class="overlay"><div class="dialog-body">`+
		`<h2>We value your privacy</h2><p>We and our 1,100 partners store and/or access information on a device, such as cookies, and process personal data for personalised advertising and content measurement.</p>`+
		`<p>You may click to consent to our processing, or change your preferences before consenting. You can withdraw your consent at any time.</p>`+
		`<p><a href="#">Accept all</a> <a href="#">Reject all</a></p></div></div></body></html>`))
	wantFailed(t, x.fetch("/wall"), ErrNotArticle, "not an article: a cookie or consent wall")

	if files := x.files(); len(files) != 0 {
		t.Errorf("files written: %q", files)
	}
}

func TestFetchRetries(t *testing.T) {
	x := newFixture(t, Config{Backoff: time.Second, Retries: 3})
	body := article(t)
	calls := 0
	x.mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		calls++
		if calls == 1 {
			http.Error(w, "oops", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(body)
	})
	r := x.fetch("/flaky")
	if r.Status != Fetched || r.Attempts != 2 || calls != 2 {
		t.Fatalf("500 then success: %+v, %d calls", r, calls)
	}
	if len(x.waits) != 1 || x.waits[0] < 500*time.Millisecond || x.waits[0] > time.Second {
		t.Errorf("waits %v, want one of 0.5s to 1s", x.waits)
	}

	x.waits = nil
	var retried []string
	x.f.cfg.Retrying = func(u string, attempt int, wait time.Duration, why error) {
		retried = append(retried, fmt.Sprintf("%d %v", attempt, why))
	}
	x.mux.HandleFunc("/down", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down", http.StatusBadGateway)
	})
	r = x.fetch("/down")
	wantFailed(t, r, ErrStatus, "HTTP status 502 Bad Gateway (after 4 attempts)")
	if r.Attempts != 4 || len(x.waits) != 3 || len(x.files()) != 3 {
		t.Errorf("attempts %d, waits %v, files %q", r.Attempts, x.waits, x.files())
	}
	for i, w := range x.waits { // 1s, 2s, 4s, each less up to half
		hi := time.Second << i
		if w < hi/2 || w > hi {
			t.Errorf("wait %d = %v, want %v to %v", i+1, w, hi/2, hi)
		}
	}
	if len(retried) != 3 || retried[0] != "2 HTTP status 502 Bad Gateway" {
		t.Errorf("Retrying told %q", retried)
	}
}

func TestFetchRetryAfter(t *testing.T) {
	x := newFixture(t, Config{MaxRetryAfter: time.Minute, Retries: 3})
	body := article(t)
	calls := 0
	x.mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
		calls++
		switch calls {
		case 1:
			w.Header().Set("Retry-After", "7")
			w.WriteHeader(http.StatusTooManyRequests)
		case 2:
			w.Header().Set("Retry-After", x.now.Add(20*time.Second).Format(http.TimeFormat))
			w.WriteHeader(http.StatusServiceUnavailable)
		default:
			w.Header().Set("Content-Type", "text/html")
			w.Write(body)
		}
	})
	r := x.fetch("/busy")
	if r.Status != Fetched || r.Attempts != 3 {
		t.Fatalf("%+v", r)
	}
	if !slices.Equal(x.waits, []time.Duration{7 * time.Second, 20 * time.Second}) {
		t.Errorf("waits %v, want the Retry-After of each answer", x.waits)
	}

	// a longer wait than allowed: fail now rather than ask again too soon
	x.waits = nil
	x.mux.HandleFunc("/later", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	r = x.fetch("/later")
	wantFailed(t, r, ErrStatus, "HTTP status 429 Too Many Requests; Retry-After 1h0m0s is longer than the longest wait allowed (1m0s)")
	if r.Attempts != 1 || len(x.waits) != 0 {
		t.Errorf("%+v, waits %v", r, x.waits)
	}
}

func TestFetchSlow(t *testing.T) {
	x := newFixture(t, Config{Timeout: 100 * time.Millisecond, Retries: 1})
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	x.mux.HandleFunc("/slow-headers", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	x.mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>More than"))
		w.(http.Flusher).Flush()
		select {
		case <-release:
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	for _, p := range []string{"/slow-headers", "/slow-body"} {
		start := time.Now()
		r := x.fetch(p)
		wantFailed(t, r, ErrNetwork, "no complete response within 100ms (--timeout) (after 2 attempts)")
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s took %v", p, d)
		}
	}
	if files := x.files(); len(files) != 0 {
		t.Errorf("files written: %q", files)
	}
}

func TestFetchTooLarge(t *testing.T) {
	x := newFixture(t, Config{MaxBytes: 64 << 10})
	huge := bytes.Repeat([]byte("<p>More than 1,100 migrants.</p>\n"), 10_000) // 330 kB
	x.page("/declared", append([]byte("<html><body>"), huge...))
	var sent atomic.Int64
	x.mux.HandleFunc("/chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 1000 { // 33 MB, unless the client stops reading
			n, err := w.Write(huge[:32<<10])
			sent.Add(int64(n))
			if err != nil {
				return
			}
			w.(http.Flusher).Flush()
		}
	})
	wantFailed(t, x.fetch("/declared"), ErrTooLarge, "Content-Length 330012 exceeds the limit of 65536 bytes (--max-bytes)")
	r := x.fetch("/chunked")
	wantFailed(t, r, ErrTooLarge, "more than the limit of 65536 bytes (--max-bytes)")
	if r.Attempts != 1 {
		t.Errorf("a body too large is not retried: %d attempts", r.Attempts)
	}
	if n := sent.Load(); n > 8<<20 {
		t.Errorf("the server sent %d bytes: the client read on past the limit", n)
	}
	if files := x.files(); len(files) != 0 {
		t.Errorf("files written: %q", files)
	}
}

func TestFetchNotHTML(t *testing.T) {
	x := newFixture(t, Config{})
	serve := func(path, ctype string, body []byte) {
		x.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header()["Content-Type"] = []string{ctype} // "" sends none
			if ctype == "" {
				w.Header()["Content-Type"] = nil
			}
			w.Write(body)
		})
	}
	pdf := []byte("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
	serve("/report.pdf", "application/pdf", pdf)
	serve("/chart.png", "image/png", png)
	serve("/data.json", "application/json", []byte(`{"a": 1}`))
	serve("/unlabelled.pdf", "", pdf)
	serve("/unlabelled.html", "", article(t))
	serve("/xhtml", "application/xhtml+xml; charset=utf-8", bytes.Replace(article(t), []byte("14,808 people"), []byte("14,809 people"), 1))
	serve("/empty", "text/html", []byte("<html><body><nav><a href='/'>Home</a></nav></body></html>"))

	wantFailed(t, x.fetch("/report.pdf"), ErrNotHTML, "Content-Type is application/pdf (want text/html or application/xhtml+xml)")
	wantFailed(t, x.fetch("/chart.png"), ErrNotHTML, "Content-Type is image/png")
	wantFailed(t, x.fetch("/data.json"), ErrNotHTML, "application/json")
	wantFailed(t, x.fetch("/unlabelled.pdf"), ErrNotHTML, "no Content-Type; the body looks like application/pdf")
	wantFailed(t, x.fetch("/empty"), ErrNoText, "no article text found")
	if files := x.files(); len(files) != 0 {
		t.Errorf("files written: %q", files)
	}
	if r := x.fetch("/unlabelled.html"); r.Status != Fetched {
		t.Errorf("HTML without a Content-Type: %+v", r)
	}
	if r := x.fetch("/xhtml"); r.Status != Fetched {
		t.Errorf("XHTML: %+v", r)
	}
}

func TestFetchNetworkError(t *testing.T) {
	x := newFixture(t, Config{Retries: 2})
	x.srv.Close() // nothing listens on the port any more
	r := x.fetch("/x")
	wantFailed(t, r, ErrNetwork, "request failed")
	if r.Attempts != 3 {
		t.Errorf("attempts %d", r.Attempts)
	}
}

func TestFetchCancelled(t *testing.T) {
	x := newFixture(t, Config{})
	x.mux.HandleFunc("/down", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusServiceUnavailable) })
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := x.f.Fetch(ctx, x.srv.URL+"/down")
	if r.Status != Failed || !errors.Is(r.Err, context.Canceled) || r.Attempts != 1 {
		t.Errorf("%+v", r)
	}
}

// Two URLs with the same slug get different names; two snapshots in one
// second too.
func TestFetchNames(t *testing.T) {
	x := newFixture(t, Config{})
	x.page("/a/b", article(t))
	x.page("/a-b", bytes.Replace(article(t), []byte("14,808 people"), []byte("14,809 people"), 1)) // (another page: the same bytes would be the first's)
	r1, r2 := x.fetch("/a/b"), x.fetch("/a-b")
	if r1.Path != x.hostDir()+"/a-b-20240717T120000Z.html" {
		t.Errorf("first %q", r1.Path)
	}
	sum := sha256.Sum256([]byte(x.srv.URL + "/a-b"))
	if r2.Path != x.hostDir()+"/a-b-"+hex.EncodeToString(sum[:4])+"-20240717T120000Z.html" {
		t.Errorf("second %q", r2.Path)
	}
	// each URL keeps its own name, and its latest snapshot is its own
	if r := x.fetch("/a-b"); r.Status != Unchanged || r.Path != r2.Path {
		t.Errorf("%+v", r)
	}

	var mu sync.Mutex
	n := 0
	x.mux.HandleFunc("/live", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		n++
		k := n
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "<article><p>Update %d: more than %d,100 migrants have crossed.</p></article>", k, k)
	})
	a, b := x.fetch("/live"), x.fetch("/live")
	if a.Path != x.hostDir()+"/live-20240717T120000Z.html" || b.Path != x.hostDir()+"/live-20240717T120000Z-2.html" {
		t.Errorf("same second: %q %q", a.Path, b.Path)
	}
	if c := x.fetch("/live"); c.Path != x.hostDir()+"/live-20240717T120000Z-3.html" {
		t.Errorf("third: %+v", c)
	}
}

func TestSlug(t *testing.T) {
	long := "https://example.com/" + strings.Repeat("word-", 40)
	for in, want := range map[string]string{
		"https://example.com/":                                 "index",
		"https://example.com":                                  "index",
		"https://example.com/news/uk-politics-68123456":        "news-uk-politics-68123456",
		"https://example.com/News/Story.HTML":                  "news-story",
		"https://example.com/article.php?id=12&page=2":         "article-php-id-12-page-2",
		"https://example.com/caf%C3%A9/%E2%80%93/":             "caf",
		"https://example.com/2024/07/17/channel-crossings.htm": "2024-07-17-channel-crossings",
		long: strings.TrimSuffix(strings.Repeat("word-", 16), "-"),
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://Example.COM/Path?q=1#frag": "https://example.com/Path?q=1",
		" HTTP://example.com ":              "http://example.com",
		"http://127.0.0.1:8080/x":           "http://127.0.0.1:8080/x",
	} {
		if got, err := ParseURL(in); err != nil || got != want {
			t.Errorf("ParseURL(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "example.com/x", "/x", "ftp://example.com/x", "https://", "mailto:a@example.com", "http://user:pw@example.com/", "http://[::1"} {
		if got, err := ParseURL(in); !errors.Is(err, ErrBadURL) {
			t.Errorf("ParseURL(%q) = %q, %v; want ErrBadURL", in, got, err)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2024, 7, 17, 12, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Duration{
		"0":                             0,
		" 120 ":                         2 * time.Minute,
		"Wed, 17 Jul 2024 12:00:30 GMT": 30 * time.Second,
		"Wed, 17 Jul 2024 11:00:00 GMT": 0,
		"99999999999":                   24 * time.Hour,
	} {
		if got, ok := parseRetryAfter(in, now); !ok || got != want {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "-1", "soon", "1.5"} {
		if got, ok := parseRetryAfter(in, now); ok {
			t.Errorf("parseRetryAfter(%q) = %v, want not ok", in, got)
		}
	}
}

func TestBackoff(t *testing.T) {
	f := New(Config{Backoff: time.Second})
	for n := 1; n <= 30; n++ {
		hi := min(time.Second<<(n-1), time.Minute)
		if n > 20 {
			hi = time.Minute
		}
		for range 20 {
			if d := f.backoff(n); d < hi/2 || d > hi {
				t.Fatalf("backoff(%d) = %v, want %v to %v", n, d, hi/2, hi)
			}
		}
	}
}

// A snapshot that cannot be written fails whole, leaving nothing behind.
func TestFetchWriteError(t *testing.T) {
	x := newFixture(t, Config{})
	x.page("/story", article(t))
	if err := os.WriteFile(filepath.Join(x.raw, "web"), []byte("not a folder"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := x.fetch("/story")
	if r.Status != Failed || !strings.HasPrefix(r.Err.Error(), r.URL+": ") {
		t.Fatalf("%+v", r)
	}
	if files := x.files(); !slices.Equal(files, []string{"web"}) {
		t.Errorf("files %q", files)
	}

	// a clash with a file of the same name that is not a snapshot: the next name
	os.Remove(filepath.Join(x.raw, "web"))
	dir := filepath.Join(x.raw, filepath.FromSlash(x.hostDir()))
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "story-20240717T120000Z.extracted.text"), []byte("notes"), 0o644)
	r = x.fetch("/story")
	if r.Status != Fetched || r.Path != x.hostDir()+"/story-20240717T120000Z-2.html" {
		t.Errorf("%+v", r)
	}
	if b := x.read(x.hostDir() + "/story-20240717T120000Z.extracted.text"); string(b) != "notes" {
		t.Errorf("an existing file was overwritten: %q", b)
	}
	for _, f := range x.files() {
		if strings.Contains(f, "/.") {
			t.Errorf("temporary file left: %s", f)
		}
	}
}
