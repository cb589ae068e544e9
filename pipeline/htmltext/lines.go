package htmltext

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// joinBreaks turns into a space each single <br> of a paragraph that is in
// running text, since the extractor reads a line end as a paragraph's: one
// inside a sentence (the line before does not end one, and the line after
// begins in lower case or with a figure, or the line before ends with a
// word that cannot end one: "the", "of", "and"), or between two sentences
// of prose (both lines of eight words or more). A paragraph whose lines are
// all short (an address, a list of "Eritrea: 3,880" lines), a line ending
// in a colon or semicolon (a list follows), lines that do not run on
// ("Eritrea: 3,880<br>Sudan: 2,100") and two <br> in a row keep their
// breaks.
func joinBreaks(root *html.Node) {
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.P {
				joinParagraph(c)
			} else {
				walk(c)
			}
		}
	}
	walk(root)
}

func joinParagraph(p *html.Node) {
	// the paragraph's lines, and the <br> after each
	var lines []string
	var brs []*html.Node
	var cur strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				cur.WriteString(c.Data)
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Br:
				lines = append(lines, cur.String())
				brs = append(brs, c)
				cur.Reset()
			case blockLines[c.Data] > 0:
				return // a block in a paragraph: leave it
			default:
				walk(c)
			}
		}
	}
	walk(p)
	if len(brs) == 0 {
		return
	}
	lines = append(lines, cur.String())
	for i := range lines {
		lines[i] = collapse(lines[i])
	}
	long := false
	for _, l := range lines {
		if len(strings.Fields(l)) > 6 {
			long = true
		}
	}
	if !long {
		return
	}
	for i, br := range brs {
		before, after := lines[i], lines[i+1]
		if before == "" || after == "" {
			continue // two <br> in a row, or one at an end
		}
		if midSentence(before, after) {
			br.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: " "}, br)
			br.Parent.RemoveChild(br)
		}
	}
}

var openWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "to": true, "for": true, "and": true, "or": true,
	"by": true, "from": true, "with": true, "at": true, "on": true, "than": true, "as": true, "that": true,
	"which": true, "who": true, "whose": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true, "had": true,
	"but": true, "into": true, "about": true, "some": true, "more": true, "less": true, "fewer": true, "nearly": true, "almost": true,
}

// listItem is the start of an item of a list: "2. Norway", "(3) If",
// "- Eritrea".
var listItem = regexp.MustCompile(`^(\d{1,3}[.)]\s|\(\w{1,3}\)|[-–•*·]\s)`)

// midSentence reports whether a line break between before and after is
// inside a sentence.
func midSentence(before, after string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, `"'”’)]`))
	if strings.ContainsRune(":;", last) {
		return false // a list follows
	}
	if strings.ContainsRune(".!?…", last) {
		// a sentence ends: the next is of the same paragraph when both
		// lines are prose, not the short lines of a list or a verse
		return len(strings.Fields(before)) >= 8 && len(strings.Fields(after)) >= 8
	}
	words := strings.Fields(before)
	if len(words) < 4 || listItem.MatchString(after) {
		return false // a label or a line of code; an item of a list
	}
	first, _ := utf8.DecodeRuneInString(after)
	if unicode.IsLower(first) || unicode.IsDigit(first) || strings.ContainsRune("£$€", first) {
		return true
	}
	return openWords[strings.ToLower(words[len(words)-1])]
}

// flattenDefinitions writes each definition list of short terms (a box of
// key figures: <dt>Asylum claims</dt><dd>91,000</dd>) as a line per term,
// "Term: definition", so that a figure keeps its label; render.InnerText
// put the term and the definition on lines of their own. A list whose terms
// or definitions hold blocks (paragraphs of a glossary) is left as it is.
func flattenDefinitions(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.DataAtom == atom.Dl && dataTable(c) && pairs(c) {
			var lines []string
			var term string
			var defs []string
			flush := func() {
				if term == "" && len(defs) == 0 {
					return
				}
				line := strings.Join(defs, "; ")
				if term != "" {
					sep := ": "
					if strings.HasSuffix(term, ":") || line == "" {
						sep = " "
					}
					line = strings.TrimSpace(term + sep + line)
				}
				lines = append(lines, line)
				term, defs = "", nil
			}
			var items func(*html.Node)
			items = func(m *html.Node) {
				for d := m.FirstChild; d != nil; d = d.NextSibling {
					switch {
					case d.Type != html.ElementNode:
					case d.DataAtom == atom.Dt:
						if len(defs) > 0 {
							flush()
						}
						if t := textOf(d); t != "" {
							term = strings.TrimSpace(term + " " + t)
						}
					case d.DataAtom == atom.Dd:
						if t := textOf(d); t != "" {
							defs = append(defs, t)
						}
					default:
						items(d) // a <div> around a term and its definitions
					}
				}
			}
			items(c)
			flush()
			n.InsertBefore(linesBlock(lines), c)
			n.RemoveChild(c)
		} else {
			flattenDefinitions(c)
		}
		c = next
	}
}

// pairs reports whether definition list dl is of terms each with one
// definition (not a list of <dd> alone, as Wikipedia indents with).
func pairs(dl *html.Node) bool {
	var seq []atom.Atom
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for d := m.FirstChild; d != nil; d = d.NextSibling {
			switch {
			case d.Type != html.ElementNode:
			case d.DataAtom == atom.Dt || d.DataAtom == atom.Dd:
				seq = append(seq, d.DataAtom)
			default:
				walk(d)
			}
		}
	}
	walk(dl)
	if len(seq) == 0 || len(seq)%2 != 0 {
		return false
	}
	for i := 0; i < len(seq); i += 2 {
		if seq[i] != atom.Dt || seq[i+1] != atom.Dd {
			return false
		}
	}
	return true
}
