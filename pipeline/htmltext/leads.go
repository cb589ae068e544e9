package htmltext

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// leadNames are the class, id and data names of the boxes between a page's
// headline and its article that Readability.js drops although they are the
// article's: the standfirst (the summary under the headline) and a fact
// check's claim and verdict.
var leadNames = regexp.MustCompile(`(?i)standfirst|stand-first|(^|[-_ ])(dek|strapline|sub-?headline|subtitle|lede|article-?summary|summary|claim|verdict|conclusion)($|[-_ ])`)

// leadBoxes returns copies of the boxes named by leadNames that come after
// the page's first <h1> and before its first paragraph of prose (80
// characters or more), with the headline's text: Readability.js, which
// scores the article's body, often leaves out the box above it.
func leadBoxes(doc *html.Node) (headline string, boxes []*html.Node, plain *plainLead) {
	var h1 *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil && h1 == nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.H1 && textOf(c) != "" {
				h1 = c
				return
			}
			find(c)
		}
	}
	find(doc)
	if h1 == nil {
		return "", nil, nil
	}
	done := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n; c != nil && !done; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			t, short := textUpTo(c, 1500) // (a lead box is shorter)
			switch {
			case short && t == "", isFurniture(c, true), named(c, always, furniture),
				c.DataAtom == atom.Figure, c.DataAtom == atom.Figcaption: // ("widget-image__subtitle")
			case short && lead(c, t) && !holdsLead(c):
				box := cloneNode(c)
				dropMedia(box)
				boxes = append(boxes, box)
			case c.DataAtom == atom.P && (!short || len(t) >= 80):
				done = true
			default:
				walk(c.FirstChild)
			}
		}
	}
	// the nodes after the <h1> in document order
	for n := h1; n != nil && !done; n = n.Parent {
		walk(n.NextSibling)
	}
	if len(boxes) == 0 {
		plain = findPlainLead(h1)
	}
	return textOf(h1), boxes, plain
}

// plainLead is a standfirst without a telling name (see findPlainLead): the
// paragraph, and the start of the first paragraph of prose after it.
type plainLead struct {
	box  *html.Node // a copy
	text string     // its text
	next string
}

// findPlainLead returns the first paragraph after the <h1> h1 when it has
// the form of a standfirst (see standfirst) and a paragraph of prose (80
// characters or more) follows it, or nil. Whether it is put back depends
// on the text Readability.js gives (see withPlainLead).
func findPlainLead(h1 *html.Node) *plainLead {
	var lead *html.Node
	var text, next string
	done := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n; c != nil && !done; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case isFurniture(c, true), named(c, always, furniture), hiddenStyle(c), c.DataAtom == atom.Figure, c.DataAtom == atom.Figcaption,
				c.DataAtom == atom.Picture, c.DataAtom == atom.Script, c.DataAtom == atom.Style:
			case c.DataAtom == atom.P:
				t, short := textUpTo(c, 600)
				switch {
				case lead == nil && short && standfirst(c, t):
					lead, text = c, t
				case lead == nil && (!short || len(t) >= 80):
					done = true // the article began without one
				case lead != nil && (!short || len(t) >= 80):
					if next = t; !short {
						next = textOf(c)
					}
					if len(next) > 60 {
						next = strings.ToValidUTF8(next[:60], "")
					}
					done = true
				}
			default:
				walk(c.FirstChild)
			}
		}
	}
	for n := h1; n != nil && !done; n = n.Parent {
		walk(n.NextSibling)
	}
	if lead == nil || next == "" {
		return nil
	}
	return &plainLead{box: cloneNode(lead), text: text, next: next}
}

// notLeadWords are the first words (see firstWord) of the short paragraphs
// under a headline that are not its standfirst: a byline, a time, a credit,
// a prompt.
var notLeadWords = map[string]bool{
	"by": true, "from": true, "published": true, "updated": true, "posted": true, "written": true, "last": true,
	"first": true, "share": true, "follow": true, "sign": true, "subscribe": true, "advertisement": true, "listen": true,
	"watch": true, "read": true, "click": true, "tap": true, "this": true, "our": true, "we": true, "get": true,
	"join": true, "support": true, "copyright": true, "reporting": true, "additional": true, "editor": true,
}

// standfirst reports whether paragraph n, with text t, has the form of a
// standfirst: a sentence or two of 6 words or more (40 to 600 characters),
// starting with a capital letter, a digit or a quotation mark, a third of
// its words or more in lower case, not mostly links, without a time element
// or media beside it (see mediaBeside), not beginning as a byline, a time,
// a credit or a prompt does.
func standfirst(n *html.Node, t string) bool {
	if len(t) < 40 || len(t) > 600 || !hasWords(t, 6) || 4*linkText(n) >= len(t) || strings.HasSuffix(t, ":") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune(`"'“‘£$€`, first) {
		return false
	}
	if w := firstWord(n); notLeadWords[w] || furnitureWords[w] {
		return false
	}
	// prose, not a name and a title ("Jane Writer, Home Affairs Editor")
	words, lower := 0, 0
	for i, r := range t { // (t is collapsed: words are apart by one space)
		if i == 0 || t[i-1] == ' ' {
			words++
			if unicode.IsLower(r) {
				lower++
			}
		}
	}
	if lower < 3 || 3*lower < words {
		return false
	}
	if hasTime(n) || mediaBeside(n) || inFigure(n) {
		return false
	}
	return true
}

