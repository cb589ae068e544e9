// Package htmltext takes the main text and the self-description out of an
// HTML page. It is a helper of the source stage (an HTML document's text is
// what [Text] returns, and the offsets of every quote refer to it) and of
// `etl fetch` (which stores that text beside the page and writes what [Meta]
// finds into the sidecar).
//
// The main text is found with go-readability, a port of Mozilla's
// Readability.js (the algorithm of Firefox's reader view): navigation, cookie
// banners, asides, related links and footers are dropped, and the article's
// paragraphs, headings, lists and tables are rendered as plain text with a
// blank line between blocks. Newsletter sign-ups, cookie banners and adverts,
// which Readability.js keeps when they are inside the article, are removed
// beforehand; a short article is read again with all the page's furniture
// removed beforehand, since Readability.js relaxes its filters for short
// texts. What Readability.js keeps but is not the article's (links to other
// stories, the byline, image credits) is removed after it, and the
// standfirst it drops is put back, whether its name tells what it is or it
// is a short paragraph of prose between the headline and the body (see
// dropFurniture, leadBoxes and findPlainLead); a <br>
// in running text is a space and a definition list of key figures a line
// per pair (see joinBreaks and flattenDefinitions). Both functions depend
// only on the bytes they are given, so the
// same page always gives the same text.
package htmltext

import (
	"errors"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	textrender "codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// ErrNoText is returned when a page has no main text.
var ErrNoText = errors.New("no article text found in the page")

// Text returns the main text of the HTML page b: the article without the
// page's furniture, one block (paragraph, heading, list item, table row) per
// line, blocks separated by a blank line, lines without surrounding white
// space. b is decoded as UTF-8 when it is valid UTF-8, else as its byte-order
// mark or <meta charset> says (windows-1252 when it says nothing), as a
// browser would; a page received over HTTP is read with [TextAs], which
// also heeds the charset of its Content-Type.
//
// Boxes that are never article text (newsletter sign-ups, cookie banners,
// adverts) are stripped first whatever the article's length; a page whose
// main text is short (under 500 characters) is read again with all its
// furniture stripped first (see strip): for such a page Readability.js
// relaxes its filters and would let furniture in.
//
// A page with no main text gives ErrNoText; a short text that is all a
// "page not found" page or a cookie or consent wall says gives an error
// wrapping ErrNotArticle (see notArticle).
func Text(b []byte) (string, error) { return TextAs(b, "") }

// TextAs is [Text] for a page received with the HTTP Content-Type
// contentType ("text/html; charset=ISO-8859-1"; "" when unknown): see
// [DecodeAs] for how its charset is heeded.
func TextAs(b []byte, contentType string) (string, error) {
	text, headline, title, err := mainText(b, contentType, false)
	if err != nil {
		return "", err
	}
	if utf8.RuneCountInString(text) < shortText {
		if text, headline, title, err = mainText(b, contentType, true); err != nil {
			return "", err
		}
	}
	if text == "" {
		return "", ErrNoText
	}
	if len(text) <= maxCheckedText {
		if err := notArticle(text, headline, title); err != nil {
			return "", err
		}
	}
	return text, nil
}

// shortText is the length under which Readability.js relaxes its filters
// (its charThreshold).
const shortText = 500

// maxCheckedText is the length in bytes over which a text is not tested for
// being that of a page with no article (see notArticle): the tests are for
// short texts, and a headline is at most 300 bytes long.
const maxCheckedText = maxWallText + 300 + 2

// mainText parses b and returns its main text, with the boxes stripped
// first, and all the furniture when stripped is set; and the text of its
// first <h1> and, when that has fewer than three words, of its <title>.
func mainText(b []byte, contentType string, stripped bool) (text, headline, title string, err error) {
	doc, err := parse(b, contentType)
	if err != nil {
		return "", "", "", err
	}
	strip(doc, stripped)
	headline, leads, plain := leadBoxes(doc)
	if !hasWords(headline, 3) {
		title = pageTitle(doc) // (for notArticle)
	}
	p := readability.NewParser()
	p.CharThresholds = shortText
	p.KeepClasses = true // (for dropFurniture)
	a, err := p.ParseAndMutate(doc, nil)
	if err != nil {
		return "", "", "", err
	}
	if a.Node == nil {
		return "", headline, title, nil
	}
	return withHeadline(withPlainLead(withLeads(render(a.Node), headline, leads), headline, plain), headline), headline, title, nil
}

// render writes the article under root as text.
func render(root *html.Node) string {
	dropFurniture(root)
	joinBreaks(root)
	flattenDefinitions(root)
	flattenTables(root)
	breakAfterBlocks(root)
	return tidy(textrender.InnerText(root))
}

// flattenTables writes each table of data under n (one whose cells hold no
// blocks: not a table that lays out a page) as lines of text: its caption,
// then a line per row, the cells apart by " | " as text tables are written
// ("Eritrea | 8.1 | 9.4"), an empty cell kept as an empty place ("Sudan |
// | 7.2") so that a figure stays under its column's header. The extractor then reads a
// table's header periods and its caption's scale as in a text document
// (render.InnerText writes cells apart by tabs and drops empty ones).
func flattenTables(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.DataAtom == atom.Table && dataTable(c) {
			var lines []string
			line := func(s string) {
				if s != "" {
					lines = append(lines, s)
				}
			}
			var rows func(*html.Node)
			rows = func(m *html.Node) {
				for r := m.FirstChild; r != nil; r = r.NextSibling {
					switch {
					case r.Type != html.ElementNode:
					case r.DataAtom == atom.Caption:
						line(textOf(r))
					case r.DataAtom == atom.Tr:
						var cells []string
						for td := r.FirstChild; td != nil; td = td.NextSibling {
							if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
								cells = append(cells, textOf(td))
							}
						}
						if strings.Join(cells, "") != "" {
							line(strings.Join(cells, " | "))
						}
					default:
						rows(r) // thead, tbody, tfoot
					}
				}
			}
			rows(c)
			n.InsertBefore(linesBlock(lines), c)
			n.RemoveChild(c)
		} else {
			flattenTables(c)
		}
		c = next
	}
}

