package htmltext

import (
	"fmt"
	"html"
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
		p := newsPage(corpus.New(1).Doc(i))
		pages = append(pages, p)
		n += len(p)
	}
	return pages
})

// newsPage wraps a generated article in a news site's page.
func newsPage(d corpus.Doc) []byte {
	var b strings.Builder
	title := html.EscapeString(d.Meta.Title)
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s | Daily Example</title>
<meta property="og:title" content="%s"><meta property="og:site_name" content="Daily Example">
<meta property="article:published_time" content="%sT08:30:00Z"><meta name="author" content="Staff Reporter">
<link rel="stylesheet" href="/static/main.css"><style>.nav a{color:#333}.share{display:flex}.ad-slot{min-height:250px}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"%s","datePublished":"%sT08:30:00Z","publisher":{"@type":"Organization","name":"Daily Example"}}</script>
</head><body><div class="cookie-banner" id="consent">We use cookies to improve your experience. <button>Accept all</button></div>
<header class="masthead"><a class="logo" href="/">Daily Example</a><nav class="nav main-menu"><ul>`,
		title, title, d.Published.Format("2006-01-02"), strings.ReplaceAll(title, `"`, `\"`), d.Published.Format("2006-01-02"))
	for _, s := range []string{"News", "Politics", "UK", "World", "Business", "Opinion", "Sport", "Culture", "Lifestyle", "Travel"} {
		fmt.Fprintf(&b, `<li><a href="/%s">%s</a></li>`, strings.ToLower(s), s)
	}
	b.WriteString(`</ul></nav></header><main id="main-content"><div class="ad-slot" id="ad-top"></div><article class="article-body">`)
	fmt.Fprintf(&b, `<h1>%s</h1><div class="byline">By Staff Reporter, Home Affairs Correspondent</div>`, title)
	b.WriteString(`<ul class="share"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li><li><a href="#">Email</a></li></ul>`)
	paras := strings.Split(strings.TrimSpace(d.Text), "\n\n")
	for i, p := range paras {
		if i == 0 {
			continue // the headline, above
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(strings.ReplaceAll(p, "\n", " ")))
		if i == 3 {
			b.WriteString(`<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up to our free newsletter for the day's top stories, sent to 250,000 readers every morning.</p><form><input type="email"><button>Sign up</button></form></div>`)
		}
	}
	b.WriteString(`</article><aside class="sidebar"><h2>Most read</h2><ol>`)
	for k := 1; k <= 8; k++ {
		fmt.Fprintf(&b, `<li><a href="/news/story-%d">Story number %d of the day's most read, with 1,%03d comments</a></li>`, k, k, k*37)
	}
	b.WriteString(`</ol></aside></main><footer class="site-footer"><p>© Daily Example Ltd 2026. Registered in England and Wales No. 01234567.</p><ul>`)
	for _, s := range []string{"About us", "Contact", "Privacy policy", "Cookie settings", "Terms", "Advertise"} {
		fmt.Fprintf(&b, `<li><a href="#">%s</a></li>`, s)
	}
	b.WriteString(`</ul></footer><script src="/static/app.js" defer></script></body></html>`)
	return []byte(b.String())
}

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
	text, err := Text(newsPage(d))
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
