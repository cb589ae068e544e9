package htmltext

import (
	"strings"
	"sync"
	"testing"

	"github.com/numtrail/numtrail/pipeline/corpus"
)

// benchPages are generated news pages: the articles of package corpus
// (seed 1), each in the markup of a news site (a head with metadata, styles
// and scripts, navigation, a header, share and newsletter boxes, a sidebar
// of related stories, a footer), about 20 KB of HTML around 4 KB of text,
// to 20 MB in all.
var benchPages = sync.OnceValue(func() [][]byte {
	var pages [][]byte
	for n, i := 0, 0; n < 20<<20; i++ {
		p := corpus.New(1).Doc(i).HTML()
		pages = append(pages, p)
		n += len(p)
	}
	return pages
})

// BenchmarkText measures Text, the main text of a page, over generated news
// pages: MB/s of HTML and pages/s, on one core:
//
//	go test -run '^$' -bench BenchmarkText -benchtime 1x -cpu 1 ./pipeline/htmltext/
func BenchmarkText(b *testing.B) {
	pages := benchPages()
	size := 0
	for _, p := range pages {
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, p := range pages {
			if _, err := Text(p); err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
}

// The generated pages give the article's text and none of the page's
// furniture: what BenchmarkText measures is the work of a real page.
func TestBenchPagesText(t *testing.T) {
	d := corpus.New(1).Doc(0)
	text, err := Text(d.HTML())
	if err != nil {
		t.Fatal(err)
	}
	for _, furniture := range []string{"cookies", "Share on", "Sign up", "most read", "Registered in England", "Politics"} {
		if strings.Contains(text, furniture) {
			t.Errorf("furniture %q in the text:\n%s", furniture, text)
		}
	}
	paras := strings.Split(strings.TrimSpace(d.Text), "\n\n")
	for _, p := range paras[1:] {
		if !strings.Contains(text, strings.ReplaceAll(p, "\n", " ")) {
			t.Errorf("paragraph lost: %q", p)
		}
	}
}
