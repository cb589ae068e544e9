package source

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"unicode/utf8"

	"github.com/numtrail/numtrail/pipeline/htmltext"
	"github.com/numtrail/numtrail/pipeline/model"
)

// DefaultMaxDocBytes is the largest document read when Options.MaxDocBytes
// is zero: 16 MiB.
const DefaultMaxDocBytes int64 = 16 << 20

// MaxSidecarBytes is the largest sidecar accepted: 1 MiB.
const MaxSidecarBytes int64 = 1 << 20

// SidecarSuffix ends the name of a document's sidecar: NAME.meta.json
// belongs to NAME.txt, NAME.md or NAME.html.
const SidecarSuffix = ".meta.json"

// ExtractedTextSuffix ends the name of the copy of an HTML document's main
// text that `etl fetch` stores beside it: NAME.extracted.text belongs to
// NAME.html. It is not a document itself.
const ExtractedTextSuffix = ".extracted.text"

// Sentinel errors. Every error in Entry.Err and Document.Err matches at least
// one of them with errors.Is.
var (
	ErrUnreadable  = errors.New("cannot read")                  // I/O error; wraps the OS error
	ErrNotRegular  = errors.New("not a regular file")           // a device, pipe, socket or folder
	ErrSymlink     = errors.New("unusable symlink")             // dangling, looping, or pointing outside the root
	ErrTooLarge    = errors.New("too large")                    // larger than Options.MaxDocBytes
	ErrEmpty       = errors.New("empty file")                   // no bytes, or no text but white space
	ErrInvalidUTF8 = errors.New("invalid UTF-8")                // in the content or in the file name
	ErrBinary      = errors.New("binary data")                  // a NUL byte
	ErrSidecar     = errors.New("invalid sidecar")              // the sidecar is unreadable or invalid
	ErrChanged     = errors.New("changed since it was scanned") // document or sidecar differs from what Scan hashed
	ErrUnsupported = errors.New("unsupported media type")       // not .txt, .md or .html
	ErrDuplicate   = errors.New("duplicate document")           // x.txt and x.md in one folder, or the same bytes twice
	ErrNotArticle  = errors.New("not an article")               // an HTML page that holds none: "page not found", a cookie wall
)

// Entry is one document found by Scan.
type Entry struct {
	Rel           string // path under root, '/'-separated, e.g. "articles/x.txt"
	SourceID      string // Rel without extension
	Size          int64  // bytes; 0 when unknown
	SHA256        string // hex SHA-256 of the document's bytes ("" if unreadable or too large)
	SidecarSHA256 string // hex SHA-256 of NAME.meta.json bytes, "" when there is none
	Err           error  // problem found while scanning (unreadable file, symlink loop, ...)
	Table         bool   // an official table (a .csv under official/), read with ReadTable
}

// Options tune Scan and Read.
type Options struct {
	// MaxDocBytes is the largest document accepted; zero or less means
	// DefaultMaxDocBytes, and more than MaxDocBytesLimit means that limit.
	// Larger documents are neither hashed nor read.
	MaxDocBytes int64
}

// MaxDocBytesLimit is the most Options.MaxDocBytes may allow: 1 GiB, so
// that a document's offsets fit the extractor's 32 bits with room to spare.
const MaxDocBytesLimit int64 = 1 << 30

func (o Options) maxDocBytes() int64 {
	if o.MaxDocBytes <= 0 {
		return DefaultMaxDocBytes
	}
	return min(o.MaxDocBytes, MaxDocBytesLimit)
}

