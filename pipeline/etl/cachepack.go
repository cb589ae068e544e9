package etl

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"math"
	"os"
	"sync"
	"time"

	"github.com/numtrail/numtrail/pipeline/load"
	"github.com/numtrail/numtrail/pipeline/model"
)

// The extraction cache is kept in pack files, out/cache/*.pack: one file
// written sequentially by each run, rather than one small file per
// document. (Creating, renaming and deleting a file per document cost more
// than extracting it: on ext4 the inode allocation alone took half of a
// run's time.)
//
// A pack is a sequence of records:
//
//	magic  "ntc\x02"          4 bytes
//	key    the cache key       16 bytes (the hex key, decoded)
//	size   of the body         uint32, little-endian
//	crc    of the body         uint32, little-endian, CRC-32C
//	body   the entry           size bytes (see appendEntry)
//
// A run opens every pack in the cache folder and reads only the record
// headers, seeking past the bodies, into an index from key to record; it
// writes each entry it uses (extracted now or taken from the cache) into a
// new pack, and once the dataset is published renames that pack into place
// as <run_id>.pack and removes the others. A pack is read up to the first
// header that is not whole or does not start with the magic, so a pack left
// by a killed run (.tmp-*.pack) still gives the entries it completed; a body
// whose checksum fails is reported as unusable.
const (
	packMagic  = "ntc\x02"
	packHeader = 4 + 16 + 4 + 4
	packSuffix = ".pack"
	packTemp   = ".tmp-"
	// maxEntryBytes bounds the body of a record read back: a document of
	// 16 MiB has far fewer figures than this.
	maxEntryBytes = 1 << 30
)

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// packKey is a cache key as stored in a pack.
type packKey [16]byte

func parseKey(key string) (packKey, bool) {
	var k packKey
	if len(key) != 2*len(k) {
		return k, false
	}
	_, err := hex.Decode(k[:], []byte(key))
	return k, err == nil
}

// recordLoc is where a record's body is.
type recordLoc struct {
	pack int32
	size uint32
	off  int64
	crc  uint32
}

// packReader holds the packs of the cache folder open for reading, and the
// index of their records. It is safe for concurrent use once built.
type packReader struct {
	files []*os.File
	index map[packKey]recordLoc
}

// openPacks indexes the packs in dir. A pack that cannot be opened is left
// out (its entries are then extracted again); the error says why.
func openPacks(dir string, names []string) (*packReader, error) {
	pr := &packReader{index: map[packKey]recordLoc{}}
	var errs []error
	for _, name := range names {
		f, err := os.Open(dir + string(os.PathSeparator) + name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		n := int32(len(pr.files))
		pr.files = append(pr.files, f)
		if err := pr.scan(f, n); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", f.Name(), err))
		}
	}
	return pr, errors.Join(errs...)
}

// scan adds the records of one pack to the index, reading the headers only.
func (pr *packReader) scan(f *os.File, n int32) error {
	st, err := f.Stat()
	if err != nil {
		return err
	}
	size := st.Size()
	var h [packHeader]byte
	for off := int64(0); off+packHeader <= size; {
		if _, err := f.ReadAt(h[:], off); err != nil {
			return err
		}
		if string(h[:4]) != packMagic {
			return nil // not a record: the rest of the pack is not used
		}
		var k packKey
		copy(k[:], h[4:20])
		body := binary.LittleEndian.Uint32(h[20:24])
		end := off + packHeader + int64(body)
		if body > maxEntryBytes || end > size {
			return nil // cut short by a killed run
		}
		if _, dup := pr.index[k]; !dup {
			pr.index[k] = recordLoc{pack: n, off: off + packHeader, size: body, crc: binary.LittleEndian.Uint32(h[24:28])}
		}
		off = end
	}
	return nil
}

