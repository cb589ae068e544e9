package extract

// span is a half-open range of token indexes.
type span struct{ a, b int }

// abbreviations after which a full stop does not end a sentence (the
// vocabulary flags them: fAbbrev).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "prof": true, "sgt": true, "gen": true,
	"no": true, "nos": true, "c": true, "ca": true, "approx": true, "vs": true, "v": true, "e": true, "g": true,
	"i": true, "etc": true, "jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "rev": true, "cllr": true, "supt": true, "insp": true, "det": true, "col": true, "lt": true,
}

// maxSentence is the length in tokens past which a sentence is cut
// (sentences): the longest of the labelled articles' 53,000 sentences has
// 93 tokens.
const maxSentence = 200

// sentences splits tokens into sentences: a line break always ends one; a
// full stop, question or exclamation mark ends one when the next token
// starts a new sentence (upper case, a quote mark or a digit) and the word
// before it is not an abbreviation or an initial.
func sentences(toks []token, out []span) []span {
	out = out[:0]
	start := 0
	for i := 0; i < len(toks); i++ {
		// (most tokens are words within a line, in a sentence of no great
		// length: none of the tests below holds for them, and they are
		// passed over in a loop of their own)
		for end := min(len(toks), start+maxSentence+maxSentence/4-1); i < end && toks[i].kind == tWord && toks[i].nl == 0; i++ {
		}
		if i == len(toks) {
			break
		}
		if i > start && toks[i].nl > 0 {
			out = append(out, span{start, i})
			start = i
		}
		t := &toks[i]
		// a "sentence" longer than any in prose (a data dump, a table on
		// one line) is cut after a comma, semicolon, colon or bar, or at
		// worst anywhere: much of the reading of a figure looks over its
		// whole sentence, so a sentence of n figures would take time in
		// n², and a document of 16 MiB of them hours
		if n := i + 1 - start; n >= maxSentence && (t.kind == tPunct && (t.low == "," || t.low == ";" || t.low == ":" || t.low == "|") || n >= maxSentence+maxSentence/4) {
			out = append(out, span{start, i + 1})
			start = i + 1
			continue
		}
		if t.kind != tPunct || (t.low != "." && t.low != "!" && t.low != "?") {
			continue
		}
		// take closing quote marks and brackets that follow the stop
		j := i + 1
		for j < len(toks) && toks[j].kind == tPunct && toks[j].adjacentTo(&toks[j-1]) && isCloser(toks[j].low) {
			j++
		}
		if j >= len(toks) {
			break
		}
		next := &toks[j]
		if next.nl > 0 || !next.space {
			continue
		}
		if t.low == "." && i > 0 && toks[i-1].kind == tWord && toks[i-1].e == t.s {
			w := toks[i-1].low
			if toks[i-1].flags&fAbbrev != 0 { // (one of abbreviations, as the vocabulary flags it)
				continue
			}
			// a reference's page, "Accounts 2023-24, p. 112", "pp. 12-14"
			// (not the pence of "it cost 40p. 2,000 people")
			if (w == "p" || w == "pp") && toks[i-1].space {
				continue
			}
			if toks[i-1].e-toks[i-1].s == 1 && toks[i-1].upper {
				continue // an initial: "J. Smith"
			}
		}
		if !startsSentence(next) {
			continue
		}
		out = append(out, span{start, j})
		start = j
		i = j - 1
	}
	if start < len(toks) {
		out = append(out, span{start, len(toks)})
	}
	return out
}

func isCloser(s string) bool {
	switch s {
	case "\"", "'", "”", "’", ")", "]":
		return true
	}
	return false
}

func isOpener(s string) bool {
	switch s {
	case "\"", "'", "“", "‘", "(", "[":
		return true
	}
	return false
}

func startsSentence(t *token) bool {
	switch t.kind {
	case tNum:
		return true
	case tPunct:
		return isOpener(t.low) || t.low == "£" || t.low == "$" || t.low == "€"
	}
	return t.upper
}

// maxFigureLine is the most tokens a line that holds a figure alone may
// have ("- around £4.7 billion", "between 4,000 and 5,000").
const maxFigureLine = 8

// joinFigureLines joins a figure set out on a line of its own to the line
// under it that describes it, as the key facts of official reports are
// laid out:
//
//	£4.7bn
//	spent on asylum support in 2024-25
//
// so that the figure is read as opening its description's sentence ("£4.7bn
// spent on asylum support in 2024-25"): with its measure's cues, its unit
// noun and its period. The figure's line must hold nothing but one figure
// as the recogniser reads it (with its hedge, currency and per cent sign;
// after a list's bullet at most), and the next line, straight under it,
// must start with a lower-case word and be no figure of its own; neither
// may be page furniture. One blank line may come between them, as a web
// page's key facts in paragraphs of their own give it ("<p>111,084</p>
// <p>people claimed asylum …</p>"): a paragraph does not open in lower
// case. A heading, a year or a numbered section ("3."), a figure after
// words on its line and a figure over a capitalised line are left alone.
// Sentences are spans of tokens, so offsets are untouched.
func (d *docState) joinFigureLines() {
	ss := d.sents
	n := 0
	for si := 0; si < len(ss); si++ {
		s := ss[si]
		if si+1 < len(ss) && d.figureOverDescription(s, ss[si+1]) {
			s.b = ss[si+1].b
			si++
		}
		ss[n] = s
		n++
	}
	d.sents = ss[:n]
}

// figureOverDescription reports whether sentence s is a line that holds a
// figure alone and sentence t, which follows it, starts the next line
// with the figure's description (joinFigureLines).
func (d *docState) figureOverDescription(s, t span) bool {
	toks := d.toks
	if s.a > 0 && toks[s.a].nl == 0 || t.a != s.b || toks[t.a].nl != 1 && toks[t.a].nl != 2 || s.b-s.a > maxFigureLine {
		return false
	}
	if w := &toks[t.a]; w.kind != tWord || w.upper {
		return false
	}
	a := s.a
	switch toks[a].low {
	case "-", "•", "*", "–":
		a++ // a list's item
	}
	if !d.figureAlone(span{a, s.b}) || d.figureAlone(t) {
		return false
	}
	return !d.isFurniture(s.a) && !d.isFurniture(t.a)
}

// figureAlone reports whether the recogniser reads span s as one figure
// and nothing else.
func (d *docState) figureAlone(s span) bool {
	if s.a >= s.b {
		return false
	}
	hasNum := false
	for k := s.a; k < s.b; k++ {
		hasNum = hasNum || d.toks[k].kind == tNum
	}
	if !hasNum {
		return false
	}
	r := newRecogniser(d.toks, d.text, s.a, s.b)
	d.qs = r.recognise(d.qs[:0])
	return len(d.qs) == 1 && d.qs[0].ts == s.a && d.qs[0].te == s.b
}
