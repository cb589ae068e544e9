package extract

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// token is a word, a run of digits (with thousands separators and a
// decimal part) or one punctuation rune. Offsets are code points into the
// document text.
type token struct {
	s, e  int // code points
	bs    int // byte offset of the start
	kind  tokKind
	text  string // as written
	low   string // lower case (words)
	space bool   // whitespace between the previous token and this one
	nl    int    // newlines between the previous token and this one
}

// adjacent reports whether t starts where p ends.
func (t *token) adjacentTo(p *token) bool { return !t.space && t.nl == 0 && p.e == t.s }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// tokenize splits text into tokens. runes is the text as code points.
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	cp := 0 // code point index
	space, nl := false, 0
	i := 0
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			nl++
			space = true
			i += sz
			cp++
		case unicode.IsSpace(r):
			space = true
			i += sz
			cp++
		case r >= '0' && r <= '9':
			start, startCP := i, cp
			j, jcp := scanNumber(text, i, cp)
			toks = append(toks, token{s: startCP, e: jcp, bs: start, kind: tNum, text: text[start:j], space: space, nl: nl})
			i, cp = j, jcp
			space, nl = false, 0
		case unicode.IsLetter(r):
			start, startCP := i, cp
			j, jcp := i+sz, cp+1
			for j < len(text) {
				r2, sz2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsMark(r2) {
					j += sz2
					jcp++
					continue
				}
				// an apostrophe inside a word: "Keir's", "don't"
				if isApostrophe(r2) && j+sz2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+sz2:])
					if unicode.IsLetter(r3) {
						j += sz2
						jcp++
						continue
					}
				}
				break
			}
			w := text[start:j]
			toks = append(toks, token{s: startCP, e: jcp, bs: start, kind: tWord, text: w, low: lower(w), space: space, nl: nl})
			i, cp = j, jcp
			space, nl = false, 0
		default:
			toks = append(toks, token{s: cp, e: cp + 1, bs: i, kind: tPunct, text: text[i : i+sz], low: text[i : i+sz], space: space, nl: nl})
			i += sz
			cp++
			space, nl = false, 0
		}
	}
	return toks
}

// scanNumber reads digits with optional thousands groups (",ddd") and an
// optional decimal part starting at byte i (code point cp).
func scanNumber(text string, i, cp int) (int, int) {
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	intDigits := j - i
	// thousands groups: ",ddd" not followed by another digit
	if intDigits <= 3 {
		for j+4 <= len(text) && text[j] == ',' &&
			isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) &&
			(j+4 == len(text) || !isDigit(text[j+4])) {
			j += 4
		}
	}
	// decimal part
	if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
		j++
		for j < len(text) && isDigit(text[j]) {
			j++
		}
	}
	return j, cp + (j - i) // all ASCII
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// lower lower-cases a word, without allocating for words already in lower
// case ASCII.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return lowerSlow(w)
		}
	}
	return w
}

func lowerSlow(w string) string {
	b := make([]rune, 0, len(w))
	for _, r := range w {
		if r == '’' {
			r = '\''
		}
		b = append(b, unicode.ToLower(r))
	}
	return string(b)
}
