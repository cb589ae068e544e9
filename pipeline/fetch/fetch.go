// Package fetch captures web pages into the raw folder with their
// provenance, for `etl fetch`. It is not a stage of the pipeline: it runs
// before it, and what it writes is read by the source stage like any other
// document.
//
// # What a fetch writes
//
// A page fetched from URL is stored under the raw root as
//
//	web/<host>/<slug>-<YYYYMMDD>T<HHMMSS>Z.html            the bytes received
//	web/<host>/<slug>-<YYYYMMDD>T<HHMMSS>Z.meta.json       its sidecar
//	web/<host>/<slug>-<YYYYMMDD>T<HHMMSS>Z.extracted.text  its main text
//
// where <host> is the URL's host (a port after "_"), <slug> is made from the
// URL's path and query, and the time is the retrieval time in UTC. The
// sidecar holds the URL asked for (requested_url), the URL after redirects
// (url), the retrieval time, the HTTP status, the Content-Type, the SHA-256 of
// the bytes, and what the page says about itself (title, publisher, author,
// publication time: see [htmltext.PageMeta]). The main text is what `etl run`
// extracts from the page and what the offsets of its quotes refer to, stored
// so that a person can check a quote against it.
//
// The page is stored as received, and the sidecar's SHA-256 is of those
// bytes: a page is never re-encoded. The charset of its Content-Type is kept
// in the sidecar's content_type, and both the fetch and `etl run` decode a
// page that is not UTF-8 by it (before its <meta charset>), as a browser does
// (see [htmltext.DecodeAs]): a page in ISO-8859-15 or windows-1250 whose
// only statement of its encoding is the header reads as it was written.
//
// # Snapshots
//
// A fetch never overwrites a file. When the page is unchanged since the
// latest snapshot of the same URL (the same bytes, or the same main text and
// the same metadata, so that a page whose adverts or tokens change on every
// request adds nothing), nothing is written; nor when it has the bytes of a
// snapshot of another URL of its host or of the host it was redirected to (a
// tracking parameter, a short link), which a run would reject as a
// duplicate. A changed page is a new snapshot beside the old ones.
//
// # Failures
//
// A URL fails, with an error naming it and nothing written, on a network
// error or timeout, an HTTP status other than 200 (after retries for 408,
// 425, 429, 500, 502, 503 and 504), a body larger than the limit, a
// Content-Type other than text/html or application/xhtml+xml, a page with
// no main text, or a page that holds no article (a "page not found" page
// served with status 200, a cookie or consent wall: see
// [htmltext.ErrNotArticle]). A 404 or 410 is not retried. Retries back off exponentially with jitter and honour
// Retry-After; a Retry-After longer than the longest wait allowed fails the
// URL at once rather than ask again sooner than the server said.
package fetch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/numtrail/numtrail/pipeline/htmltext"
	"github.com/numtrail/numtrail/pipeline/source"
)

// Defaults of Config.
const (
	DefaultTimeout       = 30 * time.Second
	DefaultRetries       = 3
	DefaultMaxBytes      = 10 << 20 // 10 MiB
	DefaultMaxRetryAfter = 2 * time.Minute
	DefaultBackoff       = time.Second
	maxBackoff           = time.Minute
)

// WebDir is the folder under the raw root that fetched pages go to.
const WebDir = "web"

// UserAgent is the User-Agent that names the project, for version.
func UserAgent(version string) string {
	return "numtrail/" + version + " (+https://github.com/numtrail/numtrail)"
}

// Config tunes a Fetcher. Zero values mean the defaults, except for Retries.
type Config struct {
	Raw           string        // the raw root
	Timeout       time.Duration // for one attempt, from the request to the end of the body
	Retries       int           // attempts after the first (0: none; the CLI's default is DefaultRetries)
	MaxBytes      int64         // largest body accepted
	MaxRetryAfter time.Duration // longest Retry-After waited for
	Backoff       time.Duration // wait before the first retry; doubled for each next one
	UserAgent     string        // default UserAgent("dev")
	SourceType    string        // written to the sidecar's source_type; "" for unknown
	License       string        // written to the sidecar's license; "" for unknown

	Client *http.Client                                     // default: a client that follows up to 10 redirects
	Now    func() time.Time                                 // default time.Now
	Sleep  func(ctx context.Context, d time.Duration) error // default: waits for d or ctx
	// Retrying, when set, is told of every retry before its wait.
	Retrying func(url string, attempt int, wait time.Duration, why error)
}