// get returns the whole record (header and body) under key, its checksum
// verified; fs.ErrNotExist when no pack holds it.
func (pr *packReader) get(key string) ([]byte, error) {
	k, ok := parseKey(key)
	if !ok {
		return nil, fs.ErrNotExist
	}
	loc, ok := pr.index[k]
	if !ok {
		return nil, fs.ErrNotExist
	}
	rec := make([]byte, packHeader+int(loc.size))
	if _, err := pr.files[loc.pack].ReadAt(rec[packHeader:], loc.off); err != nil {
		return nil, fmt.Errorf("%s: %w", pr.files[loc.pack].Name(), err)
	}
	if crc32.Checksum(rec[packHeader:], crcTable) != loc.crc {
		return nil, fmt.Errorf("%s: the record at byte %d fails its checksum", pr.files[loc.pack].Name(), loc.off-packHeader)
	}
	putHeader(rec, k, rec[packHeader:])
	return rec, nil
}

func (pr *packReader) close() {
	for _, f := range pr.files {
		f.Close()
	}
}

func putHeader(rec []byte, k packKey, body []byte) {
	copy(rec[:4], packMagic)
	copy(rec[4:20], k[:])
	binary.LittleEndian.PutUint32(rec[20:24], uint32(len(body)))
	binary.LittleEndian.PutUint32(rec[24:28], crc32.Checksum(body, crcTable))
}

// newRecord encodes the cache entry of doc and its mentions as a record
// under key.
func newRecord(key string, doc *model.Document, mentions []model.Mention) ([]byte, error) {
	k, ok := parseKey(key)
	if !ok {
		return nil, fmt.Errorf("bad cache key %q", key)
	}
	size := packHeader + entrySize(doc, mentions)
	var rec []byte
	if p, _ := recordPool.Get().(*[]byte); p != nil && cap(*p) >= size {
		rec = (*p)[:packHeader]
	} else {
		rec = make([]byte, packHeader, size)
	}
	rec, err := appendEntry(rec, doc, mentions)
	if err != nil {
		return nil, err
	}
	putHeader(rec, k, rec[packHeader:])
	return rec, nil
}

// recordPool holds the buffers of records made by newRecord that are
// written to their pack (see freeRecord): a record is larger than what it
// holds (entrySize is a bound), and a run makes one for every document.
var recordPool sync.Pool // of *[]byte

// freeRecord gives back a record made by newRecord that nothing refers to
// any more, for a later newRecord.
func freeRecord(rec []byte) {
	if cap(rec) > 0 {
		recordPool.Put(&rec)
	}
}

// recordEntry decodes the body of a record made by newRecord.
func recordEntry(rec []byte) (*model.Document, []model.Mention, error) {
	return decodeEntry(rec[packHeader:])
}

// packWriter appends records to a new pack. It writes with direct I/O
// where it can (load.DirectFile): a pack is read back, if at all, by the
// next run or at the end of a partitioned one, so copying it into the page
// cache as it is written is wasted work.
type packWriter struct {
	f   *os.File
	w   *load.DirectFile
	off int64 // bytes added
	err error
}

func createPack(dir string) (*packWriter, error) {
	f, err := os.CreateTemp(dir, packTemp+"*"+packSuffix)
	if err != nil {
		return nil, err
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	return &packWriter{f: f, w: load.NewDirectFile(f, nil)}, nil
}

// add appends a record and returns its offset in the pack.
func (pw *packWriter) add(rec []byte) (int64, error) {
	off := pw.off
	if pw.err == nil {
		_, pw.err = pw.w.Write(rec)
		pw.off += int64(len(rec))
	}
	return off, pw.err
}

// readAt returns the record of size bytes added at off.
func (pw *packWriter) readAt(off, size int64) ([]byte, error) {
	if pw.err != nil {
		return nil, pw.err
	}
	if pw.w.Direct() || off+size > pw.w.Written() {
		if err := pw.w.Flush(); err != nil {
			pw.err = err
			return nil, err
		}
	}
	rec := make([]byte, size)
	if _, err := pw.f.ReadAt(rec, off); err != nil {
		return nil, err
	}
	return rec, nil
}

// finish flushes and closes the pack and renames it to path.
func (pw *packWriter) finish(path string) error {
	err := pw.err
	if err == nil {
		err = pw.w.Flush()
	}
	if cerr := pw.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(pw.f.Name(), path)
	}
	if err != nil {
		os.Remove(pw.f.Name())
	}
	return err
}

// close closes the pack unfinished; it stays in the cache folder, and the
// next run takes from it the entries it holds whole.
func (pw *packWriter) close() {
	pw.w.Flush()
	pw.f.Close()
}

