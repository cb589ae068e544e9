package etl

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
)

// fill sets every field of the struct v points to a value of its own, so
// that a field the cache codec leaves out makes a round trip differ.
func fill(t *testing.T, v reflect.Value, seed int) {
	t.Helper()
	typ := v.Type()
	for i := range v.NumField() {
		f, name := v.Field(i), typ.Field(i).Name
		n := seed*100 + i
		if f.Type() == reflect.TypeFor[error]() {
			continue // documents with an error are never cached
		}
		switch f.Interface().(type) {
		case string:
			f.SetString(fmt.Sprintf("%s-%d é", name, n))
		case int, int64:
			f.SetInt(int64(n))
		case *float64:
			x := float64(n) + 0.25
			f.Set(reflect.ValueOf(&x))
		case time.Time:
			f.Set(reflect.ValueOf(time.Date(2024, 7, 1+n%28, 9, 30, 0, n, time.FixedZone("", 3600))))
		case model.Date:
			f.Set(reflect.ValueOf(model.Day(2023, time.Month(1+n%12), 1+n%28)))
		case []string:
			f.Set(reflect.ValueOf([]string{name, fmt.Sprint(n)}))
		default:
			t.Fatalf("%s.%s: the test does not know type %s; add it here and to the cache codec", typ.Name(), name, f.Type())
		}
	}
}

// Every field of a document (but its text and error) and of its mentions
// survives the cache; a mention's sentence shared with the previous one too.
func TestCacheRecordRoundTrip(t *testing.T) {
	var doc model.Document
	fill(t, reflect.ValueOf(&doc).Elem(), 1)
	doc.Text, doc.Err = "", nil
	mentions := make([]model.Mention, 3)
	for i := range mentions {
		fill(t, reflect.ValueOf(&mentions[i]).Elem(), i+2)
	}
	mentions[1].Sentence = mentions[0].Sentence
	mentions[2].Value, mentions[2].PeriodEnd, mentions[2].Sentence = nil, model.Date{}, ""

	key := "00112233445566778899aabbccddeeff"
	rec, err := newRecord(key, &doc, mentions)
	if err != nil {
		t.Fatal(err)
	}
	gotDoc, gotMentions, err := recordEntry(rec)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*gotDoc, doc) {
		t.Errorf("document:\n got %+v\nwant %+v", *gotDoc, doc)
	}
	if !reflect.DeepEqual(gotMentions, mentions) {
		t.Errorf("mentions:\n got %+v\nwant %+v", gotMentions, mentions)
	}
	// the time zone offsets are kept, as the JSON cache kept them
	if _, off := gotDoc.Published.Zone(); off != 3600 {
		t.Errorf("published: offset %d, want 3600", off)
	}

	// a body cut short anywhere is an error, never a panic
	body := rec[packHeader:]
	for n := range len(body) {
		if _, _, err := decodeEntry(body[:n]); err == nil {
			t.Fatalf("a body cut to %d of %d bytes decodes", n, len(body))
		}
	}
	// no mentions, no warnings
	var bare model.Document
	rec, err = newRecord(key, &bare, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d, m, err := recordEntry(rec); err != nil || !reflect.DeepEqual(*d, bare) || m != nil {
		t.Errorf("bare document: %+v %v %v", d, m, err)
	}
}

// A pack's records read back whole, as a partitioned run reads them from
// its spill: records of all sizes past several of the writer's buffers,
// read both while it is still being written and after, in any order.
func TestPackWriterReadAt(t *testing.T) {
	pw, err := createPack(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer pw.close()
	type at struct{ off, size int64 }
	var recs [][]byte
	var where []at
	check := func(i int) {
		t.Helper()
		got, err := pw.readAt(where[i].off, where[i].size)
		if err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		if string(got) != string(recs[i]) {
			t.Fatalf("record %d: read back differs", i)
		}
	}
	for i := range 700 {
		rec := make([]byte, 1+(i*7919)%20000)
		for k := range rec {
			rec[k] = byte(i + k)
		}
		off, err := pw.add(rec)
		if err != nil {
			t.Fatal(err)
		}
		recs, where = append(recs, rec), append(where, at{off, int64(len(rec))})
		if i == 400 {
			check(3)   // flushed to the file long ago
			check(400) // still buffered
		}
	}
	for i := len(recs) - 1; i >= 0; i -= 3 {
		check(i)
	}
	if pw.off < 4<<20 {
		t.Fatalf("the pack holds %d bytes; the test wants several buffers", pw.off)
	}
}