// Status is the outcome of fetching one URL.
type Status string

// The outcomes.
const (
	Fetched   Status = "fetched"   // a new snapshot was written
	Unchanged Status = "unchanged" // the page is the latest snapshot's, or has another snapshot's bytes; nothing was written
	Failed    Status = "failed"    // nothing was written; see Result.Err
)

// Result is what became of one URL.
type Result struct {
	URL      string // as asked for, normalised by ParseURL
	Status   Status
	Path     string // the snapshot written, or the unchanged one (or the one with the same bytes), under the raw root, '/'-separated
	FinalURL string // after redirects
	Bytes    int64
	Attempts int
	Notes    []string // what the page said that was left out of the sidecar
	Err      error    // when Failed; names the URL
}

// Errors that a failed Result's Err matches with errors.Is.
var (
	ErrStatus     = errors.New("HTTP status")                 // a status other than 200
	ErrTooLarge   = errors.New("body too large")              // larger than MaxBytes
	ErrNotHTML    = errors.New("not an HTML page")            // by its Content-Type
	ErrNoText     = htmltext.ErrNoText                        // no main text in the page
	ErrNotArticle = htmltext.ErrNotArticle                    // a "page not found" page served with 200, a cookie wall
	ErrNetwork    = errors.New("request failed")              // network error or timeout
	ErrBadURL     = errors.New("not an absolute http(s) URL") // from ParseURL
)

// ParseURL checks that s is an absolute http or https URL and returns it
// normalised: scheme and host in lower case, no fragment.
func ParseURL(s string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil {
		return "", fmt.Errorf("%q: %w", s, ErrBadURL)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return "", fmt.Errorf("%q: %w", s, ErrBadURL)
	}
	u.Host = strings.ToLower(u.Host)
	u.Fragment, u.RawFragment = "", ""
	return u.String(), nil
}

// Fetcher fetches pages into a raw folder.
type Fetcher struct {
	cfg    Config
	client *http.Client
}

