package etl

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/numtrail/numtrail/pipeline/corpus"
	"github.com/numtrail/numtrail/pipeline/extract"
	"github.com/numtrail/numtrail/pipeline/model"
)

// TestAppendTime checks that appendTime writes what appendString of
// MarshalText writes, and fails where MarshalText fails, with its error.
func TestAppendTime(t *testing.T) {
	zone := time.FixedZone("", 5*3600+30*60)
	for _, tm := range []time.Time{
		{},
		time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 7, 17, 9, 30, 0, 500_000_000, time.UTC),
		time.Date(2024, 7, 17, 9, 30, 1, 123_456_789, zone),
		time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC),
		time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 999_999_999, zone),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 7, 17, 0, 0, 0, 0, time.FixedZone("", -23*3600-59*60)),
		time.Date(2024, 7, 17, 0, 0, 0, 0, time.FixedZone("", 24*3600)), // an offset RFC 3339 cannot write
	} {
		prefix := []byte("prefix")
		got, gerr := appendTime(bytes.Clone(prefix), tm)
		var want []byte
		var werr error
		if tm.IsZero() {
			want = append(bytes.Clone(prefix), 0)
		} else if text, err := tm.MarshalText(); err != nil {
			werr = err
		} else {
			want = appendString(bytes.Clone(prefix), string(text))
		}
		if (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
			t.Errorf("appendTime(%v): error %v, want %v", tm, gerr, werr)
			continue
		}
		if gerr == nil && !bytes.Equal(got, want) {
			t.Errorf("appendTime(%v) = %q, want %q", tm, got, want)
		}
	}
}

// TestEntrySize checks that entrySize is enough for what appendEntry
// appends, on generated articles and their extractions.
func TestEntrySize(t *testing.T) {
	g := corpus.New(7)
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	zone := time.FixedZone("", -(9*3600 + 30*60))
	for i := range 200 {
		d := g.Doc(i)
		doc := &model.Document{SourceID: "articles/x", Path: "articles/x.txt", SourceType: "news", MediaType: "text/plain",
			URL: "https://example.com/" + d.Meta.Title, Title: d.Meta.Title, Publisher: "P", Author: "A", License: "L",
			Published: time.Date(2024, 7, 17, 9, 30, 1, 123456789, zone), Retrieved: time.Date(2024, 7, 18, 0, 0, 0, 1, zone),
			SHA256: strings.Repeat("ab", 32), Bytes: int64(len(d.Text)), Warnings: []string{"a warning", ""}}
		ms := x.Extract(d.Text, doc.Published)
		for j := range ms {
			if j%2 == 0 { // times with nanoseconds and an offset, the longest they are written
				ms[j].PeriodStart = model.Date{Time: doc.Published}
				ms[j].PeriodEnd = model.Date{Time: doc.Retrieved}
			}
		}
		b, err := appendEntry(nil, doc, ms)
		if err != nil {
			t.Fatal(err)
		}
		if size := entrySize(doc, ms); len(b) > size {
			t.Fatalf("article %d (%d mentions): appendEntry wrote %d bytes, entrySize says %d", i, len(ms), len(b), size)
		}
	}
}
