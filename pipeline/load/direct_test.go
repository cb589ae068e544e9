package load

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// A DirectFile writes exactly the bytes it is given, whatever the sizes of
// the writes and of the file (whole blocks, whole buffers, a partial last
// block, nothing), and hashes and counts them.
func TestDirectFile(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	for _, size := range []int{0, 1, 4095, directAlign, directAlign + 1, directBuffer, directBuffer + 1, 3*directBuffer + 123} {
		want := make([]byte, size)
		for i := range want {
			want[i] = byte(rng.IntN(256))
		}
		path := filepath.Join(dir, "f")
		d, err := createDirect(path, sha256.New())
		if err != nil {
			t.Fatal(err)
		}
		if size == 1 {
			t.Logf("direct I/O: %v", d.direct)
		}
		for p := want; len(p) > 0; {
			k := min(len(p), 1+rng.IntN(3*directAlign))
			if rng.IntN(8) == 0 {
				k = min(len(p), directBuffer) // a write of a whole buffer
			}
			if n, err := d.Write(p[:k]); n != k || err != nil {
				t.Fatalf("size %d: Write = %d, %v", size, n, err)
			}
			p = p[k:]
		}
		if err := d.finish(); err != nil {
			t.Fatal(err)
		}
		if err := d.f.Sync(); err != nil {
			t.Fatal(err)
		}
		if err := d.f.Close(); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("size %d: file has %d bytes, not the ones written", size, len(got))
		}
		sum := sha256.Sum256(want)
		if h := hex.EncodeToString(d.hash.Sum(nil)); h != hex.EncodeToString(sum[:]) || d.written != int64(size) {
			t.Errorf("size %d: hash %s, %d bytes; want %x, %d", size, h, d.written, sum, size)
		}
	}
}
