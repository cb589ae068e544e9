package load

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// floatReference is appendFloat without its fast path for whole numbers.
func floatReference(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	if abs := math.Abs(f); abs == 0 || (abs >= 1e-6 && abs < 1e21) {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return strconv.FormatFloat(f, 'e', -1, 64)
}

// TestAppendFloatWhole checks the fast path of appendFloat for whole
// numbers against strconv: around every power of two and ten up to 2^54,
// and random whole numbers of every magnitude, positive and negative.
func TestAppendFloatWhole(t *testing.T) {
	check := func(f float64) {
		t.Helper()
		if got, want := string(appendFloat(nil, f)), floatReference(f); got != want {
			t.Fatalf("appendFloat(%b) = %q, want %q", f, got, want)
		}
	}
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1, 1e-6, 1e21, 1e21 - 65536, math.MaxInt64, math.MinInt64,
		1 << 53, 1<<53 + 2, 1<<53 - 1, -(1 << 53), 1 << 54, 4e9, 1100, 610000, 0.5, 2.5, -2.5, 1e15 + 0.5} {
		check(f)
		check(math.Nextafter(f, math.Inf(1)))
		check(math.Nextafter(f, math.Inf(-1)))
	}
	for e := range 55 {
		p := float64(uint64(1) << e)
		for d := -3.0; d <= 3; d++ {
			check(p + d)
			check(-(p + d))
		}
	}
	for p := 1.0; p < 1e22; p *= 10 {
		for d := -3.0; d <= 3; d++ {
			check(p + d)
			check(-(p + d))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 1_000_000 {
		bits := r.IntN(55)
		n := float64(r.Int64N(1<<bits + 1))
		if r.IntN(2) == 0 {
			n = -n
		}
		check(n)
		check(n / 4) // quarters: whole and not
	}
}

func FuzzAppendFloat(f *testing.F) {
	for _, v := range []float64{0, 1, -1, 4e9, 1 << 53, 1<<53 + 1, 0.1, 1e21, 1e-7} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v float64) {
		if got, want := string(appendFloat(nil, v)), floatReference(v); got != want {
			t.Fatalf("appendFloat(%b) = %q, want %q", v, got, want)
		}
	})
}
