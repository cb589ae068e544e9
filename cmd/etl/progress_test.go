package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// The bar shows only on a terminal, once the run has lasted long enough;
// log lines are written above it, never into it; it is gone at the end.
func TestProgress(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	for _, notTTY := range []*progress{newProgress(&bytes.Buffer{}), newProgress(w)} {
		if notTTY.on {
			t.Fatal("a progress bar on something that is not a terminal")
		}
	}

	var out bytes.Buffer
	p := &progress{w: &out, on: true, start: newProgress(&out).start, after: progressAfter}
	p.update(1, 10)
	if out.Len() > 0 || p.bar != nil {
		t.Fatalf("a bar before %s: %q", progressAfter, out.String())
	}
	p.after = 0
	p.update(2, 10)
	if p.bar == nil || !strings.Contains(out.String(), "documents") || !strings.Contains(out.String(), "(2/10") {
		t.Fatalf("no bar: %q", out.String())
	}
	out.Reset()
	p.Write([]byte("level=INFO msg=hello\n"))
	// the bar is wiped ("\r   \r"), the line written, the bar drawn again
	got := out.String()
	line := strings.Index(got, "level=INFO msg=hello\n")
	if line < 0 || !strings.HasPrefix(got, "\r ") || !strings.Contains(got[:line], " \r") ||
		!strings.Contains(got[line:], "(2/10") {
		t.Errorf("log line and bar: %q", got)
	}
	p.update(10, 10)
	if p.bar != nil {
		t.Error("the bar is still there after the last document")
	}
	out.Reset()
	p.Write([]byte("done\n"))
	p.done()
	if out.String() != "done\n" {
		t.Errorf("after the bar: %q", out.String())
	}
}