// The body of a record: the document's metadata (every field of
// model.Document but Text and Err: only documents that were read without
// error are cached) and its mentions, each field in the order of the
// struct. Strings are a uvarint length and the bytes; integers varints;
// times and dates their RFC 3339 text (as encoding/json writes them, so that
// the time zone offset is kept), empty for the zero time; a *float64 a byte
// (0 nil, 1 set) and the IEEE 754 bits. A mention's sentence is a uvarint 0
// when it is the previous mention's, else its length + 1 and its bytes.
// TestCacheRecordRoundTrip fills every field, so that a field added to the
// model without being added here fails it.

func appendEntry(b []byte, doc *model.Document, mentions []model.Mention) ([]byte, error) {
	var err error
	b = appendString(b, doc.SourceID)
	b = appendString(b, doc.Path)
	b = appendString(b, doc.SourceType)
	b = appendString(b, doc.MediaType)
	b = appendString(b, doc.URL)
	b = appendString(b, doc.Title)
	b = appendString(b, doc.Publisher)
	b = appendString(b, doc.Author)
	b = appendString(b, doc.License)
	if b, err = appendTime(b, doc.Published); err != nil {
		return nil, err
	}
	if b, err = appendTime(b, doc.Retrieved); err != nil {
		return nil, err
	}
	b = appendString(b, doc.SHA256)
	b = binary.AppendVarint(b, doc.Bytes)
	b = binary.AppendUvarint(b, uint64(len(doc.Warnings)))
	for _, w := range doc.Warnings {
		b = appendString(b, w)
	}
	b = binary.AppendUvarint(b, uint64(len(mentions)))
	prev := ""
	for i := range mentions {
		m := &mentions[i]
		b = binary.AppendVarint(b, int64(m.Start))
		b = binary.AppendVarint(b, int64(m.End))
		b = appendString(b, m.Quote)
		if i > 0 && m.Sentence == prev {
			b = append(b, 0)
		} else {
			b = binary.AppendUvarint(b, uint64(len(m.Sentence))+1)
			b = append(b, m.Sentence...)
		}
		prev = m.Sentence
		b = appendFloat(b, m.Value)
		b = appendFloat(b, m.Low)
		b = appendFloat(b, m.High)
		b = appendString(b, m.Qualifier)
		b = appendString(b, m.ValueText)
		b = appendString(b, m.Unit)
		b = appendString(b, m.PerPeriod)
		b = appendString(b, m.Measure)
		b = appendString(b, m.Statistic)
		b = appendString(b, m.Geography)
		b = appendString(b, m.GeographyCode)
		b = appendString(b, m.PeriodLabel)
		if b, err = appendTime(b, m.PeriodStart.Time); err != nil {
			return nil, err
		}
		if b, err = appendTime(b, m.PeriodEnd.Time); err != nil {
			return nil, err
		}
		b = appendString(b, m.AttributedTo)
		b = appendString(b, m.Extractor)
		b = appendString(b, m.TableRow)
	}
	return b, nil
}

// entrySize is at least the size of what appendEntry appends for doc and
// mentions, so that a record is allocated once rather than grown: the
// strings' bytes, a varint of at most binary.MaxVarintLen64 bytes for each
// length or number, 9 bytes for each float and 36 for each time (RFC 3339
// with nanoseconds and an offset, and its length).
func entrySize(doc *model.Document, mentions []model.Mention) int {
	const v, t = binary.MaxVarintLen64, 36
	n := 9*v + len(doc.SourceID) + len(doc.Path) + len(doc.SourceType) + len(doc.MediaType) + len(doc.URL) +
		len(doc.Title) + len(doc.Publisher) + len(doc.Author) + len(doc.License) + 2*t + v + len(doc.SHA256) + 2*v
	for _, w := range doc.Warnings {
		n += v + len(w)
	}
	n += v
	for i := range mentions {
		m := &mentions[i]
		n += 3*v + len(m.Quote) + v + len(m.Sentence) + 3*9 + 2*t +
			12*v + len(m.Qualifier) + len(m.ValueText) + len(m.Unit) + len(m.PerPeriod) + len(m.Measure) + len(m.Statistic) +
			len(m.Geography) + len(m.GeographyCode) + len(m.PeriodLabel) + len(m.AttributedTo) + len(m.Extractor) + len(m.TableRow)
	}
	return n
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendTime(b []byte, t time.Time) ([]byte, error) {
	if t.IsZero() {
		return append(b, 0), nil
	}
	// as appendString(b, MarshalText()) without the allocation: the text
	// (RFC 3339, at most 35 bytes) is appended after a one-byte length
	// that is filled in afterwards
	at := len(b)
	b, err := t.AppendText(append(b, 0))
	if err != nil || len(b)-at-1 >= 0x80 {
		text, err := t.MarshalText() // for its error
		if err != nil {
			return nil, err
		}
		return appendString(b[:at], string(text)), nil
	}
	b[at] = byte(len(b) - at - 1)
	return b, nil
}

func appendFloat(b []byte, v *float64) []byte {
	if v == nil {
		return append(b, 0)
	}
	b = append(b, 1)
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(*v))
}

