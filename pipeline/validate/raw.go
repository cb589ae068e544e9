package validate

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/numtrail/numtrail/pipeline/htmltext"
	"github.com/numtrail/numtrail/pipeline/source"
)

// rawDocs reads raw documents for the quote check, keeping the few read last:
// observations come sorted by document, so each is read about once.
type rawDocs struct {
	root   string
	cache  []*rawDoc // most recently used last
	quotes int64     // quotes compared
}

// cachedDocs is the number of raw documents kept in memory.
const cachedDocs = 4

// maxRawBytes is the largest raw document read: the pipeline's own default
// limit is 16 MiB.
const maxRawBytes = 256 << 20

func newRawDocs(root string) *rawDocs { return &rawDocs{root: root} }

// rawDoc is the text of one raw document, as the extractor saw it (for an
// HTML page, its main text).
type rawDoc struct {
	rel   string // path under the raw folder, '/'-separated
	name  string // the path shown in problems: raw folder joined with rel
	text  string // without a leading byte-order mark; an HTML page's main text
	sha   string // hex SHA-256 of the file's bytes
	runes int    // code points in text
	// marks[k] is the byte offset of code point k*markEvery; nil when text
	// is ASCII (byte offsets are code point offsets).
	marks []int
	err   error
}

const markEvery = 256

// get returns the document at rel (a sources path), reading it if needed.
func (d *rawDocs) get(rel string) *rawDoc {
	for i, doc := range d.cache {
		if doc.rel == rel {
			d.cache = append(append(d.cache[:i:i], d.cache[i+1:]...), doc)
			return doc
		}
	}
	doc := readRaw(d.root, rel)
	if len(d.cache) == cachedDocs {
		d.cache = append(d.cache[:0:0], d.cache[1:]...)
	}
	d.cache = append(d.cache, doc)
	return doc
}

func readRaw(root, rel string) *rawDoc {
	doc := &rawDoc{rel: rel, name: filepath.Join(root, filepath.FromSlash(rel))}
	if !filepath.IsLocal(filepath.FromSlash(rel)) {
		doc.err = errors.New("path is not inside the raw folder")
		return doc
	}
	f, err := os.Open(doc.name)
	if err != nil {
		doc.err = pathCause(err)
		return doc
	}
	defer f.Close()
	h := sha256.New()
	var b strings.Builder
	n, err := io.Copy(io.MultiWriter(h, &b), io.LimitReader(f, maxRawBytes+1))
	switch {
	case err != nil:
		doc.err = pathCause(err)
		return doc
	case n > maxRawBytes:
		doc.err = fmt.Errorf("larger than %d bytes", maxRawBytes)
		return doc
	}
	doc.sha = hex.EncodeToString(h.Sum(nil))
	doc.text = strings.TrimPrefix(b.String(), "\uFEFF")
	if path.Ext(rel) == ".html" {
		// quotes refer to the page's main text, as the source stage takes
		// it: decoded by the charset of the Content-Type it was fetched
		// with, when its sidecar gives one
		text, err := htmltext.TextAs([]byte(b.String()), sidecarContentType(doc.name))
		if err != nil {
			doc.err = err
			return doc
		}
		doc.text = text
	}
	if !utf8.ValidString(doc.text) {
		doc.err = errors.New("not valid UTF-8")
		return doc
	}
	ascii := true
	for i := 0; i < len(doc.text); i++ {
		if doc.text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		doc.runes = len(doc.text)
		return doc
	}
	for i := range doc.text {
		if doc.runes%markEvery == 0 {
			doc.marks = append(doc.marks, i)
		}
		doc.runes++
	}
	return doc
}

// slice returns text[start:end) in code points; false when end is past the
// end of the text.
func (d *rawDoc) slice(start, end int64) (string, bool) {
	if start < 0 || end < start || end > int64(d.runes) {
		return "", false
	}
	if d.marks == nil {
		return d.text[start:end], true
	}
	a := d.byteOffset(int(start))
	b := a
	for k := start; k < end; k++ {
		_, size := utf8.DecodeRuneInString(d.text[b:])
		b += size
	}
	return d.text[a:b], true
}

// byteOffset returns the byte offset of code point k (k ≤ runes).
func (d *rawDoc) byteOffset(k int) int {
	if k == d.runes {
		return len(d.text)
	}
	off := d.marks[k/markEvery]
	for range k % markEvery {
		_, size := utf8.DecodeRuneInString(d.text[off:])
		off += size
	}
	return off
}

// sidecarContentType returns the content_type of the sidecar of the
// document at name (NAME.meta.json), read as the source stage reads it; ""
// when it has none or none can be read (the source stage has rejected the
// document then, or read it without one).
func sidecarContentType(name string) string {
	b, err := os.ReadFile(strings.TrimSuffix(name, filepath.Ext(name)) + source.SidecarSuffix)
	if err != nil {
		return ""
	}
	side, err := source.ParseSidecar(b)
	if err != nil {
		return ""
	}
	return side.ContentType
}