// linesBlock is a block of text (a <p>, set apart as a table or a list
// is) holding a line (a <div>) per string of lines.
func linesBlock(lines []string) *html.Node {
	box := &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p"}
	for _, l := range lines {
		div := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
		div.AppendChild(&html.Node{Type: html.TextNode, Data: l})
		box.AppendChild(div)
	}
	return box
}

// dataTable reports whether no cell of table t holds a block (a paragraph,
// a list, another table): a table of data, not of layout.
func dataTable(t *html.Node) bool {
	var blocks func(*html.Node) bool
	blocks = func(m *html.Node) bool {
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.P, atom.Div, atom.Ul, atom.Ol, atom.Table, atom.Blockquote, atom.H1, atom.H2, atom.H3, atom.H4, atom.Section, atom.Article:
				return true
			}
			if blocks(c) {
				return true
			}
		}
		return false
	}
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if blocks(c) {
			return false
		}
	}
	return true
}

// blockLines are the elements that render.InnerText starts on a new line,
// with the number of line ends it puts before them (2: after a blank line).
var blockLines = map[string]int{
	"hr": 2, "p": 2, "blockquote": 2, "h1": 2, "h2": 2, "h3": 2, "h4": 2, "h5": 2, "h6": 2,
	"ul": 2, "ol": 2, "dl": 2, "table": 2, "pre": 2,
	"div": 1, "figure": 1, "figcaption": 1, "picture": 1, "li": 1, "dt": 1, "dd": 1,
	"header": 1, "footer": 1, "main": 1, "section": 1, "article": 1, "aside": 1, "nav": 1, "address": 1,
	"details": 1, "summary": 1, "dialog": 1, "form": 1, "fieldset": 1,
	"caption": 1, "thead": 1, "tbody": 1, "tfoot": 1, "tr": 1,
}

// breakAfterBlocks puts an empty block after every block under n that text
// follows in the same element: render.InnerText starts a block on a new line
// but does not end it with one, as a browser's innerText does, and ran the
// block into the text ("Rwanda: £240m</li></ul>2,143 people" gave
// "£240m2,143 people").
func breakAfterBlocks(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		breakAfterBlocks(c)
		lines := blockLines[c.Data]
		if lines == 0 || !textFollows(c) {
			continue
		}
		tag := atom.Div
		if lines == 2 {
			tag = atom.P
		}
		n.InsertBefore(&html.Node{Type: html.ElementNode, DataAtom: tag, Data: tag.String()}, c.NextSibling)
		c = c.NextSibling
	}
}

// textFollows reports whether the first sibling after n that is not white
// space or a comment is text or an element that is not a block (nor a <br>,
// which begins a line itself).
func textFollows(n *html.Node) bool {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		switch {
		case s.Type == html.TextNode && strings.TrimSpace(s.Data) == "", s.Type == html.CommentNode:
		case s.Type == html.TextNode:
			return true
		case s.Type == html.ElementNode:
			return blockLines[s.Data] == 0 && s.DataAtom != atom.Br
		default:
			return false
		}
	}
	return false
}

