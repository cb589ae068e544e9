package htmltext

import (
	"regexp"
	"strings"

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
func leadBoxes(doc *html.Node) (headline string, boxes []*html.Node) {
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
		return "", nil
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
	return textOf(h1), boxes
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