var errEntry = errors.New("malformed cache entry")

// entryDecoder reads a body; the first problem sticks.
type entryDecoder struct {
	b   []byte
	err error
}

func (d *entryDecoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errEntry
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *entryDecoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errEntry
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *entryDecoder) bytes(n uint64) string {
	if d.err != nil {
		return ""
	}
	if n > uint64(len(d.b)) {
		d.err = errEntry
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *entryDecoder) str() string { return d.bytes(d.uvarint()) }

func (d *entryDecoder) time() time.Time {
	s := d.str()
	if s == "" || d.err != nil {
		return time.Time{}
	}
	var t time.Time
	if err := t.UnmarshalText([]byte(s)); err != nil {
		d.err = err
	}
	return t
}

func (d *entryDecoder) float() *float64 {
	if d.err != nil {
		return nil
	}
	if len(d.b) < 1 {
		d.err = errEntry
		return nil
	}
	set := d.b[0]
	d.b = d.b[1:]
	switch {
	case set == 0:
		return nil
	case set != 1 || len(d.b) < 8:
		d.err = errEntry
		return nil
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return &v
}

func decodeEntry(body []byte) (*model.Document, []model.Mention, error) {
	d := &entryDecoder{b: body}
	doc := &model.Document{
		SourceID: d.str(), Path: d.str(), SourceType: d.str(), MediaType: d.str(), URL: d.str(),
		Title: d.str(), Publisher: d.str(), Author: d.str(), License: d.str(),
	}
	doc.Published = d.time()
	doc.Retrieved = d.time()
	doc.SHA256 = d.str()
	doc.Bytes = d.varint()
	if n := d.uvarint(); n > 0 && n <= uint64(len(d.b)) {
		doc.Warnings = make([]string, n)
		for i := range doc.Warnings {
			doc.Warnings[i] = d.str()
		}
	} else if n > 0 {
		d.err = errEntry
	}
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.err = errEntry
	}
	if d.err != nil {
		return nil, nil, d.err
	}
	var mentions []model.Mention
	if n > 0 {
		mentions = make([]model.Mention, n)
	}
	prev := ""
	for i := range mentions {
		m := &mentions[i]
		m.Start, m.End = int(d.varint()), int(d.varint())
		m.Quote = d.str()
		if l := d.uvarint(); l == 0 && i > 0 {
			m.Sentence = prev
		} else if l == 0 {
			d.err = errEntry
		} else {
			m.Sentence = d.bytes(l - 1)
		}
		prev = m.Sentence
		m.Value, m.Low, m.High = d.float(), d.float(), d.float()
		m.Qualifier, m.ValueText, m.Unit, m.PerPeriod = d.str(), d.str(), d.str(), d.str()
		m.Measure, m.Statistic, m.Geography, m.GeographyCode = d.str(), d.str(), d.str(), d.str()
		m.PeriodLabel = d.str()
		m.PeriodStart, m.PeriodEnd = model.Date{Time: d.time()}, model.Date{Time: d.time()}
		m.AttributedTo, m.Extractor, m.TableRow = d.str(), d.str(), d.str()
		if d.err != nil {
			return nil, nil, d.err
		}
	}
	if len(d.b) != 0 {
		return nil, nil, fmt.Errorf("%w: %d bytes left over", errEntry, len(d.b))
	}
	return doc, mentions, nil
}