// New makes a Fetcher.
func New(cfg Config) *Fetcher {
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.Retries < 0 {
		cfg.Retries = 0
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	if cfg.MaxRetryAfter <= 0 {
		cfg.MaxRetryAfter = DefaultMaxRetryAfter
	}
	if cfg.Backoff <= 0 {
		cfg.Backoff = DefaultBackoff
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = UserAgent("dev")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Sleep == nil {
		cfg.Sleep = sleep
	}
	client := cfg.Client
	if client == nil {
		client = &http.Client{CheckRedirect: checkRedirect}
	}
	return &Fetcher{cfg: cfg, client: client}
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Fetch fetches one URL (see ParseURL) and stores it as a new snapshot
// unless it is unchanged. It writes nothing unless it succeeds.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) Result {
	r := Result{URL: rawURL, Status: Failed}
	u, err := ParseURL(rawURL)
	if err != nil {
		r.Err = err
		return r
	}
	r.URL = u
	resp, attempts, err := f.get(ctx, u)
	r.Attempts = attempts
	if err != nil {
		r.Err = fmt.Errorf("%s: %w", u, err)
		return r
	}
	r.FinalURL, r.Bytes = resp.finalURL, int64(len(resp.body))

	text, err := htmltext.TextAs(resp.body, resp.contentType)
	if err != nil {
		r.Err = fmt.Errorf("%s: %w", u, err)
		return r
	}
	meta, err := htmltext.PageMetaAs(resp.body, resp.contentType)
	if err != nil {
		r.Err = fmt.Errorf("%s: %w", u, err)
		return r
	}
	r.Notes = meta.Notes
	sum := sha256.Sum256(resp.body)
	snap := snapshot{
		body: resp.body, text: text,
		side: source.Sidecar{
			URL: resp.finalURL, Title: meta.Title, Publisher: meta.Publisher, Author: meta.Author,
			Published: meta.Published, Retrieved: f.cfg.Now().UTC().Truncate(time.Second),
			License: f.cfg.License, SourceType: f.cfg.SourceType,
			RequestedURL: u, HTTPStatus: resp.status, ContentType: resp.contentType, SHA256: hex.EncodeToString(sum[:]),
		},
	}

	dir, err := hostDir(u)
	if err != nil {
		r.Err = fmt.Errorf("%s: %w", u, err)
		return r
	}
	known, err := f.snapshots(dir)
	if err != nil {
		r.Err = fmt.Errorf("%s: %w", u, err)
		return r
	}
	if last := latest(known, u); last != nil && f.same(last, &snap, meta) {
		r.Status, r.Path = Unchanged, last.rel
		return r
	}
	// the bytes of a snapshot of another URL ("?utm_source=rss", or a
	// redirect to a page captured before): a copy would be rejected by
	// every run as a duplicate
	if k := withBytes(known, snap.side.SHA256); k != nil {
		r.Status, r.Path = Unchanged, k.rel
		return r
	}
	if fdir, err := hostDir(resp.finalURL); err == nil && fdir != dir {
		if fk, err := f.snapshots(fdir); err == nil {
			if k := withBytes(fk, snap.side.SHA256); k != nil {
				r.Status, r.Path = Unchanged, k.rel
				return r
			}
		}
	}
	rel, err := f.write(dir, slugFor(known, u), &snap)
	if err != nil {
		r.Err = fmt.Errorf("%s: %w", u, err)
		return r
	}
	r.Status, r.Path = Fetched, rel
	return r
}

// response is a successful response.
type response struct {
	body        []byte
	status      int
	contentType string
	finalURL    string
}

// retryable statuses: the server may answer later.
var retryable = map[int]bool{
	http.StatusRequestTimeout: true, http.StatusTooEarly: true, http.StatusTooManyRequests: true,
	http.StatusInternalServerError: true, http.StatusBadGateway: true, http.StatusServiceUnavailable: true,
	http.StatusGatewayTimeout: true,
}

// get fetches u with retries.
func (f *Fetcher) get(ctx context.Context, u string) (*response, int, error) {
	attempts := 0
	for {
		attempts++
		resp, retryAfter, err := f.attempt(ctx, u)
		if err == nil {
			return resp, attempts, nil
		}
		var again *retryError
		if !errors.As(err, &again) || ctx.Err() != nil {
			return nil, attempts, err
		}
		if attempts > f.cfg.Retries {
			if attempts > 1 {
				return nil, attempts, fmt.Errorf("%w (after %d attempts)", again.err, attempts)
			}
			return nil, attempts, again.err
		}
		wait := f.backoff(attempts)
		if retryAfter >= 0 {
			if retryAfter > f.cfg.MaxRetryAfter {
				return nil, attempts, fmt.Errorf("%w; Retry-After %s is longer than the longest wait allowed (%s)",
					again.err, retryAfter, f.cfg.MaxRetryAfter)
			}
			wait = retryAfter
		}
		if f.cfg.Retrying != nil {
			f.cfg.Retrying(u, attempts+1, wait, again.err)
		}
		if err := f.cfg.Sleep(ctx, wait); err != nil {
			return nil, attempts, err
		}
	}
}

// backoff is the wait before retry n (1 for the first): Backoff·2^(n-1),
// capped at a minute, less a random part of up to a half (jitter, so that
// clients that failed together do not retry together).
func (f *Fetcher) backoff(n int) time.Duration {
	d := f.cfg.Backoff << min(n-1, 20)
	if d > maxBackoff || d <= 0 {
		d = maxBackoff
	}
	return d/2 + rand.N(d/2+1)
}

// retryError is a failed attempt worth trying again.
type retryError struct{ err error }

func (e *retryError) Error() string { return e.err.Error() }
func (e *retryError) Unwrap() error { return e.err }

// attempt makes one request. retryAfter is the wait the server asked for,
// or -1.
func (f *Fetcher) attempt(ctx context.Context, u string) (_ *response, retryAfter time.Duration, _ error) {
	retryAfter = -1
	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, retryAfter, err
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, retryAfter, f.netError(ctx, err)
	}
	defer resp.Body.Close()
	defer io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // let the connection be reused

	if resp.StatusCode != http.StatusOK {
		err := fmt.Errorf("%w %s", ErrStatus, statusText(resp.StatusCode))
		if !retryable[resp.StatusCode] {
			return nil, retryAfter, err
		}
		if s := resp.Header.Get("Retry-After"); s != "" {
			if d, ok := parseRetryAfter(s, f.cfg.Now()); ok {
				retryAfter = d
			}
		}
		return nil, retryAfter, &retryError{err}
	}
	if resp.ContentLength > f.cfg.MaxBytes {
		return nil, retryAfter, fmt.Errorf("%w: Content-Length %d exceeds the limit of %d bytes (--max-bytes)", ErrTooLarge, resp.ContentLength, f.cfg.MaxBytes)
	}
	ctype := resp.Header.Get("Content-Type")
	if ctype != "" {
		if err := checkHTML(ctype); err != nil {
			return nil, retryAfter, err
		}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.cfg.MaxBytes+1))
	if err != nil {
		return nil, retryAfter, f.netError(ctx, fmt.Errorf("reading the body: %w", err))
	}
	if int64(len(body)) > f.cfg.MaxBytes {
		return nil, retryAfter, fmt.Errorf("%w: more than the limit of %d bytes (--max-bytes)", ErrTooLarge, f.cfg.MaxBytes)
	}
	if ctype == "" {
		// no Content-Type: what the bytes look like, as a browser would
		sniffed := http.DetectContentType(body)
		if err := checkHTML(sniffed); err != nil {
			return nil, retryAfter, fmt.Errorf("%w (no Content-Type; the body looks like %s)", ErrNotHTML, sniffed)
		}
	}
	return &response{body: body, status: resp.StatusCode, contentType: ctype, finalURL: resp.Request.URL.String()}, retryAfter, nil
}

