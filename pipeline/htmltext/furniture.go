package htmltext

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropFurniture removes from the article root what Readability.js keeps
// although it is no part of the article's text: lists of links to other
// stories under a heading ("More on this story", "Related topics"), lines
// that point to another story ("READ MORE: Hotel to reopen"), the byline
// before the first paragraph ("By Jane Smith" and the writer's title), and
// image credits ("Image source, PA Media", "Getty Images", "Photograph:
// Jane Smith/PA" at the end of a caption) with the screen-reader labels
// before captions ("Image caption, "). A caption itself stays, a line of
// its own: a figure it repeats is still a mention. What is removed leaves a
// space or an empty block in its place, so the text on either side is never
// run together.
func dropFurniture(root *html.Node) {
	var heads, lines, credits []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			walk(c)
			// (every case is of a short text, and most of one that starts
			// with one of furnitureWords: the others' text is not read)
			t, short := "", false
			if furnitureWords[firstWord(c)] || creditNames.MatchString(names(c)) {
				t, short = textUpTo(c, 300)
			}
			switch {
			case !short, t == "":
			case linkLabel(t) && !hasChildWithText(c, t) && !inLink(c):
				heads = append(heads, c)
			case blockLines[c.Data] > 0 && pointer(c, t):
				lines = append(lines, c)
			case credit(c, t) && !hasChildWithText(c, t):
				credits = append(credits, c)
			}
		}
	}
	walk(root)
	for _, n := range credits {
		remove(n)
	}
	for _, n := range lines {
		remove(n)
	}
	for _, h := range heads {
		dropLinkList(root, h)
	}
	dropCaptionCredits(root)
	dropByline(root)
}

// furnitureWords are the first words of the texts of linkLabels, pointers
// and creditText, in lower case.
var furnitureWords = map[string]bool{
	"more": true, "related": true, "read": true, "you": true, "also": true, "top": true, "most": true, "elsewhere": true,
	"see": true, "recommended": true, "trending": true, "latest": true, "watch": true, "listen": true, "don": true,
	"dont": true, "must": true, "click": true, "image": true, "images": true, "picture": true, "pictures": true,
	"photo": true, "photos": true, "photograph": true, "photographs": true, "media": true, "video": true,
	"credit": true, "credits": true, "getty": true, "pa": true, "reuters": true, "afp": true, "epa": true, "ap": true,
	"shutterstock": true, "alamy": true,
}

// firstWord is the first run of ASCII letters of n's text, in lower case,
// after any white space and "(" ("" when the text starts otherwise).
func firstWord(n *html.Node) string {
	var w []byte
	done := false
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil && !done; c = c.NextSibling {
			if c.Type != html.TextNode {
				walk(c)
				continue
			}
			for i := 0; i < len(c.Data); {
				r, size := utf8.DecodeRuneInString(c.Data[i:])
				switch {
				case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
					w = append(w, byte(r)|0x20)
				case len(w) > 0:
					done = true
					return
				case r != '(' && !unicode.IsSpace(r):
					done = true
					return
				}
				i += size
			}
		}
	}
	walk(n)
	return string(w)
}

// remove takes n out of its parent, leaving an empty block in place of a
// block and a space in place of an inline element.
func remove(n *html.Node) {
	p := n.Parent
	if p == nil {
		return
	}
	var stand *html.Node
	switch blockLines[n.Data] {
	case 0:
		stand = &html.Node{Type: html.TextNode, Data: " "}
	case 1:
		stand = &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
	default:
		stand = &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p"}
	}
	p.InsertBefore(stand, n)
	p.RemoveChild(n)
}

// hasChildWithText reports whether an element child of n has all of n's
// text t (so that the innermost element holding a text is the one taken).
func hasChildWithText(n *html.Node, t string) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && textOf(c) == t {
			return true
		}
	}
	return false
}

// linkLabels are the headings of lists of links to other pages.
var linkLabels = regexp.MustCompile(`(?i)^(more on this (story|topic)|more on this|related (topics|stories|articles|content|links|internet links|reading|coverage)|read more|more stories|more from [\p{L} ]{1,30}|you (may|might) (also )?(like|be interested in)|also read|read next|top stories|most read|most popular|elsewhere on the bbc|elsewhere on [\p{L} ]{1,20}|see also|recommended( for you| stories)?|trending( now)?|latest (news|stories))\s*[:.]?$`)

