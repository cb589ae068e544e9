package htmltext

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

func read(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The article's paragraphs, and nothing of the page around them.
func TestTextKeepsOnlyTheArticle(t *testing.T) {
	b := read(t, "article.html")
	text, err := Text(b)
	if err != nil {
		t.Fatal(err)
	}
	paragraphs := []string{
		"Channel crossings top 1,100 since election", // (the headline, first as in a text document)
		"More than 1,100 migrants have crossed the Channel in small boats since Sir Keir Starmer became Prime Minister, according to Home Office figures published on Wednesday.",
		"The figures mean that 14,808 people have made the journey so far this year, up 5% on the same point last year, when 13,000 had arrived.",
		"The Conservatives paid £220 million to Rwanda under the\u00a0scheme, which the new government scrapped on its first day in office.",
		"Home Secretary Yvette Cooper said: “We inherited an asylum backlog of almost 90,000 claims and we will clear it.”",
		"Officials estimate that asylum hotels cost the taxpayer £8 million a day.",
	}
	if want := strings.Join(paragraphs, "\n\n"); text != want {
		t.Errorf("Text =\n%q\nwant\n%q", text, want)
	}
	for _, furniture := range []string{"1,432 partners", "cookies", "Top 100", "24 hours", "Home >", "843 comments",
		"5 networks", "250,000 readers", "Most read", "£2 million", "3% in June", "Registered in England", "0800",
		"dataLayer", "z-index"} {
		if strings.Contains(text, furniture) {
			t.Errorf("Text contains page furniture %q", furniture)
		}
	}
	// the same bytes always give the same text
	for range 5 {
		if again, _ := Text(b); again != text {
			t.Fatalf("Text is not deterministic:\n%q\n%q", text, again)
		}
	}
}

func TestTextDecodesLegacyEncodings(t *testing.T) {
	text, err := Text(read(t, "cp1252.html"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "The scheme cost £290 million – more than the “£100 million” first announced"; !strings.HasPrefix(text, want) {
		t.Errorf("Text = %q, want it to start %q", text, want)
	}
	if !strings.Contains(text, "announced by ministers when the partnership was signed, according to the National Audit Office report published this week.\n\nA further £50 million") {
		t.Errorf("paragraphs not separated by a blank line: %q", text)
	}
}

func TestTextNoArticle(t *testing.T) {
	for _, page := range []string{"", "<html><body></body></html>", "<html><body><nav><a href='/'>Home</a></nav></body></html>"} {
		if text, err := Text([]byte(page)); !errors.Is(err, ErrNoText) {
			t.Errorf("Text(%q) = %q, %v; want ErrNoText", page, text, err)
		}
	}
}

// A short article makes Readability.js relax its filters; the furniture
// stays out all the same.
func TestTextShortArticleWithFurniture(t *testing.T) {
	page := strings.Replace(string(read(t, "article.html")), "<p>The figures mean", "<p class=x hidden>The figures mean", 1)
	start := strings.Index(page, `<div class="article-body">`)
	end := strings.Index(page[start:], "</div>") + start
	page = page[:start] + `<div class="article-body"><p>More than 1,100 migrants have crossed since the election.</p>` + page[end:]
	text, err := Text([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if text != "Channel crossings top 1,100 since election\n\nMore than 1,100 migrants have crossed since the election." {
		t.Errorf("Text = %q", text)
	}
}

// A class that names furniture does not remove the article that has it.
func TestTextArticleInFurnitureNamedContainer(t *testing.T) {
	page := `<html><body><div class="cookie-banner">Accept 3 cookies</div><div class="shareable">` +
		`<p>Net migration was 685,000 in 2023.</p><p>Immigration was 1.2 million.</p></div>` +
		`<div class="social-links"><p>Follow our 2 accounts</p></div></body></html>`
	text, err := Text([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if text != "Net migration was 685,000 in 2023.\n\nImmigration was 1.2 million." {
		t.Errorf("Text = %q", text)
	}
}

// Ids made from headings are not names of furniture, even when a word in
// them is ("sharing").
func TestStripHeadingIDs(t *testing.T) {
	page := `<html><body><div class="newsletter"><p>Join 20,000 readers.</p></div>` +
		`<div class="section" id="sharing-with-a-single-developer"><h2>Sharing</h2><p>One developer made 12 changes.</p></div>` +
		`<div class="section" id="sharing-with-many-developers-at-once"><h2>Many</h2><p>Five developers made 40 changes.</p></div>` +
		`<div class="section" id="related-work-by-other-people"><h2>Related</h2><p>Others made 7 changes.</p></div>` +
		`<div id="related-posts"><p>See also: 3 posts</p></div></body></html>`
	doc, err := parse([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	strip(doc, true)
	want := "SharingOne developer made 12 changes.ManyFive developers made 40 changes.RelatedOthers made 7 changes."
	if got := textOf(doc); got != want {
		t.Errorf("after strip: %q\nwant %q", got, want)
	}
}

func TestTextShortPage(t *testing.T) {
	text, err := Text([]byte("<p>More than 1,100 migrants crossed.</p>"))
	if err != nil || text != "More than 1,100 migrants crossed." {
		t.Errorf("Text = %q, %v", text, err)
	}
}

func TestPageMetaTagsBeforeJSONLD(t *testing.T) {
	m, err := PageMeta(read(t, "article.html"))
	if err != nil {
		t.Fatal(err)
	}
	want := Meta{
		Title:     "Channel crossings top 1,100 since election",
		Publisher: "Daily Example", // og:site_name before JSON-LD publisher
		Author:    "Jane Writer",   // "By " removed
		Published: time.Date(2024, 7, 17, 8, 30, 0, 0, time.UTC),
	}
	if m.Title != want.Title || m.Publisher != want.Publisher || m.Author != want.Author || !m.Published.Equal(want.Published) || len(m.Notes) > 0 {
		t.Errorf("PageMeta =\n%+v\nwant\n%+v", m, want)
	}
	if m.Published.Location() != time.UTC {
		t.Errorf("Published %v is not in UTC", m.Published)
	}
}

func TestPageMetaJSONLDGraph(t *testing.T) {
	m, err := PageMeta(read(t, "graph.html"))
	if err != nil {
		t.Fatal(err)
	}
	if m.Title != "Net migration falls" {
		t.Errorf("Title = %q", m.Title)
	}
	if m.Publisher != "Example Gazette" {
		t.Errorf("Publisher = %q (want the @id reference resolved)", m.Publisher)
	}
	if m.Author != "Ann Author, Bob Byline" {
		t.Errorf("Author = %q", m.Author)
	}
	if want := time.Date(2024, 5, 23, 6, 0, 0, 0, time.UTC); !m.Published.Equal(want) {
		t.Errorf("Published = %v, want %v (the article's, not the web page's)", m.Published, want)
	}
	if len(m.Notes) != 1 || !strings.Contains(m.Notes[0], "JSON-LD ignored") {
		t.Errorf("Notes = %q, want one about the broken JSON-LD block", m.Notes)
	}
}

func TestPageMetaTitleFallback(t *testing.T) {
	m, err := PageMeta([]byte("<html><head><title> Just a\n title </title><meta name=author content=''></head><body><svg><title>icon</title></svg></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	if m.Title != "Just a title" || m.Author != "" || m.Publisher != "" || !m.Published.IsZero() {
		t.Errorf("PageMeta = %+v", m)
	}
}

func TestPageMetaTimeWithoutZone(t *testing.T) {
	m, err := PageMeta([]byte(`<head><meta property="article:published_time" content="2024-07-17T09:30:00">` +
		`<script type="application/ld+json">{"@type": "Article", "datePublished": "2024-07-16"}</script></head>`))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2024, 7, 16, 0, 0, 0, 0, time.UTC); !m.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", m.Published, want)
	}
	if len(m.Notes) != 1 || !strings.Contains(m.Notes[0], "no time zone") {
		t.Errorf("Notes = %q", m.Notes)
	}
}

func TestParseTime(t *testing.T) {
	utc := func(y int, mo time.Month, d, h, mi, s int) time.Time {
		return time.Date(y, mo, d, h, mi, s, 0, time.UTC)
	}
	for _, c := range []struct {
		in   string
		want time.Time
		err  string
	}{
		{"2024-07-17T09:30:00+01:00", utc(2024, 7, 17, 8, 30, 0), ""},
		{"2024-07-17T09:30:00Z", utc(2024, 7, 17, 9, 30, 0), ""},
		{"2024-07-17T09:30:00.123Z", utc(2024, 7, 17, 9, 30, 0).Add(123 * time.Millisecond), ""},
		{"2024-07-17T09:30:00+0100", utc(2024, 7, 17, 8, 30, 0), ""},
		{"2024-07-17T09:30+01:00", utc(2024, 7, 17, 8, 30, 0), ""},
		{" 2024-07-17 ", utc(2024, 7, 17, 0, 0, 0), ""},
		{"Wed, 17 Jul 2024 09:30:00 GMT", utc(2024, 7, 17, 9, 30, 0), ""},
		{"2024-07-17T09:30:00", time.Time{}, "no time zone"},
		{"2024-07-17 09:30", time.Time{}, "no time zone"},
		{"17/07/2024", time.Time{}, "not a"},
		{"yesterday", time.Time{}, "not a"},
		{"0024-07-17", time.Time{}, "out of range"},
	} {
		got, err := ParseTime(c.in)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("ParseTime(%q) = %v, %v; want error %q", c.in, got, err, c.err)
			}
			continue
		}
		if err != nil || !got.Equal(c.want) || got.Location() != time.UTC {
			t.Errorf("ParseTime(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"", "<p>1,100</p>", "<article><p>x</p></article>", "<![CDATA[", "<svg><title>", "\xff\xfe<\x00p>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, err := Text(b)
		if err != nil {
			return
		}
		if again, _ := Text(b); again != text {
			t.Fatalf("not deterministic")
		}
		if strings.TrimSpace(text) != text || text == "" || strings.Contains(text, "\n\n\n") {
			t.Fatalf("untidy text %q", text)
		}
		PageMeta(b)
	})
}

// longArticle is six paragraphs of body text, over the length under which
// Readability.js relaxes its filters.
const longArticle = `<p>Net migration to the UK was 685,000 in 2023, the Office for National Statistics said on Thursday, down from a revised 764,000 the year before.</p>` +
	`<p>An estimated 1,218,000 people arrived in the UK on a long-term basis in 2023, while 532,000 people left the country over the same period.</p>` +
	`<p>Most of those arriving came from outside the European Union, mainly for work and study, the statistics body said in its latest release.</p>` +
	`<p>The number of study visas granted to dependants fell by 79% in the first four months of 2024, according to the Home Office.</p>` +
	`<p>The government says that the rule changes it has made will cut net migration by 300,000 a year once they have taken full effect.</p>` +
	`<p>Critics said the figures showed that successive governments had lost control of the borders over the past decade.</p>`

// A newsletter sign-up, an advert or a cookie banner inside a long article
// is not its text, although Readability.js keeps what is not named one of
// its own unlikely candidates.
func TestTextLongArticleBoxes(t *testing.T) {
	paragraphs := strings.SplitAfter(longArticle, "</p>")
	for _, box := range []string{
		`<figure class="element element-newsletter-signup"><div><p>Sign up to First Edition</p><p>Our morning email, read by 200,000 people</p></div></figure>`,
		`<div id="cookie-notice"><p>We and our 842 partners use cookies.</p></div>`,
		`<div class="inline-advert"><p>Advertisement: 3 nights in Paris for £199</p></div>`,
		`<amp-ad width="300" height="250" type="doubleclick"><div placeholder>Advertisement</div><div fallback>Ad not available for 300x250 slot</div></amp-ad>`,
		`<amp-embed type="taboola" width="100" height="100"><div>You may like: 3 tricks to save £200</div></amp-embed>`,
	} {
		page := `<html><body><article><h1>Net migration falls</h1>` + strings.Join(paragraphs[:3], "") + box +
			strings.Join(paragraphs[3:], "") + `</article></body></html>`
		text, err := Text([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		for _, furniture := range []string{"200,000", "842", "Advertisement", "300x250", "£199", "£200"} {
			if strings.Contains(text, furniture) {
				t.Errorf("with %.40s…: Text contains %q:\n%s", box, furniture, text)
			}
		}
		if !strings.Contains(text, "685,000") || !strings.Contains(text, "300,000 a year") {
			t.Errorf("with %.40s…: Text lost the article:\n%s", box, text)
		}
	}
}

// Pages (WordPress's among them) write HTML character references in their
// JSON-LD strings; a name is read as the page shows it.
func TestPageMetaJSONLDCharacterReferences(t *testing.T) {
	m, err := PageMeta([]byte(`<head><script type="application/ld+json">{"@type": "NewsArticle",` +
		` "headline": "Rwanda &#8216;a national scandal&#8217; &amp; costs rise", "datePublished": "2024-03-01",` +
		` "author": [{"@type": "Person", "name": "Tom O&#8217;Neill"}, {"@type": "Person", "name": "AT&T Smith"}],` +
		` "publisher": {"@type": "Organization", "name": "Migration &amp; Borders Weekly"}}</script></head>`))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Rwanda ‘a national scandal’ & costs rise"; m.Title != want {
		t.Errorf("Title = %q, want %q", m.Title, want)
	}
	if want := "Tom O’Neill, AT&T Smith"; m.Author != want {
		t.Errorf("Author = %q, want %q", m.Author, want)
	}
	if want := "Migration & Borders Weekly"; m.Publisher != want {
		t.Errorf("Publisher = %q, want %q", m.Publisher, want)
	}
}

// An article that is the mainEntity of a WebPage is the page's article; a
// URL in <meta name="author"> is not a name (as in JSON-LD).
func TestPageMetaMainEntityAndAuthorURL(t *testing.T) {
	m, err := PageMeta([]byte(`<head><meta name="author" content="https://www.facebook.com/dailyexample">` +
		`<script type="application/ld+json">{"@context": "https://schema.org", "@type": "WebPage", "name": "Asylum",` +
		` "datePublished": "2024-01-01", "mainEntity": {"@type": "NewsArticle", "headline": "Asylum backlog falls to 86,000",` +
		` "datePublished": "2024-05-30T10:00:00+01:00", "author": {"@type": "Person", "name": "Jane Doe"},` +
		` "publisher": {"@type": "Organization", "name": "Daily Example"}}}</script></head>`))
	if err != nil {
		t.Fatal(err)
	}
	want := Meta{Title: "Asylum backlog falls to 86,000", Publisher: "Daily Example", Author: "Jane Doe",
		Published: time.Date(2024, 5, 30, 9, 0, 0, 0, time.UTC)}
	if m.Title != want.Title || m.Publisher != want.Publisher || m.Author != want.Author || !m.Published.Equal(want.Published) {
		t.Errorf("PageMeta =\n%+v\nwant\n%+v", m, want)
	}
}

// Text that follows a block in the same element (a heading, a paragraph, a
// list, a table, a quote) starts a new line, as in a browser: a figure at the
// end of the block is not run into one at the start of the text.
func TestTextAfterBlock(t *testing.T) {
	page := `<html><body><article><section>` +
		`<h2>Small boats</h2>More than 1,100 migrants have crossed the Channel since the election, Home Office figures show.` +
		`<p>Net migration was 685,000 in 2023, the ONS said, as immigration fell to 1,218,000 over the year.</p>Of those arriving, 85% came from outside the EU.` +
		`<ul><li>Rwanda: £240m</li></ul>2,143 people were located for removal to Rwanda before the scheme was scrapped.` +
		`<blockquote>We will clear the backlog of 98,000 claims</blockquote> said the Home Secretary, speaking to 300 officers in Dover.` +
		`<table><tr><td>2022</td><td>45,774</td></tr></table><b>2023</b> saw 29,437 arrivals, a fall of 36% on the year before.` +
		`<div>Crossings in June: 3,007</div>The Home Office said.` +
		`</section></article></body></html>`
	text, err := Text([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "Small boats\n\nMore than 1,100 migrants have crossed the Channel since the election, Home Office figures show.\n\n" +
		"Net migration was 685,000 in 2023, the ONS said, as immigration fell to 1,218,000 over the year.\n\nOf those arriving, 85% came from outside the EU.\n\n" +
		"Rwanda: £240m\n\n2,143 people were located for removal to Rwanda before the scheme was scrapped.\n\n" +
		"We will clear the backlog of 98,000 claims\n\nsaid the Home Secretary, speaking to 300 officers in Dover.\n\n" +
		"2022 | 45,774\n\n2023 saw 29,437 arrivals, a fall of 36% on the year before.\n\n" +
		"Crossings in June: 3,007\n\nThe Home Office said." // Readability.js makes the <div> a <p>
	if text != want {
		t.Errorf("Text =\n%q\nwant\n%q", text, want)
	}
}

// A footnote marker in <sup> is no part of the figure it follows: "685,000"
// with a superscript "1" must not read as 685,0001 (a figure of 685 and some
// digits). Ordinals and other superscripts that are words stay.
func TestTextDropsFootnoteMarkers(t *testing.T) {
	page := `<html><body><article>` +
		`<p>Net migration was 685,000<sup>1</sup> in 2023, down from 906,000<sup><a href="#fn2">2</a></sup> a year earlier.</p>` +
		`<p>The asylum backlog stood at 98,599<sup class="reference">[3]</sup> claims, the Home Office said<sup>*</sup>.</p>` +
		`<p>It was the 2<sup>nd</sup> fall in a row, and the 10<sup>th</sup> since records began in the 1990s, officials said.</p>` +
		`<p>Footnotes: the figures are provisional and may be revised when the next release is published later this year.</p>` +
		`</article></body></html>`
	text, err := Text([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "Net migration was 685,000 in 2023, down from 906,000 a year earlier.\n\n" +
		"The asylum backlog stood at 98,599 claims, the Home Office said.\n\n" +
		"It was the 2nd fall in a row, and the 10th since records began in the 1990s, officials said.\n\n" +
		"Footnotes: the figures are provisional and may be revised when the next release is published later this year."
	if text != want {
		t.Errorf("Text =\n%q\nwant\n%q", text, want)
	}
}

// A table's rows are written as text tables are, cells apart by " | ",
// under its caption: the extractor reads the header's periods and the
// caption's scale as it does in a text document.
func TestTextTableRows(t *testing.T) {
	page := `<html><body><article>` +
		`<p>Asylum claims rose again in the year to March, the Home Office said on Thursday, with the largest numbers from three nationalities.</p>` +
		`<table><caption>Asylum claims by nationality, thousands</caption>` +
		`<thead><tr><th>Nationality</th><th>2039</th><th> 2040 </th></tr></thead>` +
		`<tbody><tr><td>Eritrea</td><td>8.1</td><td>9.4</td></tr><tr><td>Sudan</td><td></td><td>7.2</td></tr></tbody></table>` +
		`<p>Officials said the rise reflected conflicts in the Horn of Africa and that the numbers would be revised in the autumn.</p>` +
		`</article></body></html>`
	text, err := Text([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "Asylum claims rose again in the year to March, the Home Office said on Thursday, with the largest numbers from three nationalities.\n\n" +
		"Asylum claims by nationality, thousands\nNationality | 2039 | 2040\nEritrea | 8.1 | 9.4\nSudan | | 7.2\n\n" +
		"Officials said the rise reflected conflicts in the Horn of Africa and that the numbers would be revised in the autumn."
	if text != want {
		t.Errorf("Text =\n%q\nwant\n%q", text, want)
	}
}

// Links to other stories, the byline and image credits are not the
// article's text, although Readability.js keeps them: a figure in a link's
// title is not the article's, and a title must not run into the next text.
// A caption stays, a line of its own.
func TestTextDropsStoryFurniture(t *testing.T) {
	paragraphs := strings.SplitAfter(longArticle, "</p>")
	page := `<html><body><article><h1>Net migration falls</h1>` +
		`<div data-component="byline-block"><div><div>By Jane Smith</div><div>Home affairs correspondent</div></div></div>` +
		`<figure><img src="a.jpg" alt=""><span class="xyz-Copyright"><span class="hidden-text">Image source, </span>PA Media</span>` +
		`<figcaption><span>Image caption, </span>Some 812 people crossed on Tuesday alone</figcaption></figure>` +
		strings.Join(paragraphs[:2], "") +
		`<p><strong>READ MORE:</strong> <a href="/a">Hotel that housed 150 asylum seekers to reopen</a></p>` +
		`<figure><img src="b.jpg" alt=""><figcaption>Migrants at Dover in 2023. Photograph: Jane Roe/PA</figcaption></figure>` +
		strings.Join(paragraphs[2:4], "") + `<p>Getty Images</p>` +
		`<p>Read more: <a href="/b">Net migration falls to 728,000 for 2024</a></p>` +
		strings.Join(paragraphs[4:], "") +
		`<p>Officials said the backlog stood at 91,000, as Reuters reported on Monday.</p>` +
		`<section><div><h2>More on this story</h2></div><ul>` +
		`<li><div><a href="/c"><span>Net migration falls to 728,000 for 2024</span></a><span><time>30 May</time></span></div></li>` +
		`<li><div><a href="/d"><span>Home Office to close 100 hotels</span></a><span><time>2 days ago</time></span></div></li></ul></section>` +
		`<div><h2>Related topics</h2><ul><li><a href="/t1">Immigration</a></li><li><a href="/t2">Asylum</a></li></ul></div>` +
		`</article></body></html>`
	text, err := Text([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, furniture := range []string{"Jane Smith", "correspondent", "Image source", "PA Media", "Image caption", "READ MORE",
		"150 asylum", "Jane Roe", "Getty", "728,000", "More on this story", "30 May", "100 hotels", "Related topics", "Asylum\n"} {
		if strings.Contains(text, furniture) {
			t.Errorf("Text contains %q:\n%s", furniture, text)
		}
	}
	for _, kept := range []string{"685,000 in 2023", "\nSome 812 people crossed on Tuesday alone\n", "\nMigrants at Dover in 2023.\n",
		"300,000 a year", "91,000, as Reuters reported on Monday."} {
		if !strings.Contains(text, kept) {
			t.Errorf("Text lost %q:\n%s", kept, text)
		}
	}
}

// A heading like those of link lists over prose is kept; so is a line
// that begins with "More" but points nowhere.
func TestTextKeepsProseUnderLinkLabels(t *testing.T) {
	page := `<html><body><article>` + longArticle +
		`<h2>Read more</h2><p>The full release, with 14 tables, is on the statistics body's website and will be revised in November.</p>` +
		`<p>More than 1,100 people crossed on Tuesday, <a href="/x">the Home Office said</a>.</p></article></body></html>`
	text, err := Text([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "\n\nRead more\n\nThe full release, with 14 tables,") || !strings.Contains(text, "\n\nMore than 1,100 people crossed on Tuesday, the Home Office said.") {
		t.Errorf("Text =\n%s", text)
	}
}

// A <br> in running text does not end a paragraph's line (the extractor
// reads a line end as a paragraph's end); an address, a list and a verse
// keep their lines. A box of key figures in a definition list gives a line
// per figure, its label first.
func TestTextBreaksAndDefinitions(t *testing.T) {
	page := `<html><body><article>` +
		`<p>The number of asylum seekers housed in hotels fell to 32,345 at the end of March,<br>down from 38,079 at the end of December, Home Office figures show.</p>` +
		`<p>Asylum support was given to 107,003 people, of whom 65,726 were in housing provided by the<br>Home Office through three contracts.</p>` +
		`<p>The department said the cost of asylum accommodation was £4.76 billion in 2024-25.<br>Ministers have promised to close all asylum hotels by the end of this parliament.</p>` +
		`<dl><dt>Asylum seekers in hotels</dt><dd>32,345</dd><dt>Daily cost:</dt><dd>£5.5m</dd></dl>` +
		`<p>Home Office<br>2 Marsham Street<br>London SW1P 4DF</p>` +
		`<p>The largest groups in hotels at the end of March, by nationality, were these:<br>Afghanistan: 4,102<br>Eritrea: 3,880<br>1. Iran<br>2. Sudan</p>` +
		`<p>A spokesperson said the department had closed 90 sites since the election<br><br>and more would follow.</p>` +
		`</article></body></html>`
	text, err := Text([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "The number of asylum seekers housed in hotels fell to 32,345 at the end of March, down from 38,079 at the end of December, Home Office figures show.\n\n" +
		"Asylum support was given to 107,003 people, of whom 65,726 were in housing provided by the Home Office through three contracts.\n\n" +
		"The department said the cost of asylum accommodation was £4.76 billion in 2024-25. Ministers have promised to close all asylum hotels by the end of this parliament.\n\n" +
		"Asylum seekers in hotels: 32,345\nDaily cost: £5.5m\n\n" +
		"Home Office\n2 Marsham Street\nLondon SW1P 4DF\n\n" +
		"The largest groups in hotels at the end of March, by nationality, were these:\nAfghanistan: 4,102\nEritrea: 3,880\n1. Iran\n2. Sudan\n\n" +
		"A spokesperson said the department had closed 90 sites since the election\n\nand more would follow."
	if text != want {
		t.Errorf("Text =\n%q\nwant\n%q", text, want)
	}
}

// Definition lists that are not of terms and their definitions (a <dd>
// alone indents, as on Wikipedia) keep their lines.
func TestTextIndentsKeepLines(t *testing.T) {
	page := `<html><body><article>` + longArticle + `<dl><dd>Proof: by definition</dd><dd>so the figure is 12.</dd></dl></article></body></html>`
	text, err := Text([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(text, "\n\nProof: by definition\nso the figure is 12.") {
		t.Errorf("Text =\n%s", text)
	}
}

// The standfirst under the headline and a fact check's claim and verdict,
// which Readability.js leaves out with the page's header, are the
// article's text, before its body; a summary in a teaser further down, a
// caption named "subtitle" and a box the body already holds are not added.
func TestTextKeepsStandfirstAndVerdict(t *testing.T) {
	page := `<html><body><main><article><div class="head"><div><h1>Net migration halves</h1>` +
		`<div data-gu-name="standfirst"><p>Net migration of 431,000 in 2024, down from 860,000, official figures show</p></div></div>` +
		`<figure><img src="a.jpg"><figcaption class="image__subtitle">Arrivals at Dover, where 812 people landed on Tuesday</figcaption></figure>` +
		`<div class="card card-claim-and-conclusion"><div class="card-claim"><h5>What was claimed</h5><p>There are 1.6 million asylum seekers on benefits.</p></div>` +
		`<div class="card-conclusion"><h5>Our verdict</h5><p>Incorrect. About 110,000 people were receiving asylum support.</p></div></div>` +
		`</div><div class="grid"><div class="col"><div class="article-body">` + longArticle + `</div></div></div>` +
		`<div class="teaser"><p class="teaser-summary">Asylum claims rose to 108,000 in the year to June, a record</p></div>` +
		`</article></main></body></html>`
	text, err := Text([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "Net migration halves\n\nNet migration of 431,000 in 2024, down from 860,000, official figures show\n\n" +
		"What was claimed\n\nThere are 1.6 million asylum seekers on benefits.\n\nOur verdict\n\nIncorrect. About 110,000 people were receiving asylum support.\n\n" +
		"Net migration to the UK was 685,000 in 2023,"
	if !strings.HasPrefix(text, want) {
		t.Errorf("Text =\n%s\nwant it to begin\n%s", text, want)
	}
	for _, not := range []string{"812", "108,000"} {
		if strings.Contains(text, not) {
			t.Errorf("Text contains %q:\n%s", not, text)
		}
	}
	// kept once when Readability.js keeps it
	page = `<html><body><article><h1>Net migration halves</h1><p class="standfirst">Net migration of 431,000 in 2024, down from 860,000, official figures show</p>` +
		longArticle + `</article></body></html>`
	if text, _ = Text([]byte(page)); strings.Count(text, "431,000") != 1 {
		t.Errorf("Text =\n%s", text)
	}
}

// The page's headline, which Readability.js takes for the page's title and
// leaves out, is the text's first line, as in a text document: its figure
// is a mention. A site's name in a one- or two-word <h1> is not, and a
// headline the text holds already is not repeated.
func TestTextHeadlineFirst(t *testing.T) {
	for _, tc := range []struct{ h1, want string }{
		{"Net migration falls to 431,000", "Net migration falls to 431,000\n\nNet migration to the UK was 685,000 in 2023,"},
		{"Daily Example", "Net migration to the UK was 685,000 in 2023,"},
	} {
		page := `<html><head><title>` + tc.h1 + `</title></head><body><header><h1>` + tc.h1 + `</h1></header><article>` + longArticle + `</article></body></html>`
		text, err := Text([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(text, tc.want) || strings.Count(text, tc.h1) > 1 {
			t.Errorf("h1 %q: Text =\n%s", tc.h1, text)
		}
	}
}

// A page whose only statement of its encoding is the charset of the HTTP
// Content-Type it was served with is decoded by it; bytes that are valid
// UTF-8 stay UTF-8 whatever the header says, and a byte-order mark comes
// before the header, as in a browser.
func TestTextAsHeaderCharset(t *testing.T) {
	// ISO-8859-15: 0xA4 is the euro sign (in windows-1252, the default
	// without a header, it is "¤"); windows-1250: 0xA3 0xF3 0x64 0x9F is "Łódź"
	latin9 := "<html><head><title>Costs in \xa4</title></head><body><article><h1>Payments to the partnership</h1>" +
		"<p>The agreement cost \xa4120 million in its first year, the auditors said on Tuesday in their annual report to Parliament.</p></article></body></html>"
	cp1250 := "<html><body><article><p>Officials in \xa3\xf3d\x9f counted 3,400 applications in the year to June, up from 2,900 a year earlier.</p></article></body></html>"
	for _, c := range []struct {
		name, page, ctype, want string
	}{
		{"latin9 header", latin9, "text/html; charset=ISO-8859-15", "The agreement cost €120 million"},
		{"latin9 quoted header", latin9, `text/html;charset="iso-8859-15"`, "The agreement cost €120 million"},
		{"latin9 no header", latin9, "", "The agreement cost ¤120 million"},
		{"latin9 header without charset", latin9, "text/html", "The agreement cost ¤120 million"},
		{"latin9 unknown charset", latin9, "text/html; charset=x-no-such-thing", "The agreement cost ¤120 million"},
		{"cp1250 header", cp1250, "text/html; charset=windows-1250", "Officials in Łódź counted 3,400"},
		// the header comes before <meta charset>
		{"header over meta", strings.Replace(cp1250, "<html>", `<html><head><meta charset="iso-8859-1"></head>`, 1), "text/html; charset=windows-1250", "Officials in Łódź counted"},
		{"meta without header", strings.Replace(cp1250, "<html>", `<html><head><meta charset="windows-1250"></head>`, 1), "", "Officials in Łódź counted"},
		// valid UTF-8 labelled ISO-8859-1 by a server's default stays UTF-8
		{"utf-8 labelled latin1", "<html><body><article><p>The scheme cost £290 million – more than first announced, the report said.</p></article></body></html>",
			"text/html; charset=ISO-8859-1", "The scheme cost £290 million – more"},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, err := TextAs([]byte(c.page), c.ctype)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(text, c.want) {
				t.Errorf("TextAs(%q) = %q, want it to hold %q", c.ctype, text, c.want)
			}
			if c.ctype == "" {
				if plain, _ := Text([]byte(c.page)); plain != text {
					t.Errorf("Text = %q, TextAs with no Content-Type = %q", plain, text)
				}
			}
		})
	}
	m, err := PageMetaAs([]byte(latin9), "text/html; charset=iso-8859-15")
	if err != nil || m.Title != "Costs in €" {
		t.Errorf("PageMetaAs: Title %q, %v; want %q", m.Title, err, "Costs in €")
	}
	// a byte-order mark comes before the header
	utf16 := []byte{0xff, 0xfe}
	for _, r := range "<html><body><article><p>Net migration was 685,000 in the year to June, the statistics office said.</p></article></body></html>" {
		utf16 = append(utf16, byte(r), 0)
	}
	if text, err := TextAs(utf16, "text/html; charset=windows-1252"); err != nil || !strings.HasPrefix(text, "Net migration was 685,000") {
		t.Errorf("TextAs(UTF-16 with a BOM) = %q, %v", text, err)
	}
}

// A standfirst with no telling name (a short paragraph of prose between the
// headline and the article's body, which Readability.js leaves out) is put
// back after the headline; a byline, a time, a prompt, a hidden paragraph
// or a caption in its place is not, and one Readability.js keeps is not
// repeated.
func TestTextKeepsPlainStandfirst(t *testing.T) {
	const stand = "Net migration of 431,000 in 2024, down from 860,000, official figures show"
	head := func(between string) string {
		return `<html><body><main><article><header class="top"><div><h1>Net migration halves as visa rules bite</h1>` + between +
			`</div><figure><img src="a.jpg"><figcaption>Arrivals at Dover</figcaption></figure></header>` +
			`<div class="wrap"><div class="col"><div class="article-body">` + longArticle + `</div></div></div></article></main></body></html>`
	}
	body := "Net migration to the UK was 685,000 in 2023,"
	for _, c := range []struct {
		name, page, want string
	}{
		{"plain paragraph", head(`<p class="x9f-3">` + stand + `</p>`), stand + "\n\n" + body},
		{"after a byline", head(`<p class="meta">By Jane Writer</p><div class="a1"><p>` + stand + `</p></div>`), stand + "\n\n" + body},
		{"byline without by", head(`<p class="q7">Jane Writer, Home Affairs Editor at the Daily Example</p>`), body},
		{"time", head(`<p class="q7">Published on Tuesday 17 July 2024 at 09:30, updated at 11:00</p>`), body},
		{"prompt", head(`<p class="q7">Get the latest news on migration sent to your inbox every morning</p>`), body},
		{"hidden", head(`<div style="display: none"><p>` + stand + `</p></div>`), body},
		{"caption beside its image", head(`<div class="m2"><img src="b.jpg"><p>Migrants are brought ashore at Dover by Border Force officers on Tuesday</p></div>`), body},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, err := Text([]byte(c.page))
			if err != nil {
				t.Fatal(err)
			}
			want := "Net migration halves as visa rules bite\n\n" + c.want
			if !strings.HasPrefix(text, want) {
				t.Errorf("Text =\n%s\nwant it to begin\n%s", text, want)
			}
		})
	}
	// kept once when Readability.js keeps it
	page := `<html><body><article><h1>Net migration halves as visa rules bite</h1><p>` + stand + `</p>` + longArticle + `</article></body></html>`
	if text, _ := Text([]byte(page)); strings.Count(text, "431,000") != 1 {
		t.Errorf("Text =\n%s", text)
	}
}