// netError makes a failed request an error worth retrying, unless the
// caller's context is done.
func (f *Fetcher) netError(ctx context.Context, err error) error {
	var ne net.Error
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout() {
		return &retryError{fmt.Errorf("%w: no complete response within %s (--timeout)", ErrNetwork, f.cfg.Timeout)}
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if errors.Is(err, context.Canceled) {
		return err
	}
	var redirect *redirectError
	if errors.As(err, &redirect) {
		return fmt.Errorf("%w: %v", ErrNetwork, err)
	}
	return &retryError{fmt.Errorf("%w: %v", ErrNetwork, err)}
}

// checkRedirect follows up to 10 redirects, to http and https URLs only.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= 10 {
		return &redirectError{"stopped after 10 redirects"}
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return &redirectError{fmt.Sprintf("redirected to %s, not an http(s) URL", req.URL.Redacted())}
	}
	return nil
}

type redirectError struct{ msg string }

func (e *redirectError) Error() string { return e.msg }

func statusText(code int) string {
	if t := http.StatusText(code); t != "" {
		return strconv.Itoa(code) + " " + t
	}
	return strconv.Itoa(code)
}

// checkHTML accepts the media types of HTML pages.
func checkHTML(ctype string) error {
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return fmt.Errorf("%w: Content-Type %q does not parse", ErrNotHTML, ctype)
	}
	if mt != "text/html" && mt != "application/xhtml+xml" {
		return fmt.Errorf("%w: Content-Type is %s (want text/html or application/xhtml+xml)", ErrNotHTML, mt)
	}
	return nil
}

// parseRetryAfter reads a Retry-After header: seconds, or an HTTP date.
func parseRetryAfter(s string, now time.Time) (time.Duration, bool) {
	s = strings.TrimSpace(s)
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		if n < 0 {
			return 0, false
		}
		if n > int64(24*time.Hour/time.Second) {
			n = int64(24 * time.Hour / time.Second)
		}
		return time.Duration(n) * time.Second, true
	}
	t, err := http.ParseTime(s)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}

