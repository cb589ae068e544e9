package corpus

import (
	"fmt"
	"html"
	"strings"
)

// HTML is the document as a news site's page: the article (its first
// paragraph, the headline, as the page's <h1>) in the markup of a site, with
// a head of metadata, styles and scripts, navigation, a byline, share and
// newsletter boxes, a sidebar of the most read stories and a footer: the
// furniture a page's main text is taken out of. The figures' offsets are
// those of Text, not of the text taken out of the page.
func (d Doc) HTML() []byte {
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
