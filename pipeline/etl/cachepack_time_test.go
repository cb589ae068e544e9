package etl

import (
	"bytes"
	"testing"
	"time"
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