// snapshot is what one fetch writes.
type snapshot struct {
	body []byte
	text string
	side source.Sidecar
}

// known is a snapshot already under the raw root.
type known struct {
	rel  string // of the .html, under the raw root
	slug string
	url  string // requested URL, normalised
	side source.Sidecar
}

// stamp ends the base name of a snapshot: -YYYYMMDDTHHMMSSZ, with -N when
// two were taken in one second.
var stamp = regexp.MustCompile(`-\d{8}T\d{6}Z(-\d+)?$`)

// snapshots lists the snapshots under dir (a '/'-separated path under the
// raw root): each .html with a sidecar that parses, in name order.
func (f *Fetcher) snapshots(dir string) ([]known, error) {
	ents, err := os.ReadDir(filepath.Join(f.cfg.Raw, filepath.FromSlash(dir)))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []known
	for _, e := range ents {
		name := e.Name()
		base, ok := strings.CutSuffix(name, source.SidecarSuffix)
		if !ok || strings.HasPrefix(name, ".") {
			continue
		}
		if _, err := os.Stat(filepath.Join(f.cfg.Raw, filepath.FromSlash(dir), base+".html")); err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join(f.cfg.Raw, filepath.FromSlash(dir), name))
		if err != nil {
			continue
		}
		sc, err := source.ParseSidecar(b)
		if err != nil {
			continue
		}
		req := sc.RequestedURL
		if req == "" {
			req = sc.URL
		}
		if req, err = ParseURL(req); err != nil {
			continue
		}
		out = append(out, known{rel: dir + "/" + base + ".html", slug: stamp.ReplaceAllString(base, ""), url: req, side: sc})
	}
	return out, nil
}

// latest is the latest snapshot of u: the last retrieved, then the last by
// name.
func latest(ks []known, u string) *known {
	var last *known
	for i := range ks {
		k := &ks[i]
		if k.url != u {
			continue
		}
		if last == nil || k.side.Retrieved.After(last.side.Retrieved) ||
			k.side.Retrieved.Equal(last.side.Retrieved) && k.rel > last.rel {
			last = k
		}
	}
	return last
}

// withBytes returns the snapshot among ks whose sidecar gives the SHA-256
// sum, or nil.
func withBytes(ks []known, sum string) *known {
	for i := range ks {
		if ks[i].side.SHA256 == sum {
			return &ks[i]
		}
	}
	return nil
}

// same reports whether the new snapshot adds nothing to the latest one: the
// same bytes, or the same main text and the same metadata.
func (f *Fetcher) same(last *known, snap *snapshot, meta htmltext.Meta) bool {
	old, err := os.ReadFile(filepath.Join(f.cfg.Raw, filepath.FromSlash(last.rel)))
	if err != nil {
		return false
	}
	sum := sha256.Sum256(old)
	if hex.EncodeToString(sum[:]) == snap.side.SHA256 {
		return true
	}
	text, err := htmltext.TextAs(old, last.side.ContentType)
	if err != nil || text != snap.text {
		return false
	}
	m, err := htmltext.PageMetaAs(old, last.side.ContentType)
	return err == nil && m.Title == meta.Title && m.Publisher == meta.Publisher && m.Author == meta.Author &&
		m.Published.Equal(meta.Published) && last.side.URL == snap.side.URL
}

// hostDir is the folder of u's snapshots under the raw root.
func hostDir(u string) (string, error) {
	p, err := url.Parse(u)
	if err != nil {
		return "", err
	}
	host := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '-' {
			return r
		}
		return '_'
	}, strings.ToLower(strings.Trim(p.Host, "[]")))
	host = strings.Trim(host, ".")
	if host == "" {
		return "", fmt.Errorf("no host")
	}
	return WebDir + "/" + host, nil
}

const maxSlug = 80

// slug makes a file name from the path and query of u.
func slug(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "page"
	}
	s := p.Path
	if p.RawQuery != "" {
		s += "-" + p.RawQuery
	}
	if us, err := url.PathUnescape(s); err == nil {
		s = us
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimSuffix(b.String(), "-")
	if len(out) > maxSlug {
		out = strings.TrimRight(out[:maxSlug], "-")
	}
	out = strings.TrimSuffix(strings.TrimSuffix(out, "-html"), "-htm")
	if out == "" {
		return "index"
	}
	return out
}