// An element whose class or id matches furniture is page furniture, unless
// it also matches keep (the names of containers that may hold the article,
// after Readability.js's lists of unlikely and maybe candidates); one that
// matches always is furniture whatever else its names say.
var (
	always    = regexp.MustCompile(`(?i)cookie|byline|consent|gdpr|newsletter|sign-?up|subscri|breadcrumb|most-?read|most-?popular|share|sharing|social|promo|advert|sponsor|outbrain|taboola|disqus|comments`)
	furniture = regexp.MustCompile(`(?i)related|comment|sidebar|skyscraper|popup|modal|banner|menu|masthead|footer|pagination|pager|(^|[-_ ])ads?([-_ ]|$)`)
	keep      = regexp.MustCompile(`(?i)article|body|column|content|main|story|text`)
	// boxes are the names among always of what is never article text, even
	// inside the article (where Readability.js keeps what does not look
	// unlikely to it): newsletter sign-ups, cookie banners, adverts.
	boxes   = regexp.MustCompile(`(?i)cookie|consent|gdpr|newsletter|sign-?up|advert|outbrain|taboola`)
	idWords = regexp.MustCompile(`[A-Za-z]+`)
)

// furnitureRoles are ARIA roles of page furniture.
var furnitureRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alertdialog": true, "menu": true, "menubar": true,
}

// strip removes from doc what is page furniture whatever the size of the
// article: navigation, site headers and footers, asides, forms and buttons,
// dialogs, hidden elements, and elements whose class or id names furniture
// (cookie banners, newsletter sign-ups, share buttons, related links).
// Readability.js drops most of these itself, but when an article is short it
// tries again with its filters relaxed, and furniture can come back in. An
// element named as furniture that holds half or more of the page's paragraph
// text is kept all the same: a name is only a hint. So is an id of four words
// or more ("sharing-with-a-single-developer"), made from a heading.
//
// Unless all is set, only the boxes are removed (elements named by boxes, and
// AMP's ad elements), under the same rule: the rest is left to Readability.js,
// whose own result for a long article is kept.
func strip(doc *html.Node, all bool) {
	onlyP := paragraphText(doc, true) > 0
	total := paragraphText(doc, onlyP)
	var walk func(n *html.Node, inArticle bool)
	walk = func(n *html.Node, inArticle bool) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type == html.CommentNode:
				n.RemoveChild(c)
			case c.Type != html.ElementNode:
			case ampAds[c.Data], c.DataAtom == atom.Sup && footnoteMark.MatchString(textOf(c)):
				n.RemoveChild(c)
			case all && (isFurniture(c, inArticle) || named(c, always, furniture) && 2*paragraphText(c, onlyP) < total):
				n.RemoveChild(c)
			case !all && named(c, boxes, nil) && 2*paragraphText(c, onlyP) < total:
				n.RemoveChild(c)
			default:
				walk(c, inArticle || c.DataAtom == atom.Article || c.DataAtom == atom.Main)
			}
			c = next
		}
	}
	walk(doc, false)
}

// isFurniture reports whether n is furniture by its element or its role.
func isFurniture(n *html.Node, inArticle bool) bool {
	switch n.DataAtom {
	case atom.Html, atom.Head, atom.Body, atom.Article, atom.Main:
		return false
	case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Button, atom.Select, atom.Textarea, atom.Input,
		atom.Dialog, atom.Template, atom.Menu:
		return true
	case atom.Header:
		return !inArticle
	}
	if furnitureRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))] {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "" || a.Val == "true" {
				return true
			}
		}
	}
	return false
}

// footnoteMark is the text of a superscript that marks a footnote ("1",
// "[3]", "*", "†"): dropped, since it would run into the figure before it
// ("685,000<sup>1</sup>" read as 685,0001). A superscript of letters (the
// "nd" of "2nd") is text; an exponent of digits ("km<sup>2</sup>") goes
// with the markers, a small loss in news copy.
var footnoteMark = regexp.MustCompile(`^(\[?[0-9]{1,3}\]?|\[?[a-z]\]|[*†‡§¶]{1,3})$`)

// ampAds are the elements of AMP pages that hold adverts and ad widgets; their
// placeholder and fallback text ("Advertisement") is not the article's.
var ampAds = map[string]bool{"amp-ad": true, "amp-embed": true, "amp-sticky-ad": true, "amp-auto-ads": true}