// hiddenStyle reports whether n's style hides it (display: none,
// visibility: hidden), as Readability.js reads it.
func hiddenStyle(n *html.Node) bool {
	st := attr(n, "style")
	if st == "" {
		return false
	}
	st = strings.ToLower(strings.Join(strings.Fields(st), ""))
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
}

// mediaBeside reports whether a sibling of n is an image or a video, or
// holds one (other paragraphs aside: n may be the first of a long article's,
// whose other paragraphs are not read): n is then its caption.
func mediaBeside(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == n || c.Type != html.ElementNode || c.DataAtom == atom.P {
			continue
		}
		switch c.DataAtom {
		case atom.Img, atom.Figure, atom.Picture, atom.Video, atom.Svg:
			return true
		}
		if hasMedia(c) {
			return true
		}
	}
	return false
}

// hasTime reports whether a <time> element is under n.
func hasTime(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Time || hasTime(c)) {
			return true
		}
	}
	return false
}

// withPlainLead returns text with the standfirst lead put back after its
// headline (or first), when Readability.js left it out and kept the
// paragraph after it as a block near the text's start (within 500 bytes of
// it, the headline aside): the standfirst then stood between the headline
// and the article's body.
func withPlainLead(text, headline string, lead *plainLead) string {
	if lead == nil || strings.Contains(text, lead.text) {
		return text // (most often Readability.js kept it)
	}
	at := strings.Index(text, lead.next)
	if at < 0 || at > len(headline)+500 || at > 0 && text[at-1] != '\n' {
		return text
	}
	root := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
	root.AppendChild(lead.box)
	l := render(root)
	if l == "" || strings.Contains(collapse(text), collapse(l)) {
		return text
	}
	if first, rest, ok := strings.Cut(text, "\n\n"); ok && headline != "" && first == headline {
		return first + "\n\n" + l + "\n\n" + rest
	}
	return l + "\n\n" + text
}

// lead reports whether n, with text t, is named a lead box and has the
// size of one.
func lead(n *html.Node, t string) bool {
	return leadNames.MatchString(names(n)) && len(t) >= 30 && len(t) <= 1500 && 4*linkText(n) < len(t)
}

// holdsLead reports whether a lead box is under n (which is then not taken
// whole: "content__wrapper--standfirst" around the standfirst, a caption).
func holdsLead(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if t, short := textUpTo(c, 1500); short && lead(c, t) || holdsLead(c) {
			return true
		}
	}
	return false
}

// dropMedia removes the figures and captions under n: a standfirst's box
// may hold the main image, which is not the summary.
func dropMedia(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Figure, atom.Figcaption, atom.Picture, atom.Img:
				remove(c)
			default:
				dropMedia(c)
			}
		}
		c = next
	}
}

// cloneNode returns a deep copy of n, without parent or siblings.
func cloneNode(n *html.Node) *html.Node {
	m := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		m.AppendChild(cloneNode(c))
	}
	return m
}

// withLeads returns text with the text of each box that it does not hold
// put before it (after the headline when text begins with it).
func withLeads(text, headline string, boxes []*html.Node) string {
	if len(boxes) == 0 {
		return text
	}
	var leads []string
	flat := collapse(text)
	for _, b := range boxes {
		root := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
		root.AppendChild(b)
		lead := render(root)
		if lead == "" || strings.Contains(flat, collapse(lead)) {
			continue
		}
		leads = append(leads, lead)
	}
	if len(leads) == 0 {
		return text
	}
	lead := strings.Join(leads, "\n\n")
	if first, rest, ok := strings.Cut(text, "\n\n"); ok && headline != "" && first == headline {
		return first + "\n\n" + lead + "\n\n" + rest
	}
	if text == "" {
		return lead
	}
	return lead + "\n\n" + text
}

// withHeadline returns text with the page's headline (its first <h1>) as
// its first line, as a text document has it, when Readability.js left it
// out as the page's title: a figure in a headline is a mention of the
// article ("Net migration falls to 431,000"). A short <h1> (a site's name
// in its logo: "Daily Example") is no headline.
func withHeadline(text, headline string) string {
	if len(strings.Fields(headline)) < 3 || len(headline) > 300 {
		return text
	}
	head := text
	if len(head) > 2*len(headline)+500 {
		head = head[:2*len(headline)+500]
	}
	if strings.Contains(collapse(head), headline) {
		return text
	}
	if text == "" {
		return headline
	}
	return headline + "\n\n" + text
}