// Scan walks root and returns every document under it, sorted byte-wise by
// Rel: files ending .txt, .md or .html, skipping hidden files and folders
// (name starting with ".") and the folder official/ directly under root.
//
// It hashes each document and its sidecar while streaming them, several
// documents at once (2×GOMAXPROCS), never holding more than one read buffer
// per document being hashed; a document larger than
// opt.MaxDocBytes is not hashed and gets Err [ErrTooLarge]. A document that
// cannot be read (or whose sidecar cannot be) still gets an Entry, with Err
// set; so does a folder that cannot be listed (Rel is then the folder). Two
// documents with the same SourceID (x.txt and x.md) both get Entries; the
// second in order gets Err [ErrDuplicate]. So does a non-empty document
// with the same bytes as one before it: observation ids are a hash of the
// document's bytes and the offsets, so the copy's rows would repeat the
// first one's ids.
//
// Only a root that cannot be walked at all is an error, and a cancelled ctx,
// which stops Scan with ctx.Err().
func Scan(ctx context.Context, root string, opt Options) ([]Entry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	t, err := openTree(root)
	if err != nil {
		return nil, err
	}
	defer t.close()
	limit := opt.maxDocBytes()

	// The walk lists the documents; a pool of goroutines hashes them.
	var entries []Entry
	type job struct {
		rel   string
		typ   fs.FileMode
		table bool
	}
	var jobs []job
	walk := func(p string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			if p == "." {
				return err
			}
			if errors.Is(err, fs.ErrNotExist) {
				return nil // removed while we walked
			}
			// A folder that cannot be listed: keep the problem visible.
			rel := strings.ToValidUTF8(p, "\uFFFD")
			entries = append(entries, Entry{Rel: rel, SourceID: rel,
				Err: newError(rel, "cannot read folder", cause(err), ErrUnreadable)})
			return nil
		}
		if p == "." {
			return nil
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		table := strings.HasPrefix(p, TablesDir+"/")
		if table && path.Ext(name) != ".csv" || !table && mediaType(name) == "" {
			return nil
		}
		jobs = append(jobs, job{p, d.Type(), table})
		return nil
	}
	if err := fs.WalkDir(walkFS{t}, ".", walk); err != nil {
		if cerr := ctx.Err(); cerr != nil {
			return nil, cerr
		}
		return nil, fmt.Errorf("scan raw root %s: %w", root, cause(err))
	}
	scanned := make([]Entry, len(jobs))
	found := make([]bool, len(jobs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(len(jobs), scanWorkers()) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(jobs) && ctx.Err() == nil; i = int(next.Add(1) - 1) {
				scanned[i], found[i] = t.scanFile(ctx, jobs[i].rel, jobs[i].typ, limit)
				scanned[i].Table = jobs[i].table
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for i, e := range scanned {
		if found[i] {
			entries = append(entries, e)
		}
	}

	slices.SortFunc(entries, func(a, b Entry) int { return strings.Compare(a.Rel, b.Rel) })
	first := make(map[string]string, len(entries))
	firstBytes := make(map[string]string, len(entries))
	for i := range entries {
		e := &entries[i]
		if prev, dup := first[e.SourceID]; dup {
			if e.Err == nil {
				e.Err = newError(e.Rel, fmt.Sprintf("same source_id %q as %s", e.SourceID, prev), nil, ErrDuplicate)
			}
			// the rejected duplicate keeps its full path as id, so that
			// source_id stays a key of the sources table
			e.SourceID = e.Rel
			continue
		}
		first[e.SourceID] = e.Rel
		if e.Err != nil || e.SHA256 == "" || e.Size == 0 { // empty files are rejected as such
			continue
		}
		if prev, dup := firstBytes[e.SHA256]; dup {
			e.Err = newError(e.Rel, fmt.Sprintf("same bytes as %s (sha256 %s): a copy would repeat its observation ids", prev, short(e.SHA256)), nil, ErrDuplicate)
			continue
		}
		firstBytes[e.SHA256] = e.Rel
	}
	return entries, nil
}

// scanWorkers is the number of documents Scan hashes at once: reading a
// file waits on the disk as much as hashing it uses a core.
func scanWorkers() int { return 2 * runtime.GOMAXPROCS(0) }

// scanFile makes the Entry for the document at rel; ok is false when rel is
// not a document after all (a symlink to a folder).
func (t *tree) scanFile(ctx context.Context, rel string, typ fs.FileMode, limit int64) (e Entry, ok bool) {
	e = Entry{Rel: rel, SourceID: sourceID(rel)}
	if !utf8.ValidString(rel) {
		e.Rel = strings.ToValidUTF8(rel, "\uFFFD")
		e.SourceID = sourceID(e.Rel)
		e.Err = newError(e.Rel, "file name is not valid UTF-8", nil, ErrInvalidUTF8)
		return e, true
	}
	target := rel
	switch {
	case typ&fs.ModeSymlink != 0:
		var err error
		target, err = t.follow(rel)
		if errors.Is(err, errFolderLink) {
			return e, false
		}
		if err != nil {
			e.Err = err
			return e, true
		}
	case !typ.IsRegular():
		e.Err = notRegular(rel, typ)
		return e, true
	}

	f, size, err := t.open(rel, target)
	e.Size = size
	if err != nil {
		e.Err = err
		return e, true
	}
	if size > limit {
		f.Close()
		e.Err = tooLarge(rel, size, limit)
		return e, true
	}
	sum, n, err := hashStream(ctx, f, limit)
	f.Close()
	e.Size = n
	switch {
	case err != nil:
		e.Err = newError(rel, "cannot read", cause(err), ErrUnreadable)
		return e, true
	case n > limit: // grew since we looked at its size
		e.Err = tooLarge(rel, n, limit)
		return e, true
	}
	e.SHA256 = sum

	side := e.SourceID + SidecarSuffix
	e.SidecarSHA256, err = t.hashSidecar(ctx, side)
	if err != nil {
		e.Err = err
	}
	return e, true
}

// hashSidecar hashes the sidecar at side; "" and no error when there is none.
func (t *tree) hashSidecar(ctx context.Context, side string) (string, error) {
	f, size, ok := t.openRegular(side)
	if !ok {
		target, err := t.resolve(side)
		if errors.Is(err, fs.ErrNotExist) {
			return "", nil
		}
		if err != nil {
			return "", asSidecar(err)
		}
		if f, size, err = t.open(side, target); err != nil {
			return "", asSidecar(err)
		}
	}
	defer f.Close()
	if size > MaxSidecarBytes {
		return "", sidecarTooLarge(side, size)
	}
	sum, n, err := hashStream(ctx, f, MaxSidecarBytes)
	if err != nil {
		return "", asSidecar(newError(side, "cannot read", cause(err), ErrUnreadable))
	}
	if n > MaxSidecarBytes {
		return "", sidecarTooLarge(side, n)
	}
	return sum, nil
}

// Read reads one scanned document and its sidecar into a model.Document.
//
// It never returns an error: a problem that makes the document unusable is
// set in Document.Err (the document is then rejected and Text is "") and
// lesser problems are appended to Document.Warnings. When there are several
// problems, Err is the first (the document's own before its sidecar's) and
// the others are added to Warnings, prefixed "also: ".
//
// An Entry with Err set is rejected with that error; Read still loads its
// sidecar so that the metadata of rejected documents is known. Read hashes
// the bytes it reads and rejects the document with [ErrChanged] when the
// document or its sidecar no longer matches Entry.SHA256 and
// Entry.SidecarSHA256; an Entry with an empty SHA256 (not made by Scan) is
// not checked. Metadata comes only from the sidecar: what it does not state
// stays empty or zero.
func Read(root string, e Entry, opt Options) *model.Document {
	t, err := openTree(root)
	if err != nil {
		d := &model.Document{SourceID: e.SourceID, Path: e.Rel, MediaType: mediaType(e.Rel), SHA256: e.SHA256, Bytes: e.Size}
		d.Err = newError(e.Rel, "cannot read", err, ErrUnreadable)
		return d
	}
	defer t.close()
	return t.read(e, opt)
}

// Reader reads the documents and tables of one raw root, keeping the root
// open between reads. It is safe for concurrent use.
type Reader struct {
	t *tree
}

// NewReader opens the raw root for reading.
func NewReader(root string) (*Reader, error) {
	t, err := openTree(root)
	if err != nil {
		return nil, err
	}
	return &Reader{t: t}, nil
}

// Read is [Read] on the reader's root.
func (r *Reader) Read(e Entry, opt Options) *model.Document { return r.t.read(e, opt) }

// ReadTable is [ReadTable] on the reader's root.
func (r *Reader) ReadTable(e Entry) (*model.Document, []model.Mention) { return r.t.readTable(e) }

// Close releases the root.
func (r *Reader) Close() { r.t.close() }

func (t *tree) read(e Entry, opt Options) *model.Document {
	d := &model.Document{
		SourceID:  e.SourceID,
		Path:      e.Rel,
		MediaType: mediaType(e.Rel),
		SHA256:    e.SHA256,
		Bytes:     e.Size,
	}

	var problems []error
	var raw string
	read := false
	if e.Err != nil {
		problems = append(problems, e.Err)
	} else if b, err := t.readDoc(d, e, opt.maxDocBytes()); err != nil {
		problems = append(problems, err)
	} else {
		raw, read = b, true
	}
	// the sidecar before the text: the Content-Type a page was fetched with
	// may say how to decode it
	var contentType string
	if d.MediaType != "" && !errors.Is(e.Err, ErrSidecar) {
		var err error
		if contentType, err = t.readSidecar(d, e); err != nil {
			problems = append(problems, err)
		}
	}
	if read {
		if err := t.docText(d, e, raw, contentType, opt.maxDocBytes()); err != nil {
			problems = slices.Insert(problems, 0, err) // the document's own problem first
		}
	}
	if len(problems) > 0 {
		d.Err = problems[0]
		for _, p := range problems[1:] {
			d.Warnings = append(d.Warnings, "also: "+p.Error())
		}
		d.Text = ""
	}
	return d
}

// readDoc reads the document's bytes, checking their size and hash.
func (t *tree) readDoc(d *model.Document, e Entry, limit int64) (string, error) {
	if d.MediaType == "" {
		return "", newError(e.Rel, "not a document (want .txt, .md or .html)", nil, ErrUnsupported)
	}
	f, size, ok := t.openRegular(e.Rel)
	if !ok {
		target, err := t.resolve(e.Rel)
		if errors.Is(err, fs.ErrNotExist) {
			return "", newError(e.Rel, "cannot read", cause(err), ErrUnreadable)
		}
		if err != nil {
			return "", err
		}
		if f, size, err = t.open(e.Rel, target); err != nil {
			return "", err
		}
	}
	defer f.Close()
	if size > limit {
		d.Bytes = size
		return "", tooLarge(e.Rel, size, limit)
	}
	var sb strings.Builder
	sb.Grow(int(size))
	h := sha256.New()
	buf := copyBuffers.Get().(*[]byte)
	n, err := io.CopyBuffer(io.MultiWriter(&sb, h), io.LimitReader(f, limit+1), *buf)
	copyBuffers.Put(buf)
	if err != nil {
		return "", newError(e.Rel, "cannot read", cause(err), ErrUnreadable)
	}
	if n > limit {
		d.Bytes = n
		return "", tooLarge(e.Rel, n, limit)
	}
	sum := hex.EncodeToString(h.Sum(nil))
	if e.SHA256 != "" && sum != e.SHA256 {
		return "", newError(e.Rel, fmt.Sprintf("changed since it was scanned (sha256 %s when scanned, %s now)", short(e.SHA256), short(sum)), nil, ErrChanged)
	}
	d.SHA256, d.Bytes = sum, n
	return sb.String(), nil
}

// docText sets d.Text from the document's bytes raw, checking them: the main
// text of an HTML page, decoded as the Content-Type it was fetched with
// says (contentType, from its sidecar; "" when unknown), or the text of a
// text file.
func (t *tree) docText(d *model.Document, e Entry, raw, contentType string, limit int64) error {
	if d.MediaType == "text/html" {
		text, err := htmlText(e.Rel, raw, contentType)
		if err != nil {
			return err
		}
		d.Text = text
		d.Warnings = append(d.Warnings, t.checkExtracted(e, text, limit)...)
		return nil
	}
	text, err := checkText(e.Rel, raw)
	if err != nil {
		return err
	}
	d.Text = text
	return nil
}

const bom = "\uFEFF"

// Text returns the text of a document named name whose bytes are raw, as
// a run reads it: the main text of an HTML page (.html), or the text of a
// text file without its byte-order mark; or the error that would reject the
// document (empty, not UTF-8, binary, an HTML page with no text or with no
// article: a "page not found" page, a cookie wall), naming it by name.
func Text(name string, raw []byte) (string, error) { return TextAs(name, raw, "") }

// TextAs is [Text] for a page fetched with the HTTP Content-Type
// contentType (its sidecar's content_type; "" when unknown), whose charset
// decodes a page that is not UTF-8, as a run decodes it.
func TextAs(name string, raw []byte, contentType string) (string, error) {
	switch mediaType(name) {
	case "text/html":
		return htmlText(name, string(raw), contentType)
	case "":
		return "", newError(name, "not a document: the name must end in .txt, .md or .html", nil, ErrUnreadable)
	}
	return checkText(name, string(raw))
}

// htmlText returns the main text of the HTML page raw (see package
// htmltext): the text that quotes and offsets refer to. contentType is the
// Content-Type the page was fetched with, "" when unknown: its charset says
// how to decode bytes that are not UTF-8 (see htmltext.DecodeAs).
func htmlText(rel, raw, contentType string) (string, error) {
	if strings.TrimSpace(strings.TrimPrefix(raw, bom)) == "" {
		return "", newError(rel, "empty file", nil, ErrEmpty)
	}
	// a page in UTF-16 has NUL bytes in its ASCII characters; its byte-order
	// mark says how to decode it, as a browser does (see htmltext.Decode)
	utf16 := strings.HasPrefix(raw, "\xff\xfe") || strings.HasPrefix(raw, "\xfe\xff")
	if nul := strings.IndexByte(raw, 0); nul >= 0 && !utf16 {
		return "", newError(rel, fmt.Sprintf("NUL byte at byte %d (binary data?)", nul), nil, ErrBinary)
	}
	text, err := htmltext.TextAs([]byte(raw), contentType)
	if errors.Is(err, htmltext.ErrNoText) {
		return "", newError(rel, "no article text found in the HTML page", nil, ErrEmpty)
	}
	if errors.Is(err, htmltext.ErrNotArticle) {
		// ("not an article: a cookie or consent wall, with no article text")
		return "", newError(rel, err.Error(), nil, ErrNotArticle)
	}
	if err != nil {
		return "", newError(rel, "cannot parse the HTML page", err, ErrUnreadable)
	}
	return text, nil
}

// checkExtracted compares the text extracted from an HTML document with
// the copy `etl fetch` stored beside it (NAME.extracted.text), if there is
// one, and returns a warning when they differ: quotes and offsets refer to the
// text extracted now, and the stored copy is for people to read.
func (t *tree) checkExtracted(e Entry, text string, limit int64) []string {
	name := e.SourceID + ExtractedTextSuffix
	f, _, ok := t.openRegular(name)
	if !ok {
		target, err := t.resolve(name)
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return []string{fmt.Sprintf("%v (ignored)", err)}
		}
		if f, _, err = t.open(name, target); err != nil {
			return []string{fmt.Sprintf("%v (ignored)", err)}
		}
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return []string{fmt.Sprintf("%s: cannot read: %v (ignored)", name, cause(err))}
	}
	if stored := strings.TrimSuffix(string(b), "\n"); stored != text {
		return []string{fmt.Sprintf("%s differs from the text extracted from %s now (offsets refer to the text extracted now)", name, e.Rel)}
	}
	return nil
}

// checkText checks that raw is non-empty UTF-8 text without NUL bytes and
// returns it without a leading byte-order mark.
func checkText(rel, raw string) (string, error) {
	if raw == "" {
		return "", newError(rel, "empty file", nil, ErrEmpty)
	}
	bad := invalidUTF8At(raw)
	nul := strings.IndexByte(raw, 0)
	utf16 := strings.HasPrefix(raw, "\xff\xfe") || strings.HasPrefix(raw, "\xfe\xff")
	if bad >= 0 && nul >= 0 && !utf16 {
		// neither text nor UTF-16 text: an image, a PDF, an archive
		return "", newError(rel, fmt.Sprintf("binary data, not text (invalid UTF-8 at byte %d, NUL byte at byte %d)", bad, nul), nil, ErrBinary, ErrInvalidUTF8)
	}
	if bad >= 0 {
		msg := fmt.Sprintf("invalid UTF-8 at byte %d", bad)
		if utf16 {
			msg += " (UTF-16 byte-order mark: convert the file to UTF-8)"
		}
		return "", newError(rel, msg, nil, ErrInvalidUTF8)
	}
	if nul >= 0 {
		return "", newError(rel, fmt.Sprintf("NUL byte at byte %d (binary data?)", nul), nil, ErrBinary)
	}
	text := strings.TrimPrefix(raw, bom)
	if strings.TrimSpace(text) == "" {
		return "", newError(rel, "empty file (no text but white space)", nil, ErrEmpty)
	}
	return text, nil
}

// invalidUTF8At returns the offset of the first byte of s that is not part of
// valid UTF-8, or -1.
func invalidUTF8At(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// readSidecar loads the document's sidecar into d's metadata and returns
// the Content-Type it gives ("" when it gives none).
func (t *tree) readSidecar(d *model.Document, e Entry) (contentType string, _ error) {
	side := e.SourceID + SidecarSuffix
	check := e.SHA256 != "" // the Entry came from Scan: compare hashes
	f, size, ok := t.openRegular(side)
	if !ok {
		target, err := t.resolve(side)
		if errors.Is(err, fs.ErrNotExist) {
			if check && e.SidecarSHA256 != "" {
				return "", newError(side, "sidecar removed since it was scanned", nil, ErrChanged, ErrSidecar)
			}
			d.Warnings = append(d.Warnings, fmt.Sprintf("no sidecar %s: metadata unknown", side))
			return "", nil
		}
		if err != nil {
			return "", asSidecar(err)
		}
		if f, size, err = t.open(side, target); err != nil {
			return "", asSidecar(err)
		}
	}
	defer f.Close()
	if size > MaxSidecarBytes {
		return "", sidecarTooLarge(side, size)
	}
	b, err := io.ReadAll(io.LimitReader(f, MaxSidecarBytes+1))
	if err != nil {
		return "", asSidecar(newError(side, "cannot read", cause(err), ErrUnreadable))
	}
	if int64(len(b)) > MaxSidecarBytes {
		return "", sidecarTooLarge(side, int64(len(b)))
	}
	if check {
		sum := sha256.Sum256(b)
		now := hex.EncodeToString(sum[:])
		switch {
		case e.SidecarSHA256 == "":
			return "", newError(side, "sidecar appeared since the document was scanned", nil, ErrChanged, ErrSidecar)
		case now != e.SidecarSHA256:
			return "", newError(side, fmt.Sprintf("changed since it was scanned (sha256 %s when scanned, %s now)", short(e.SidecarSHA256), short(now)), nil, ErrChanged, ErrSidecar)
		}
	}
	sc, err := ParseSidecar(b)
	if err != nil {
		return "", newError(side, "invalid sidecar", err, ErrSidecar)
	}
	if sc.SHA256 != "" && d.SHA256 != "" && sc.SHA256 != d.SHA256 {
		return "", newError(side, fmt.Sprintf("invalid sidecar: sha256 %s is not that of %s (%s): the document changed after it was fetched",
			short(sc.SHA256), d.Path, short(d.SHA256)), nil, ErrSidecar)
	}

	d.URL, d.Title, d.Publisher, d.Author = sc.URL, sc.Title, sc.Publisher, sc.Author
	d.License, d.SourceType = sc.License, sc.SourceType
	d.Published, d.Retrieved = sc.Published, sc.Retrieved

	if sc.Published.IsZero() {
		d.Warnings = append(d.Warnings, side+": no published date")
	}
	var missing []string
	for _, f := range []struct {
		name  string
		empty bool
	}{
		{"url", sc.URL == ""},
		{"title", sc.Title == ""},
		{"publisher", sc.Publisher == ""},
		{"author", sc.Author == ""},
		{"retrieved", sc.Retrieved.IsZero()},
		{"license", sc.License == ""},
		{"source_type", sc.SourceType == ""},
	} {
		if f.empty {
			missing = append(missing, f.name)
		}
	}
	if len(missing) > 0 {
		d.Warnings = append(d.Warnings, fmt.Sprintf("%s: unknown %s", side, strings.Join(missing, ", ")))
	}
	if !sc.Published.IsZero() && !sc.Retrieved.IsZero() && sc.Published.After(sc.Retrieved) {
		d.Warnings = append(d.Warnings, fmt.Sprintf("%s: published %s is after retrieved %s", side,
			sc.Published.Format("2006-01-02T15:04:05Z07:00"), sc.Retrieved.Format("2006-01-02T15:04:05Z07:00")))
	}
	return sc.ContentType, nil
}

// mediaType is the media type of a document named name, or "" when name is
// not a document.
func mediaType(name string) string {
	switch path.Ext(name) {
	case ".txt":
		return "text/plain"
	case ".md":
		return "text/markdown"
	case ".html":
		return "text/html"
	}
	return ""
}

func sourceID(rel string) string { return strings.TrimSuffix(rel, path.Ext(rel)) }

// short abbreviates a hex hash for messages.
func short(sum string) string {
	if len(sum) > 12 {
		return sum[:12]
	}
	return sum
}

// hashStream hashes at most limit+1 bytes of r, stopping when ctx is done.
func hashStream(ctx context.Context, r io.Reader, limit int64) (sum string, n int64, err error) {
	h := sha256.New()
	buf := copyBuffers.Get().(*[]byte)
	n, err = io.CopyBuffer(h, io.LimitReader(ctxReader{ctx, r}, limit+1), *buf)
	copyBuffers.Put(buf)
	if err != nil {
		return "", n, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// walkFS is the root's fs.FS for Scan's walk: os.Root's, with folders
// listed by readDirFast where it can.
type walkFS struct{ t *tree }

func (w walkFS) Open(name string) (fs.File, error) { return w.t.r.FS().Open(name) }

func (w walkFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if fs.ValidPath(name) {
		if entries, ok, err := w.t.fast.readDirFast(name); ok {
			return entries, err
		}
	}
	return fs.ReadDir(w.t.r.FS(), name)
}

// tree is an open raw root.
type tree struct {
	r    *os.Root
	real string  // absolute path of the root with no symlinks
	fast *rootFD // for openFast; nil where there is no fast path
}

func openTree(root string) (*tree, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("raw root %s: %w", root, err)
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return nil, fmt.Errorf("raw root %s: %w", root, cause(err))
	}
	r, err := os.OpenRoot(real)
	if err != nil {
		return nil, fmt.Errorf("raw root %s: %w", root, cause(err))
	}
	return &tree{r: r, real: real, fast: openRootFD(real)}, nil
}

func (t *tree) close() {
	t.fast.close()
	t.r.Close()
}

// errFolderLink reports a symlink to a folder, which is not followed.
var errFolderLink = errors.New("symlink to a folder")

// openRegular opens rel for reading when it is a regular file beneath the
// root and not a symlink, in one openat2 call (see rootFD.openFast), which
// is all that resolve and then open would do for it, less resolve's
// fstatat. ok is false otherwise, whatever the reason (a symlink, a file
// missing, no fast path): the caller then resolves rel and opens it the
// ordinary way, which follows a symlink or gives the error.
func (t *tree) openRegular(rel string) (f io.ReadCloser, size int64, ok bool) {
	if rel == "" || rel[0] == '/' {
		return nil, 0, false
	}
	return t.fast.openFast(rel)
}

// resolve returns the path under the root of the regular file that rel names,
// following rel if it is a symlink. A missing rel gives an error matching
// fs.ErrNotExist.
func (t *tree) resolve(rel string) (string, error) {
	if t.fast.isRegularFast(rel) {
		return rel, nil
	}
	// one lstat on the real path; the open that follows goes through the
	// root, so nothing outside it can be reached even if the file changes
	fi, err := os.Lstat(filepath.Join(t.real, filepath.FromSlash(rel)))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		return "", newError(rel, "cannot read", cause(err), ErrUnreadable)
	}
	switch {
	case fi.Mode().IsRegular():
		return rel, nil
	case fi.Mode()&fs.ModeSymlink != 0:
		target, err := t.follow(rel)
		if errors.Is(err, errFolderLink) {
			return "", notRegular(rel, fs.ModeDir)
		}
		return target, err
	default:
		return "", notRegular(rel, fi.Mode().Type())
	}
}

// follow resolves the symlink rel. It returns the path under the root of the
// regular file it leads to, errFolderLink for a folder, or an error matching
// ErrSymlink, ErrNotRegular or ErrUnreadable.
func (t *tree) follow(rel string) (string, error) {
	full := filepath.Join(t.real, filepath.FromSlash(rel))
	dest, _ := os.Readlink(full)
	fi, err := os.Stat(full)
	switch {
	case errors.Is(err, syscall.ELOOP):
		return "", newError(rel, "symlink loop", nil, ErrSymlink)
	case errors.Is(err, fs.ErrNotExist):
		return "", newError(rel, fmt.Sprintf("dangling symlink (%q does not exist)", dest), nil, ErrSymlink)
	case err != nil:
		return "", newError(rel, "cannot read", cause(err), ErrUnreadable)
	case fi.IsDir():
		return "", errFolderLink
	}
	real, err := filepath.EvalSymlinks(full)
	if err != nil {
		return "", newError(rel, "cannot resolve symlink", cause(err), ErrSymlink)
	}
	in, err := filepath.Rel(t.real, real)
	if err != nil || in == ".." || strings.HasPrefix(in, ".."+string(filepath.Separator)) || filepath.IsAbs(in) {
		return "", newError(rel, fmt.Sprintf("symlink to %q points outside the raw root", dest), nil, ErrSymlink)
	}
	if !fi.Mode().IsRegular() {
		return "", notRegular(rel, fi.Mode().Type())
	}
	return filepath.ToSlash(in), nil
}

// open opens target, the resolved path of rel, and checks that it is a
// regular file. Errors name rel.
func (t *tree) open(rel, target string) (io.ReadCloser, int64, error) {
	if f, size, ok := t.fast.openFast(target); ok {
		return f, size, nil
	}
	f, err := t.r.Open(target)
	if err != nil {
		if errors.Is(err, syscall.ELOOP) {
			return nil, 0, newError(rel, "symlink loop", nil, ErrSymlink)
		}
		return nil, 0, newError(rel, "cannot read", cause(err), ErrUnreadable)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, newError(rel, "cannot read", cause(err), ErrUnreadable)
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, 0, notRegular(rel, fi.Mode().Type())
	}
	return f, fi.Size(), nil
}

// fileError is a problem with one file under the root.
type fileError struct {
	path  string  // under the root, '/'-separated
	msg   string  // the problem
	cause error   // underlying error, appended to the message; may be nil
	kinds []error // sentinels it matches
}

func newError(path, msg string, cause error, kinds ...error) *fileError {
	return &fileError{path: path, msg: msg, cause: cause, kinds: kinds}
}

func (e *fileError) Error() string {
	if e.cause == nil {
		return e.path + ": " + e.msg
	}
	return e.path + ": " + e.msg + ": " + e.cause.Error()
}

func (e *fileError) Unwrap() []error {
	if e.cause == nil {
		return e.kinds
	}
	return append(slices.Clip(e.kinds), e.cause)
}

// asSidecar turns a problem with a sidecar file into an ErrSidecar.
func asSidecar(err error) error {
	var fe *fileError
	if !errors.As(err, &fe) {
		return err
	}
	if slices.Contains(fe.kinds, ErrSidecar) {
		return fe
	}
	return &fileError{path: fe.path, msg: "invalid sidecar: " + fe.msg, cause: fe.cause,
		kinds: append(slices.Clip(fe.kinds), ErrSidecar)}
}

func sidecarTooLarge(side string, size int64) error {
	return newError(side, fmt.Sprintf("invalid sidecar: %d bytes exceeds the limit of %d", size, MaxSidecarBytes), nil, ErrSidecar)
}

func tooLarge(rel string, size, limit int64) error {
	return newError(rel, fmt.Sprintf("%d bytes exceeds the limit of %d (--max-doc-bytes)", size, limit), nil, ErrTooLarge)
}

func notRegular(rel string, typ fs.FileMode) error {
	kind := "not a regular file"
	switch {
	case typ&fs.ModeDir != 0:
		kind = "a folder, not a file"
	case typ&fs.ModeNamedPipe != 0:
		kind = "a named pipe, not a regular file"
	case typ&fs.ModeSocket != 0:
		kind = "a socket, not a regular file"
	case typ&fs.ModeDevice != 0:
		kind = "a device, not a regular file"
	}
	return newError(rel, kind, nil, ErrNotRegular)
}

// cause strips the operation and path that os errors carry: our messages
// name the file under the root themselves.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// copyBuffers are the buffers documents are hashed and read through, shared
// by the workers so that reading a document allocates no buffer of its own.
var copyBuffers = sync.Pool{New: func() any { b := make([]byte, 64<<10); return &b }}