// named reports whether n's class or id matches sure, or matches maybe (when
// not nil) but not keep.
func named(n *html.Node, sure, maybe *regexp.Regexp) bool {
	switch n.DataAtom {
	case atom.Html, atom.Head, atom.Body, atom.Article, atom.Main:
		return false
	}
	names := attr(n, "class")
	if id := attr(n, "id"); len(idWords.FindAllString(id, 4)) < 4 {
		names += " " + id
	}
	if strings.TrimSpace(names) == "" {
		return false
	}
	return sure.MatchString(names) || maybe != nil && maybe.MatchString(names) && !keep.MatchString(names)
}

// paragraphText is the number of bytes of text in the <p> elements under n
// (onlyP), or of all its text.
func paragraphText(n *html.Node, onlyP bool) int {
	size := 0
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inP bool) {
		if n.Type == html.TextNode && (inP || !onlyP) {
			size += len(strings.TrimSpace(n.Data))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inP || c.DataAtom == atom.P)
		}
	}
	walk(n, n.DataAtom == atom.P)
	return size
}

// parse decodes (see DecodeAs) and parses an HTML page.
func parse(b []byte, contentType string) (*html.Node, error) {
	return html.Parse(strings.NewReader(DecodeAs(b, contentType)))
}

// Decode returns the page b as a string: b itself without a byte-order mark
// when it is valid UTF-8, else b decoded from the encoding its byte-order mark
// or <meta charset> declares (windows-1252 when it declares none).
func Decode(b []byte) string { return DecodeAs(b, "") }

// DecodeAs is [Decode] for a page received with the HTTP Content-Type
// contentType ("" when unknown). Bytes that are valid UTF-8 are read as
// UTF-8 whatever the header says (servers that label every page
// ISO-8859-1 by default are common, and a page in a legacy encoding with
// any letter outside ASCII is almost never valid UTF-8). Other bytes are
// decoded as a browser decodes them: by their byte-order mark, else the
// header's charset, else their <meta charset>, else as windows-1252.
// ISO-8859-1 and US-ASCII are read as windows-1252, as the WHATWG
// Encoding Standard says. An unknown charset in the header is ignored.
func DecodeAs(b []byte, contentType string) string {
	if utf8.Valid(b) {
		return strings.TrimPrefix(string(b), "\uFEFF")
	}
	if contentType == "" {
		contentType = "text/html"
	}
	enc, _, _ := charset.DetermineEncoding(b, contentType)
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return strings.TrimPrefix(strings.ToValidUTF8(string(out), "\uFFFD"), "\uFEFF")
}

var blankLines = regexp.MustCompile(`\n{3,}`)

// tidy normalises line ends, trims every line and keeps at most one blank
// line between blocks.
func tidy(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	s = strings.Join(lines, "\n")
	s = blankLines.ReplaceAllString(s, "\n\n")
	return strings.TrimSpace(s)
}

// textOf returns the text content of n with white space collapsed: what
// collapse gives of it, written at once (without the slice of words that
// collapse makes, and on the stack when short: textOf is called for many
// elements of every page).
func textOf(n *html.Node) string {
	var buf [256]byte
	space := false
	return string(appendText(buf[:0], n, &space))
}

// appendText appends the text under n to b with white space collapsed;
// *space says that white space is pending (not written unless text
// follows it).
func appendText(b []byte, n *html.Node, space *bool) []byte {
	if n.Type != html.TextNode {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			b = appendText(b, c, space)
		}
		return b
	}
	s := n.Data
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		isSpace := false
		if c < utf8.RuneSelf {
			isSpace = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			isSpace = unicode.IsSpace(r)
		}
		if isSpace {
			*space = true
		} else {
			if *space && len(b) > 0 {
				b = append(b, ' ')
			}
			*space = false
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return b
}

// textUpTo is textOf(n) and true when n holds at most max bytes of text
// that is not white space, else "" and false, found without reading the
// rest of a large n: the tests for short boxes (credits, bylines, links to
// other stories, a standfirst) look at every element of a page, and textOf
// of each would read the page once per level of nesting. (textOf's length
// is at least the count, so a longer text is longer than max.)
func textUpTo(n *html.Node, max int) (string, bool) {
	count := 0
	var over func(*html.Node) bool
	over = func(m *html.Node) bool {
		if m.Type == html.TextNode {
			for i := 0; i < len(m.Data); {
				c := m.Data[i]
				if c < utf8.RuneSelf {
					if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' {
						count++
					}
					i++
					continue
				}
				r, size := utf8.DecodeRuneInString(m.Data[i:])
				if !unicode.IsSpace(r) {
					count += size
				}
				i += size
			}
			return count > max
		}
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			if over(c) {
				return true
			}
		}
		return false
	}
	if over(n) {
		return "", false
	}
	return textOf(n), true
}

// collapse trims s and turns every run of white space into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
