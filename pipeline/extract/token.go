package extract

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// token is a word, a run of digits (with thousands separators and a
// decimal part) or one punctuation rune. Offsets are code points into the
// document text. A token does not keep its text as written: it is
// text[bs:be] of the document (token.str), and for punctuation it is low.
// The fields are ordered so that a token takes 56 bytes; offsets are 32-bit,
// as Extract reads no text longer than MaxTextBytes.
type token struct {
	low    string    // lower case (words); as written (punctuation); "" (numbers)
	info   *wordInfo // nil when the lexicons know nothing of it
	flags  uint64    // what the lexicons know of the word (info.flags), and fStem
	s, e   int32     // code points
	bs, be int32     // bytes
	nl     int32     // newlines between the previous token and this one (at most MaxInt32)
	kind   tokKind
	space  bool // whitespace between the previous token and this one
	upper  bool // a word whose first letter is upper case
	folded bool // a word whose lower-case form is not its text
}

// str returns the token as written in the document text.
func (t *token) str(text string) string { return text[t.bs:t.be] }

// adjacent reports whether t starts where p ends.
func (t *token) adjacentTo(p *token) bool { return !t.space && t.nl == 0 && p.e == t.s }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// tokenize splits text into tokens, reusing toks. vocab flags the words the
// lexicons know, so that later stages look a word up once. Lower-case forms
// of words are written into low, which must not be shared while the tokens
// are in use.
func tokenize(text string, toks []token, vocab *wordTable, low *lowerBuf) []token {
	toks = toks[:0]
	if cap(toks) == 0 {
		toks = make([]token, 0, len(text)/5+16)
	}
	low.reset(len(text))
	cp := 0 // code point index
	space, nl := false, int32(0)
	i := 0
	for i < len(text) {
		c := text[i]
		if c == ' ' {
			// (the commonest byte, before the work of the switch)
			space = true
			i++
			cp++
			continue
		}
		r, sz := rune(c), 1
		if c >= utf8.RuneSelf {
			r, sz = utf8.DecodeRuneInString(text[i:])
		}
		// (a letter first: most tokens are words; a rune is never both a
		// letter and a space, so the order of the cases changes nothing)
		switch {
		case asciiLetter[c] != 0 || c >= utf8.RuneSelf && unicode.IsLetter(r):
			start, startCP := i, cp
			j, jcp := i+sz, cp+1
			ascii := c < utf8.RuneSelf
			letters := asciiLetter[c] // the cases of its ASCII letters
			for j < len(text) {
				// (a run of ASCII letters in a loop of its own: most
				// words are all of one)
				run := j
				for j < len(text) {
					k := asciiLetter[text[j]]
					if k == 0 {
						break
					}
					letters |= k
					j++
				}
				jcp += j - run
				if j == len(text) {
					break
				}
				c2 := text[j]
				if c2 < utf8.RuneSelf && c2 != '\'' {
					break
				}
				r2, sz2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsMark(r2) {
					ascii = false
					j += sz2
					jcp++
					continue
				}
				// an apostrophe inside a word: "Keir's", "don't"
				if isApostrophe(r2) && j+sz2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+sz2:])
					if unicode.IsLetter(r3) {
						ascii = ascii && r2 == '\''
						j += sz2
						jcp++
						continue
					}
				}
				break
			}
			w := text[start:j]
			l, folded := w, false // (an ASCII word in lower case, most words: no call)
			if !ascii || letters&upperLetter != 0 {
				l, folded = low.lower(w, ascii, letters&upperLetter != 0)
			}
			// (the token is filled in place, field by field: a composite
			// literal was built on the stack and copied into toks, a
			// tenth of the tokenizer's instructions)
			toks = append(toks, token{})
			tk := &toks[len(toks)-1]
			tk.s, tk.e, tk.bs, tk.be = int32(startCP), int32(jcp), int32(start), int32(j)
			tk.kind, tk.low, tk.space, tk.nl, tk.folded = tWord, l, space, nl, folded
			if ascii {
				tk.upper = c >= 'A' && c <= 'Z'
			} else {
				r, _ := utf8.DecodeRuneInString(w)
				tk.upper = unicode.IsUpper(r)
			}
			// (the first eight bytes of the word in lower case, for the
			// vocabulary: packed from l once it is made, not letter by
			// letter while the word is scanned)
			if tw := vocab.lookup(l, pack8(l)); tw != nil {
				tk.flags, tk.info = tw.flags, tw.info
			}
			if vocab.mayStem(l) {
				tk.flags |= fStem
			}
			i, cp = j, jcp
			space, nl = false, 0
		case c == '\n':
			if nl < math.MaxInt32 {
				nl++
			}
			space = true
			i++
			cp++
		case c == ' ' || c == '\t' || c == '\r' || c >= utf8.RuneSelf && unicode.IsSpace(r):
			space = true
			i += sz
			cp++
		case c >= '0' && c <= '9':
			start, startCP := i, cp
			j, jcp := scanNumber(text, i, cp)
			toks = append(toks, token{s: int32(startCP), e: int32(jcp), bs: int32(start), be: int32(j), kind: tNum, space: space, nl: nl})
			i, cp = j, jcp
			space, nl = false, 0
		default:
			p := text[i : i+sz]
			toks = append(toks, token{}) // (filled in place, as a word's)
			tk := &toks[len(toks)-1]
			tk.s, tk.e, tk.bs, tk.be = int32(cp), int32(cp+1), int32(i), int32(i+sz)
			tk.kind, tk.low, tk.space, tk.nl = tPunct, p, space, nl
			if c >= utf8.RuneSelf || c == '$' || c == '-' || c == '~' { // currency signs; hyphens in phrases; "~700"
				if tw := vocab.lookup(p, pack8(p)); tw != nil {
					tk.flags, tk.info = tw.flags, tw.info
				}
			}
			i += sz
			cp++
			space, nl = false, 0
		}
	}
	return toks
}