func linkLabel(t string) bool { return len(t) < 60 && linkLabels.MatchString(t) }

// dropLinkList removes the heading h of a list of links, with the list: the
// largest box around h whose other text is mostly links, and the lists of
// links that follow it. A heading with no links under or after it is kept
// unless nothing follows it: a section headed "Related" may be prose.
func dropLinkList(root, h *html.Node) {
	if h.Parent == nil {
		return // removed with another list
	}
	box := h
	ht := len(textOf(h))
	for p := box.Parent; p != nil && p != root && !isContainer(p); p = p.Parent {
		rest := len(textOf(p)) - ht
		if rest > 0 && 2*linkText(p) < rest {
			break
		}
		box = p
	}
	links := box != h && linkText(box) > 0
	var lists []*html.Node
	for s := box.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" || s.Type == html.CommentNode {
			continue
		}
		if s.Type != html.ElementNode || hasHeading(s) {
			break
		}
		t := len(textOf(s))
		if t == 0 {
			continue
		}
		if 2*linkText(s) < t {
			break
		}
		lists = append(lists, s)
	}
	if !links && len(lists) == 0 && followed(box, root) {
		return
	}
	for _, s := range lists {
		remove(s)
	}
	remove(box)
}

// inLink reports whether n is a link or in one.
func inLink(n *html.Node) bool {
	for m := n; m != nil; m = m.Parent {
		if m.DataAtom == atom.A {
			return true
		}
	}
	return false
}

func isContainer(n *html.Node) bool {
	return n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body
}

// hasHeading reports whether n is or holds a heading.
func hasHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && hasHeading(c) {
			return true
		}
	}
	return false
}

// followed reports whether any text comes after n within root.
func followed(n, root *html.Node) bool {
	for m := n; m != nil && m != root; m = m.Parent {
		for s := m.NextSibling; s != nil; s = s.NextSibling {
			if textOf(s) != "" {
				return true
			}
		}
	}
	return false
}

// linkText is the length of the text in links under n.
func linkText(n *html.Node) int {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		return len(textOf(n))
	}
	size := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		size += linkText(c)
	}
	return size
}

// pointers are the words that begin a line pointing to another story.
var pointers = regexp.MustCompile(`(?i)^(read more|read next|also read|see also|related( stories| articles| story| article| content)?|more( on this( story)?)?|watch|listen|recommended|don'?t miss|must read|click here)(\s*[:\-–—|»>]+\s*|\s+)`)

// pointer reports whether block n (with text t) is a line that points to
// another story: one of pointers and then mostly a link.
func pointer(n *html.Node, t string) bool {
	m := pointers.FindString(t)
	if m == "" || len(t) > 300 {
		return false
	}
	rest := len(t) - len(m)
	if rest <= 0 {
		return false
	}
	if !strings.ContainsAny(m, ":-–—|»>") && !strings.HasPrefix(strings.ToLower(m), "read more") && !strings.HasPrefix(strings.ToLower(m), "see also") {
		return false // "More than 1,100 …", "Watch the video"
	}
	return 2*linkText(n) >= rest
}

// creditNames are class, id and data names of image credits.
var creditNames = regexp.MustCompile(`(?i)credit|copyright|image-?source|photo-?source|attribution`)

// creditText is the text of an image credit, or of a screen-reader label.
var creditText = regexp.MustCompile(`(?i)^((image|picture|photo|media|video) (source|credit)s?\s*[,:]?(\s+.{1,80})?|(image|picture|photo|media|video) captions?\s*[,:]?|(image|picture|photo|photograph|credit)s?:\s+.{1,80}|\(?(getty images|pa media|pa wire|pa|reuters|afp|epa|ap|shutterstock|alamy|afp via getty images|reuters/[\p{L} ]+|pa wire/pa images)\)?)$`)