// slugFor is the slug of u's snapshots: the slug of its earlier snapshots if
// there are any; else its own slug, with a short hash of the URL when another
// URL already has that slug.
func slugFor(ks []known, u string) string {
	if last := latest(ks, u); last != nil {
		return last.slug
	}
	s := slug(u)
	if slices.ContainsFunc(ks, func(k known) bool { return k.slug == s }) {
		sum := sha256.Sum256([]byte(u))
		s += "-" + hex.EncodeToString(sum[:4])
	}
	return s
}

// write stores snap as a new snapshot in dir and returns the path of its
// .html under the raw root. Each file is written to a hidden temporary file
// and linked to its name only when all three are complete, the page last, so
// that a run never sees a page without its sidecar; no existing file is ever
// replaced. On any error, nothing is left behind.
func (f *Fetcher) write(dir, slug string, snap *snapshot) (rel string, err error) {
	side, err := json.MarshalIndent(snap.side, "", "  ")
	if err != nil {
		return "", err
	}
	side = append(side, '\n')
	if _, err := source.ParseSidecar(side); err != nil {
		return "", fmt.Errorf("the sidecar would not be valid: %w", err)
	}
	full := filepath.Join(f.cfg.Raw, filepath.FromSlash(dir))
	if _, serr := os.Stat(full); errors.Is(serr, fs.ErrNotExist) {
		defer func() {
			if err != nil {
				os.Remove(full) // the folder made for this snapshot, if it is still empty
			}
		}()
	}
	if err := os.MkdirAll(full, 0o755); err != nil {
		return "", err
	}
	stamp := snap.side.Retrieved.Format("20060102T150405Z")

	files := []struct {
		suffix string
		data   []byte
		tmp    string
	}{
		{source.ExtractedTextSuffix, []byte(snap.text + "\n"), ""},
		{source.SidecarSuffix, side, ""},
		{".html", snap.body, ""},
	}
	defer func() {
		for _, fl := range files {
			if fl.tmp != "" {
				os.Remove(fl.tmp)
			}
		}
	}()
	for i := range files {
		if files[i].tmp, err = writeTemp(full, files[i].data); err != nil {
			return "", err
		}
	}

	for n := 1; n < 100; n++ {
		base := slug + "-" + stamp
		if n > 1 {
			base += "-" + strconv.Itoa(n)
		}
		var linked []string
		clash := false
		for _, fl := range files {
			name := filepath.Join(full, base+fl.suffix)
			if err := linkNew(fl.tmp, name); err != nil {
				for _, l := range linked {
					os.Remove(l)
				}
				if errors.Is(err, fs.ErrExist) {
					clash = true
					break
				}
				return "", err
			}
			linked = append(linked, name)
		}
		if clash {
			continue
		}
		syncDir(full)
		return path.Join(dir, base+".html"), nil
	}
	return "", fmt.Errorf("too many snapshots named %s-%s in %s", slug, stamp, dir)
}

// writeTemp writes data to a new hidden file in dir, synced to disk.
func writeTemp(dir string, data []byte) (string, error) {
	t, err := os.CreateTemp(dir, ".fetch-*")
	if err != nil {
		return "", err
	}
	_, err = t.Write(data)
	if err == nil {
		err = t.Chmod(0o644)
	}
	if err == nil {
		err = t.Sync()
	}
	if cerr := t.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(t.Name())
		return "", err
	}
	return t.Name(), nil
}

// linkNew gives the file tmp the name name, failing with fs.ErrExist when
// name exists. A hard link does it atomically; where the file system has
// none, a rename after a check.
func linkNew(tmp, name string) error {
	err := os.Link(tmp, name)
	if err == nil || errors.Is(err, fs.ErrExist) {
		return err
	}
	if _, serr := os.Lstat(name); serr == nil {
		return fs.ErrExist
	}
	return os.Rename(tmp, name)
}

func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
