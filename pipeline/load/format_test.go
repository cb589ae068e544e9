package load

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
)

func TestFormatFloat(t *testing.T) {
	for _, c := range []struct {
		f    float64
		want string
	}{
		{0, "0"},
		{math.Copysign(0, -1), "-0"},
		{1, "1"},
		{-0.25, "-0.25"},
		{0.1, "0.1"},
		{4e9, "4000000000"},
		{1084000, "1084000"},
		{12.5, "12.5"},
		{1e20, "100000000000000000000"},
		{1e21, "1e+21"},
		{1e-6, "0.000001"},
		{1e-7, "1e-07"},
		{math.MaxFloat64, "1.7976931348623157e+308"},
		{math.SmallestNonzeroFloat64, "5e-324"},
		{math.NaN(), "NaN"},
		{math.Inf(1), "Infinity"},
		{math.Inf(-1), "-Infinity"},
	} {
		if got := formatFloat(c.f); got != c.want {
			t.Errorf("formatFloat(%v) = %q, want %q", c.f, got, c.want)
		}
	}

	// Every finite float64 round-trips exactly.
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200000; i++ {
		f := math.Float64frombits(r.Uint64())
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		s := formatFloat(f)
		g, err := strconv.ParseFloat(s, 64)
		if err != nil || math.Float64bits(g) != math.Float64bits(f) {
			t.Fatalf("formatFloat(%b) = %q parses to %b, %v", f, s, g, err)
		}
	}
	for _, s := range []string{"NaN", "Infinity", "-Infinity"} {
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			t.Errorf("ParseFloat(%q): %v", s, err)
		}
	}
}

func TestFormatTime(t *testing.T) {
	d := arrow.Date32FromTime(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC))
	if got := formatDate(d); got != "2024-02-29" {
		t.Errorf("formatDate = %q", got)
	}
	if got := formatDate(arrow.Date32(-1)); got != "1969-12-31" {
		t.Errorf("formatDate(-1) = %q", got)
	}
	for _, c := range []struct {
		tm   time.Time
		want string
	}{
		{time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC), "2024-07-17T00:00:00Z"},
		{time.Date(2024, 7, 17, 9, 30, 0, 500000000, time.UTC), "2024-07-17T09:30:00.5Z"},
		{time.Date(2024, 7, 17, 9, 30, 0, 123456000, time.UTC), "2024-07-17T09:30:00.123456Z"},
		{time.Date(2024, 7, 17, 10, 30, 0, 0, time.FixedZone("BST", 3600)), "2024-07-17T09:30:00Z"},
	} {
		if got := formatTimestamp(arrow.Timestamp(c.tm.UnixMicro()), arrow.Microsecond); got != c.want {
			t.Errorf("formatTimestamp(%v) = %q, want %q", c.tm, got, c.want)
		}
	}
}

func TestCreatedBy(t *testing.T) {
	for in, want := range map[string]string{
		"0.1.0":           "numtrail version 0.1.0",
		"v1.2.3-4-gabcde": "numtrail version v1.2.3-4-gabcde",
		"1.0 (dirty)":     "numtrail version 1.0__dirty_",
		"":                "numtrail version unknown",
	} {
		if got := createdBy(in); got != want {
			t.Errorf("createdBy(%q) = %q, want %q", in, got, want)
		}
	}
}