// asciiLetter tells the ASCII letters: lowerLetter or upperLetter, 0 for
// any other byte.
var asciiLetter = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = lowerLetter, upperLetter
	}
	return t
}()

const (
	lowerLetter = 1 << iota
	upperLetter
)

// lowerBuf holds the lower-case forms of a document's words in one block
// of memory, so that lower-casing allocates once per document, not once per
// capitalised word.
type lowerBuf struct {
	b []byte
}

func (l *lowerBuf) reset(n int) {
	if cap(l.b) < n {
		l.b = make([]byte, 0, n+n/4)
	}
	l.b = l.b[:0]
}

// lower returns w in lower case, and whether that is not w. upper tells
// whether an ASCII w has an upper-case letter.
func (l *lowerBuf) lower(w string, ascii, upper bool) (string, bool) {
	if !ascii {
		lw := lowerSlow(w)
		return lw, lw != w
	}
	if !upper {
		return w, false
	}
	if len(l.b)+len(w) > cap(l.b) {
		return lowerSlow(w), true // never grow: strings already handed out point into b
	}
	start := len(l.b)
	l.b = l.b[:start+len(w)] // (written in place: no test of room byte by byte)
	b := l.b[start:]
	for i := range b {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return unsafe.String(&b[0], len(w)), true
}

// scanNumber reads digits with optional thousands groups (",ddd") and an
// optional decimal part starting at byte i (code point cp).
func scanNumber(text string, i, cp int) (int, int) {
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	intDigits := j - i
	extra := 0 // bytes of the separators beyond one code point each
	// thousands groups: ",ddd" not followed by another digit; or groups
	// after a no-break or thin space ("12 345", as some styles and
	// continental copy write them; never after a plain space)
	if intDigits <= 3 {
		for {
			n := 0
			switch {
			case j < len(text) && text[j] == ',':
				n = 1
			case strings.HasPrefix(text[j:], "\u00a0"), strings.HasPrefix(text[j:], "\u202f"), strings.HasPrefix(text[j:], "\u2009"):
				_, n = utf8.DecodeRuneInString(text[j:])
			}
			if n == 0 || j+n+3 > len(text) || !isDigit(text[j+n]) || !isDigit(text[j+n+1]) || !isDigit(text[j+n+2]) ||
				j+n+3 < len(text) && isDigit(text[j+n+3]) {
				break
			}
			j += n + 3
			extra += n - 1
		}
	}
	// decimal part
	if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
		j++
		for j < len(text) && isDigit(text[j]) {
			j++
		}
	}
	return j, cp + (j - i) - extra // ASCII but for the spaces between groups
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// lowerSlow lower-cases a word with non-ASCII letters, writing ’ as '.
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