// credit reports whether n, with text t, is an image credit or label.
func credit(n *html.Node, t string) bool {
	if len(t) > 100 || n.DataAtom == atom.Figure || hasMedia(n) {
		return false
	}
	if creditText.MatchString(t) {
		// a line of its own (not "as Reuters reported"), or in a figure
		return inFigure(n) || textOf(block(n)) == t && utf8.RuneCountInString(t) < 60
	}
	return n.DataAtom != atom.Figcaption && creditNames.MatchString(names(n)) && inFigure(n) // (a caption named "credit" may hold the caption)
}

// block returns n if it is a block, else its nearest block ancestor.
func block(n *html.Node) *html.Node {
	for m := n; m != nil; m = m.Parent {
		if m.Type == html.ElementNode && blockLines[m.Data] > 0 {
			return m
		}
	}
	return n
}

// names is n's class, id and data-component/data-testid names.
func names(n *html.Node) string {
	return strings.TrimSpace(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "data-component") + " " +
		attr(n, "data-testid") + " " + attr(n, "data-gu-name"))
}

var figureNames = regexp.MustCompile(`(?i)image|photo|picture|caption|figure|media`)

// inFigure reports whether n is in a figure, its caption or an image block.
func inFigure(n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p.DataAtom == atom.Figure || p.DataAtom == atom.Figcaption || p.DataAtom == atom.Picture {
			return true
		}
		if nm := names(p); nm != "" && figureNames.MatchString(nm) {
			return true
		}
	}
	return false
}

// captionCredit is a credit at the end of a caption: "Photograph: Jane
// Smith/PA", "(Image: Lincolnshire Echo)".
var captionCredit = regexp.MustCompile(`(?i)\s*(\((image|picture|photo|photograph|credit)s?:\s*[^()]{1,80}\)|\b(image|picture|photo|photograph|credit)s?:\s*[^.:]{1,80})\s*$`)

// dropCaptionCredits removes the credit at the end of a figure's caption.
func dropCaptionCredits(root *html.Node) {
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inCaption bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && inCaption:
				if loc := captionCredit.FindStringIndex(c.Data); loc != nil && strings.TrimSpace(c.Data[:loc[0]]) != "" {
					c.Data = c.Data[:loc[0]]
				}
			case c.Type == html.ElementNode:
				walk(c, inCaption || c.DataAtom == atom.Figcaption)
			}
		}
	}
	walk(root, false)
}

// bylineText is the text of a byline: "By Jane Smith", "By Jane Smith and Tom
// O'Neill, Home Affairs Correspondent".
var bylineText = regexp.MustCompile(`^[Bb]y:?\s+\p{Lu}[\p{L}'’.-]*(\s+(\p{Lu}[\p{L}'’.-]*|de|van|von|al|bin))*\s*($|[,|&–—(-]|\s+and\s|\s+in\s)`)

// dropByline removes the byline that comes before the article's first
// paragraph of prose: the largest box around its "By …" of under 150
// characters (the writer's name and title, as some sites write them apart).
func dropByline(root *html.Node) {
	var found *html.Node
	var walk func(*html.Node) bool // false: stop
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode && len(strings.TrimSpace(c.Data)) > 0 && n.DataAtom == atom.P && !shorter(n, 150) {
				return false // prose began
			}
			if c.Type != html.ElementNode {
				continue
			}
			t, short := textUpTo(c, 150)
			if short && t == "" {
				continue
			}
			if short && bylineText.MatchString(t) && len(t) < 150 && !hasChildWithText(c, t) {
				found = c
				return false
			}
			if !walk(c) {
				return false
			}
		}
		return true
	}
	walk(root)
	if found == nil {
		return
	}
	box := found
	for p := box.Parent; p != nil && p != root && !isContainer(p) && shorter(p, 150) && p.DataAtom != atom.P && !hasMedia(p); p = p.Parent {
		box = p
	}
	remove(box)
}

// shorter reports whether the text of n is shorter than max bytes.
func shorter(n *html.Node, max int) bool {
	t, ok := textUpTo(n, max)
	return ok && len(t) < max
}

// hasMedia reports whether n holds an image or a figure.
func hasMedia(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Img, atom.Figure, atom.Figcaption, atom.Picture, atom.Video, atom.Svg:
			return true
		}
		if hasMedia(c) {
			return true
		}
	}
	return false
}
