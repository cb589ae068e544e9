package load

import (
	"fmt"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

// TestValidateYears checks that validateColumn accepts the dates and
// timestamps of the years 1 to 9999, whatever the nulls hold, and names the
// first valid value outside them, at each side of the range, as checking
// value by value does.
func TestValidateYears(t *testing.T) {
	mem := memory.NewGoAllocator()
	utc := func(y int, m time.Month, d int, ns int) time.Time { return time.Date(y, m, d, 0, 0, 0, ns, time.UTC) }
	first, last := utc(1, 1, 1, 0), utc(9999, 12, 31, 0).Add(24*time.Hour-time.Microsecond)
	tests := []struct {
		times []time.Time // the zero Time is a null
		want  string      // "" for no error
	}{
		{[]time.Time{first, last, utc(2024, 7, 17, 0)}, ""},
		{[]time.Time{{}, first, {}}, ""},
		{[]time.Time{first, first.Add(-time.Microsecond)}, "row 1: year 0 out of range"},
		{[]time.Time{last.Add(time.Microsecond), first}, "row 0: year 10000 out of range"},
		{[]time.Time{utc(-5, 1, 1, 0)}, "row 0: year -5 out of range"},
		{[]time.Time{utc(2024, 1, 1, 0), utc(12000, 1, 1, 0), utc(0, 1, 1, 0)}, "row 1: year 12000 out of range"},
	}
	for _, tt := range tests {
		// a null's slot holds a value out of range, which must not count
		ds := array.NewDate32Builder(mem)
		tb := array.NewTimestampBuilder(mem, &arrow.TimestampType{Unit: arrow.Microsecond, TimeZone: "UTC"})
		for _, tm := range tt.times {
			if tm.IsZero() {
				ds.Append(arrow.Date32FromTime(utc(20000, 1, 1, 0)))
				tb.Append(arrow.Timestamp(utc(20000, 1, 1, 0).UnixMicro()))
				continue
			}
			ds.Append(arrow.Date32FromTime(tm))
			tb.Append(arrow.Timestamp(tm.UnixMicro()))
		}
		dates, stamps := ds.NewArray(), tb.NewArray()
		// make the nulls by hand, over the values in their slots
		valid := make([]bool, len(tt.times))
		for i, tm := range tt.times {
			valid[i] = !tm.IsZero()
		}
		dates, stamps = withNulls(t, mem, dates, valid), withNulls(t, mem, stamps, valid)
		for _, c := range []struct {
			f   arrow.Field
			col arrow.Array
		}{
			{arrow.Field{Name: "d", Type: arrow.FixedWidthTypes.Date32, Nullable: true}, dates},
			{arrow.Field{Name: "ts", Type: stamps.DataType(), Nullable: true}, stamps},
		} {
			err := validateColumn(c.f, c.col)
			if want := referenceYears(c.col); fmt.Sprint(err) != fmt.Sprint(want) {
				t.Errorf("%s %v: err %v, want %v", c.f.Name, tt.times, err, want)
			}
			if c.f.Name == "ts" && fmt.Sprint(err) != tt.want && !(tt.want == "" && err == nil) {
				t.Errorf("%s %v: err %v, want %q", c.f.Name, tt.times, err, tt.want)
			}
		}
		dates.Release()
		stamps.Release()
		ds.Release()
		tb.Release()
	}
}

// referenceYears is the check of validateColumn, value by value.
func referenceYears(col arrow.Array) error {
	for i := 0; i < col.Len(); i++ {
		if col.IsNull(i) {
			continue
		}
		var y int
		switch a := col.(type) {
		case *array.Date32:
			y = a.Value(i).ToTime().Year()
		case *array.Timestamp:
			y = a.Value(i).ToTime(arrow.Microsecond).Year()
		}
		if y < minYear || y > maxYear {
			return fmt.Errorf("row %d: year %d out of range", i, y)
		}
	}
	return nil
}

// withNulls returns a copy of a whose rows are null where valid is false,
// keeping the values in the null slots.
func withNulls(t *testing.T, mem memory.Allocator, a arrow.Array, valid []bool) arrow.Array {
	t.Helper()
	bitmap := make([]byte, (len(valid)+7)/8)
	nulls := 0
	for i, v := range valid {
		if v {
			bitmap[i/8] |= 1 << (i % 8)
		} else {
			nulls++
		}
	}
	d := a.Data()
	buffers := append([]*memory.Buffer{memory.NewBufferBytes(bitmap)}, d.Buffers()[1:]...)
	out := array.MakeFromData(array.NewData(d.DataType(), d.Len(), buffers, nil, nulls, 0))
	a.Release()
	return out
}
