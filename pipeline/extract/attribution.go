// Reported speech and attribution: quotations, speakers and sources.

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// attribute works out who states each token: the speaker of a quotation,
// which may run over several paragraphs, or the source named in reported
// speech ("according to the ONS", "X said").
func (d *docState) attribute() {
	d.voice = resize(d.voice, len(d.toks))
	d.sentQuote = resize(d.sentQuote, len(d.sents))
	d.sentOut = resize(d.sentOut, len(d.sents))
	d.sentSrc = resize(d.sentSrc, len(d.sents))
	inQuote := false
	quoteSpeaker := ""
	last := &lastName{d: d, sent: -1}
	for si, s := range d.sents {
		startPara := si == 0 || d.toks[s.a].nl > 0
		if startPara {
			// a quotation carries on into a paragraph that opens with a quote mark
			if !isOpenQuote(d.toks[s.a].low) {
				inQuote = false
				quoteSpeaker = ""
			} else if !inQuote {
				quoteSpeaker = ""
			}
		}
		// a person who opens a sentence is whom a later "she said" means
		if s.b-s.a > 2 && d.toks[s.a].kind == tWord && d.toks[s.a+1].kind == tWord && isUpperWord(&d.toks[s.a]) && isUpperWord(&d.toks[s.a+1]) {
			last.sent = si // worked out only if a pronoun needs it
		}
		outside, from := d.reported(s.a, s.b, last)
		// a speaker named in this sentence also owns its quotation
		if outside != "" {
			quoteSpeaker = outside
		} else if quoteSpeaker == "" && startPara && isOpenQuote(d.toks[s.a].low) {
			// the speaker may be named after the quotation: "“...,” she said."
			quoteSpeaker = d.speakerAhead(si, last)
		}
		d.sentQuote[si], d.sentOut[si] = d.sourceName(quoteSpeaker), d.sourceName(outside)
		for i := s.a; i < s.b; i++ {
			if d.toks[i].kind == tPunct {
				switch d.quoteMark(i, inQuote) {
				case 1:
					inQuote = true
				case -1:
					inQuote = false
				}
			}
			switch {
			case inQuote:
				d.voice[i] = 1
			case i >= from:
				d.voice[i] = 2
			}
		}
	}
	d.sourceLines()
}

// sourceLines gives the figures of a chart or a box of figures the source
// named on the line under it ("Source: Home Office", "Net migration, year
// to June (thousands). Source: ONS"): the sentences before the line's
// "Source:" on its own line, and those of the lines above it up to a blank
// line, a line of prose (a sentence of more than maxBoxWords words that
// ends in a full stop) or the box's maxBoxLines lines. A figure that a
// quotation or a sentence's own source already attributes keeps that
// (sentSrc is read only for the publisher's voice).
func (d *docState) sourceLines() {
	for si := range d.sents {
		name := d.sourceLine(si)
		if name == "" {
			continue
		}
		lines := 0
		for k := si - 1; k >= 0; k-- {
			if nl := d.toks[d.sents[k+1].a].nl; nl >= 2 {
				break
			} else if nl == 1 {
				if lines++; lines > maxBoxLines {
					break
				}
			}
			if d.prose(k) {
				break
			}
			if d.sentSrc[k] == "" {
				d.sentSrc[k] = name
			}
		}
	}
}

// maxBoxLines is how many lines above a "Source:" line it speaks for, and
// maxBoxWords how many words a line of a box may have before it reads as
// prose.
const (
	maxBoxLines = 12
	maxBoxWords = 20
)

// sourceLine returns the source that sentence si names when it is a
// "Source: X" or "Sources: X; Y" line (the first source), or "". The name
// is a run of capitalised words: "Home Office" of "Source: Home Office
// immigration statistics, year ending June 2025"; not "Long" of "Source:
// Long-term international migration estimates".
func (d *docState) sourceLine(si int) string {
	s := d.sents[si]
	if s.b-s.a < 3 {
		return ""
	}
	t := &d.toks[s.a]
	if t.kind != tWord || !isUpperWord(t) || t.low != "source" && t.low != "sources" || d.toks[s.a+1].low != ":" {
		return ""
	}
	end := s.a + 2
	for end < s.b && (end == s.a+2 || d.toks[end].nl == 0) {
		end++
	}
	name := d.capRun(s.a+2, end, 1)
	if name == "" {
		return ""
	}
	if j := d.tokenAfter(s.a+2, name); j < end && d.toks[j].low == "-" && d.toks[j].adjacentTo(&d.toks[j-1]) {
		return ""
	}
	// "Source: ONS Labour Force Survey", "Source: OBR Economic and fiscal
	// outlook": the body the abbreviation names
	if first, _, more := strings.Cut(name, " "); more {
		if _, ok := d.x.lx.sources[first]; ok {
			return d.sourceName(first)
		}
	}
	return d.sourceName(name)
}

// tokenAfter returns the index of the first token after the run of text
// name that starts at token i.
func (d *docState) tokenAfter(i int, name string) int {
	e := d.toks[i].s + int32(utf8.RuneCountInString(name))
	for i < len(d.toks) && d.toks[i].s < e {
		i++
	}
	return i
}

// prose reports whether sentence k reads as a sentence of prose, not a
// line of a box or chart: more than maxBoxWords words, ending in a full
// stop.
func (d *docState) prose(k int) bool {
	s := d.sents[k]
	words := 0
	for i := s.a; i < s.b; i++ {
		if d.toks[i].kind == tWord {
			words++
		}
	}
	return words > maxBoxWords && d.toks[s.b-1].low == "."
}

// sourceName is the name attributed_to gives a source the text calls
// name: the body's full name for an abbreviation ("ONS"), as sources.json
// lists them; else name.
func (d *docState) sourceName(name string) string {
	if name == "" {
		return "" // (most sentences name none; sources.json has no alias of "")
	}
	if full, ok := d.x.lx.sources[name]; ok {
		return full
	}
	return name
}

func isOpenQuote(s string) bool { return s == "“" || s == "\"" || s == "‘" }

// speakerAhead looks in the next few sentences of the paragraph for "X said".
func (d *docState) speakerAhead(si int, last *lastName) string {
	for k := si; k < len(d.sents) && k < si+3; k++ {
		if k > si && d.toks[d.sents[k].a].nl > 0 {
			break
		}
		if sp, _ := d.reported(d.sents[k].a, d.sents[k].b, last); sp != "" {
			return sp
		}
	}
	return ""
}

var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "warned": true, "claimed": true, "insisted": true,
	"explained": true, "stated": true, "argued": true, "revealed": true, "admitted": true, "announced": true,
	// "The Migration Observatory estimates …", "the OBR forecasts …"
	"estimates": true, "estimated": true, "forecasts": true, "predicts": true, "predicted": true, "calculated": true,
	"calculates": true, "reported": true, "reports": true,
}

// sourceAdjectives are the words that open a sentence before a source
// noun or a verb of speech without naming a source ("Official figures
// show", "Official estimates show").
var sourceAdjectives = map[string]bool{"official": true, "new": true, "latest": true, "recent": true, "provisional": true,
	"final": true, "published": true, "revised": true, "updated": true, "these": true, "those": true}

// plainAdjectives are words that, alone at the start of a sentence before
// a source noun, say what kind of figures they are and not whose
// ("Conservative estimates put", "Rough estimates suggest", "Their figures
// show"); within a longer name they may be part of it ("National Audit
// Office", "Independent Age").
var plainAdjectives = map[string]bool{"conservative": true, "rough": true, "early": true, "earlier": true, "later": true, "naive": true,
	"naïve": true, "separate": true, "other": true, "further": true, "more": true, "some": true, "initial": true, "preliminary": true,
	"unofficial": true, "internal": true, "leaked": true, "previous": true, "similar": true, "comparable": true, "alternative": true,
	"higher": true, "lower": true, "central": true, "best": true, "worst": true, "most": true, "many": true, "several": true, "both": true,
	"all": true, "annual": true, "monthly": true, "quarterly": true, "weekly": true, "daily": true, "raw": true, "experimental": true,
	"projected": true, "detailed": true, "crude": true, "tentative": true, "cautious": true, "optimistic": true, "pessimistic": true,
	"gloomy": true, "grim": true, "stark": true, "shocking": true, "startling": true, "alarming": true, "damning": true, "disputed": true,
	"fresh": true, "current": true, "historical": true, "historic": true, "older": true, "such": true, "their": true, "our": true,
	"its": true, "his": true, "her": true, "my": true, "your": true, "the": true, "accurate": true, "reliable": true, "full": true,
	"partial": true, "headline": true, "underlying": true, "seasonally": true, "adjusted": true, "local": true, "regional": true}

// showVerbs are the verbs by which figures show what a source says
// ("Home Office figures show", "ONS data suggest").
var showVerbs = map[string]bool{"show": true, "showed": true, "shows": true, "shown": true, "suggest": true, "suggests": true,
	"suggested": true, "reveal": true, "reveals": true, "revealed": true, "indicate": true, "indicates": true}

// foreignBodies are the nouns that, after a capitalised adjective, name a
// nation's body that a figure is said by ("French authorities said",
// "Belgian police say").
var foreignBodies = map[string]bool{"authorities": true, "officials": true, "police": true, "prosecutors": true, "coastguard": true,
	"government": true, "ministers": true, "officers": true}

var sourceNouns = map[string]bool{"figures": true, "data": true, "statistics": true, "estimates": true, "analysis": true, "research": true,
	"sources": true, "study": true, "report": true, "survey": true, "review": true, "poll": true, "audit": true}

// showNouns are the source nouns that name whose figures they are before a
// verb of showing ("Home Office figures show", "Home Office sources
// suggested"; not "Council report shows", a headline's capital).
var showNouns = map[string]bool{"figures": true, "data": true, "statistics": true, "estimates": true, "analysis": true, "research": true, "sources": true}

// studyNouns are the works whose author "by" names: "An analysis by the
// IPPR found", "research by the Migration Observatory".
var studyNouns = map[string]bool{"analysis": true, "research": true, "study": true, "report": true, "survey": true,
	"review": true, "poll": true, "audit": true, "figures": true, "data": true, "estimates": true}
var speakerTitles = map[string]bool{"spokesperson": true, "spokesman": true, "spokeswoman": true, "source": true, "minister": true, "secretary": true}
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true}

// reported finds who a sentence reports, outside quotation marks, and the
// token from which that holds ("Home Office figures show ..." holds for
// what follows it; "X said" for the whole sentence).
func (d *docState) reported(a, b int, last *lastName) (string, int) {
	depth := false
	for i := a; i < b; i++ {
		t := &d.toks[i]
		if t.kind == tPunct { // quoteMark is 0 for any other token
			switch d.quoteMark(i, depth) {
			case 1:
				depth = true
			case -1:
				depth = false
			}
		}
		if depth || t.kind != tWord || t.flags&(fSpeech|fSource) == 0 {
			continue
		}
		if t.low == "according" && i+1 < b && d.toks[i+1].low == "to" {
			k := i + 2
			if k < b && d.toks[k].low == "the" {
				k++
			}
			if name := d.capRun(k, b, 1); name != "" {
				return name, a
			}
			// "according to research by the University of Oxford's
			// Migration Observatory": the author of the work
			if name := d.authorAfter(k, b); name != "" {
				return name, a
			}
		}
		// "An analysis by the IPPR found", "A survey by YouGov suggests":
		// the author of the work the sentence reports
		// ("Home Office figures obtained by the Gazette": whose figures)
		if t.flags&fSource != 0 && studyNouns[t.low] && i+1 < b && (d.toks[i+1].low == "by" || byParticiples[d.toks[i+1].low]) {
			name := d.authorAfter(i, b)
			if owner := d.capRunBack(i-1, a); name != "" && owner != "" {
				// ("Analysis of Home Office data by Skyreach News": the data's
				// owner, past the work's name)
				if w, rest, ok := strings.Cut(owner, " of "); ok && studyNouns[strings.ToLower(w)] {
					owner = rest
				}
				name = strings.TrimSuffix(strings.TrimSuffix(owner, "'s"), "’s")
			}
			if name != "" {
				return name, a
			}
		}
		// "The US admitted 100,000 refugees": let in, not said
		// (not "Officials admitted in 2024 that …")
		if (t.low == "admitted" || t.low == "admits" || t.low == "admit") && d.countAfter(i+1, b) {
			continue
		}
		if t.flags&fSpeech != 0 && t.low != "according" { // speechVerbs[t.low]
			// "French authorities said", "Belgian police say": the
			// nation's body, named by its adjective ("Home Office
			// officials said": the body the name before them names)
			if i-2 >= a && foreignBodies[d.toks[i-1].low] && d.toks[i-2].kind == tWord && isUpperWord(&d.toks[i-2]) && !(i-2 == a && plainAdjectives[d.toks[i-2].low]) {
				if name := d.capRunBack(i-2, a); name != "" {
					if !strings.Contains(name, " ") {
						name += " " + d.toks[i-1].low
					}
					last.set(name)
					return name, a
				}
			}
			if name := d.capRunBack(i-1, a); name != "" {
				if inLower(pronouns, name) {
					return last.get(), a
				}
				name = stripTitle(name)
				last.set(name)
				return name, a
			}
			// "…," the Home Secretary, Yvette Cooper, told MPs": the name
			// set off by commas right before the verb
			if i-2 > a && d.toks[i-1].low == "," && d.toks[i-2].kind == tWord {
				if name := d.capRunBack(i-2, a); name != "" && !inLower(pronouns, name) && d.toks[d.nameStart(i-2, a)-1].low == "," {
					name = stripTitle(name)
					last.set(name)
					return name, a
				}
			}
			// "Yvette Cooper, the home secretary, told the Commons": the
			// name before an appositive set off by commas
			if name := d.nameBeforeAppositive(i, a); name != "" {
				last.set(name)
				return name, a
			}
			if i > a && pronouns[d.toks[i-1].low] {
				return last.get(), a
			}
			// "The Home Office said … The department said": the body
			// named last, when it is a department
			if i-1 > a && (d.toks[i-1].low == "department" || d.toks[i-1].low == "ministry") && d.toks[i-2].low == "the" {
				if name := last.get(); strings.Contains(name, "Office") || strings.Contains(name, "Department") || strings.Contains(name, "Ministry") {
					return name, a
				}
			}
			k := i + 1
			if k < b && d.toks[k].low == "the" {
				k++
			}
			// ("told MPs", "tells the BBC": whom, not who)
			if name := d.capRun(k, b, 1); name != "" && t.low != "told" && t.low != "tells" {
				name = stripTitle(name)
				last.set(name)
				return name, a
			}
		}
		if t.flags&fSource != 0 && showNouns[t.low] && i+1 < b && showVerbs[d.toks[i+1].low] {
			if name := d.capRunBack(i-1, a); name != "" {
				return name, i
			}
		}
		// "Home Office data, published on Thursday, showed": the same,
		// past a clause set off by commas
		if t.flags&fSource != 0 && i+1 < b && d.toks[i+1].low == "," {
			for k := i + 2; k < b && k < i+10; k++ {
				if d.toks[k].low == "," {
					if k+1 < b && showVerbs[d.toks[k+1].low] {
						if name := d.capRunBack(i-1, a); name != "" {
							return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s"), i
						}
					}
					break
				}
			}
		}
		// "Figures from the Home Office show", "data from the ONS suggest"
		if t.flags&fSource != 0 && i+2 < b && d.toks[i+1].low == "from" {
			k := i + 2
			if d.toks[k].low == "the" {
				k++
			}
			if name := d.capRun(k, b, 1); name != "" {
				e := k
				for e < b && d.toks[e].e <= d.toks[k].s+int32(utf8.RuneCountInString(name)) {
					e++ // (past the name's tokens)
				}
				if e < b && showVerbs[d.toks[e].low] {
					return name, e
				}
			}
		}
	}
	return "", b
}

// byParticiples stand between figures and who got them: "figures
// obtained by".
var byParticiples = map[string]bool{"obtained": true, "compiled": true, "gathered": true, "collected": true,
	"published": true, "released": true, "commissioned": true, "carried": true, "conducted": true, "produced": true}

// countHedges open a hedged count, and hedgeTails end the hedge's words
// (countAfter).
var countHedges = map[string]bool{"about": true, "around": true, "some": true, "roughly": true, "nearly": true, "almost": true,
	"over": true, "more": true, "fewer": true, "less": true, "approximately": true, "just": true, "up": true, "at": true, "an": true, "a": true}
var hedgeTails = map[string]bool{"than": true, "to": true, "least": true, "estimated": true, "over": true, "under": true}

// countAfter reports whether a count starts at token k, bare or after a
// hedge word ("100,000", "about 9,800"), and not a year.
func (d *docState) countAfter(k, b int) bool {
	// ("more than 100,000", "up to 500", "an estimated 9,800")
	if k < b && countHedges[d.toks[k].low] {
		k++
		for k < b && hedgeTails[d.toks[k].low] {
			k++
		}
	}
	if k >= b || d.toks[k].kind != tNum {
		return false
	}
	t := &d.toks[k]
	if n := t.be - t.bs; n == 4 && (d.text[t.bs] == '1' || d.text[t.bs] == '2') {
		return false // a year
	}
	return true
}

// authorAfter returns the name after "by" past a work's noun at k ("research
// by the Migration Observatory"), or "".
func (d *docState) authorAfter(k, b int) string {
	if k+1 >= b || !studyNouns[d.toks[k].low] {
		return ""
	}
	// ("figures obtained by the Guardian", "data compiled by the House of
	// Commons Library")
	if byParticiples[d.toks[k+1].low] {
		k++
	}
	if k+1 >= b || d.toks[k+1].low != "by" {
		return ""
	}
	k += 2
	if k < b && d.toks[k].low == "the" {
		k++
	}
	return d.capRun(k, b, 1)
}

// nameBeforeAppositive returns the name before a description set off by
// commas right before the verb of speech at i ("Yvette Cooper, the home
// secretary, told", "Enver Solomon, chief executive of the Refugee
// Council, said"), or "".
func (d *docState) nameBeforeAppositive(i, a int) string {
	if i-3 <= a || d.toks[i-1].low != "," {
		return ""
	}
	for j := i - 2; j > a && j >= i-12; j-- {
		t := &d.toks[j]
		if t.kind == tPunct {
			if t.low != "," {
				return "" // (not past a quote or a full stop)
			}
			// the description opens in lower case: "the home secretary",
			// "chief executive of", "who leads"
			if n := &d.toks[j+1]; n.kind != tWord || isUpperWord(n) && n.low != "chief" {
				return ""
			}
			// (the name opens its sentence or follows a mark: not "the
			// vessel's Captain Jones," nor a word's "'")
			name := d.capRunBack(j-1, a)
			if st := d.nameStart(j-1, a); name == "" || inLower(pronouns, name) || st != a && (d.toks[st-1].kind == tWord || d.toks[st-1].low == "'" || d.toks[st-1].low == "’") {
				return ""
			}
			return stripTitle(name)
		}
	}
	return ""
}

// capRun reads a run of capitalised words from i ("the Office for National
// Statistics", "Home Secretary Yvette Cooper").
func (d *docState) capRun(i, b, minWords int) string {
	j := i
	n := 0
	for j < b && n < 7 {
		t := &d.toks[j]
		if t.kind == tWord && (isUpperWord(t) || (n > 0 && (t.low == "for" || t.low == "of" || t.low == "and") && j+1 < b && isUpperWord(&d.toks[j+1]))) {
			j++
			n++
			continue
		}
		// "Orla Devenney-Achterberg": a double-barrelled name
		if n > 0 && d.nameHyphen(j) {
			j++
			continue
		}
		break
	}
	if n < minWords {
		return ""
	}
	return strings.TrimSuffix(strings.TrimSuffix(d.slice(i, j), "'s"), "’s")
}

// capRunBack reads a run of capitalised words ending at i, going back, and
// takes "a Home Office spokesperson" style titles with it.
func (d *docState) capRunBack(i, a int) string {
	// "The Office for National Statistics (ONS) said": the name before the abbreviation
	if i-2 >= a && d.toks[i].low == ")" && d.toks[i-2].low == "(" {
		i -= 3
	}
	if i < a {
		return ""
	}
	start := d.nameStart(i, a)
	if start == i+1 {
		return ""
	}
	if d.toks[start].low == "the" {
		start++
	}
	if w := d.toks[start].low; w == "a" || w == "an" {
		start++
	}
	// "Updated Home Office figures show", "Provisional ONS estimates
	// suggest": the sentence's first word is no part of the name (but
	// "New Zealand" and "New Economics Foundation" are names)
	for start < i && sourceAdjectives[d.toks[start].low] && d.toks[start].low != "new" {
		start++
	}
	// ("Official estimates show", "Conservative estimates put": no one's;
	// but "… as Conservative figures show", capitalised inside a sentence,
	// are the party's)
	if start > i || start == i && (sourceAdjectives[d.toks[i].low] || i == a && plainAdjectives[d.toks[i].low]) {
		return ""
	}
	// "the Interior Ministry in Paris said", "the Migration Observatory at
	// the University of Oxford said": the body, not where it is
	k := start - 1
	if k > a && d.toks[k].low == "the" {
		k--
	}
	if k > a && (d.toks[k].low == "in" || d.toks[k].low == "at") && d.toks[k-1].kind == tWord && isUpperWord(&d.toks[k-1]) {
		if body := d.capRunBack(k-1, a); body != "" {
			return body
		}
	}
	return d.slice(start, i+1)
}

// quoteMark tells whether token i opens (1) or closes (-1) a quotation, or
// is no quote mark (0). A straight quote opens when it is glued to the word
// after it and not to the one before.
func (d *docState) quoteMark(i int, open bool) int {
	t := &d.toks[i]
	if t.kind != tPunct {
		return 0
	}
	switch t.low {
	case "“":
		return 1
	case "”":
		return -1
	case "\"":
		gluedAfter := i+1 < len(d.toks) && d.toks[i+1].adjacentTo(t)
		gluedBefore := i > 0 && t.adjacentTo(&d.toks[i-1])
		switch {
		case gluedAfter && !gluedBefore:
			return 1
		case gluedBefore && !gluedAfter:
			return -1
		case open:
			return -1
		}
		return 1
	}
	return 0
}

// titles that stand before a name: "Home Secretary Maria Lopez" is Maria Lopez.
var titleWords = map[string]bool{"secretary": true, "minister": true, "chancellor": true, "mp": true, "leader": true,
	"chief": true, "director": true, "commissioner": true, "mayor": true, "president": true, "chair": true,
	"chairman": true, "chairwoman": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "editor": true,
	"correspondent": true, "officer": true, "executive": true, "head": true, "shadow": true, "peer": true, "councillor": true}

// stripTitle keeps the name after a title; a title with no name after it
// ("A Home Office spokesperson") is kept whole.
//
// It reads the words as strings.Fields splits them, without allocating
// unless the name after the title is spaced other than by single spaces.
func stripTitle(name string) string {
	cut, n := -1, 0 // the last title word; the number of words
	after := 0      // the byte offset of the first word after the title
	single := true  // the words after the title are separated by single spaces
	prevEnd := -1   // the end of the word before, after the title
	for i := 0; i < len(name); {
		r, sz := utf8.DecodeRuneInString(name[i:])
		if unicode.IsSpace(r) {
			i += sz
			continue
		}
		a := i
		for i < len(name) {
			r, sz := utf8.DecodeRuneInString(name[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += sz
		}
		if inLower(titleWords, name[a:i]) {
			cut, after, single, prevEnd = n, i, true, -1
		} else if cut >= 0 {
			if prevEnd < 0 {
				after = a
			} else if a-prevEnd != 1 || name[prevEnd] != ' ' {
				single = false
			}
			prevEnd = i
		}
		n++
	}
	if cut >= 0 && n-cut-1 >= 2 {
		if single {
			return name[after:prevEnd]
		}
		return strings.Join(strings.Fields(name)[cut+1:], " ")
	}
	return name
}

// inLower reports whether the lower-case form of w is a key of m, without
// allocating for a short ASCII w.
func inLower(m map[string]bool, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// lastName is the person a pronoun ("she said") refers to: the last speaker
// named, or the person who opened a later sentence, worked out only when a
// pronoun asks for it.
type lastName struct {
	d    *docState
	name string
	sent int // a sentence opening with a name not yet read; -1 when none
}

func (l *lastName) get() string {
	if l.sent >= 0 {
		s := l.d.sents[l.sent]
		if name := l.d.capRun(s.a, s.b, 2); name != "" && !strings.HasPrefix(name, "The ") {
			l.name = stripTitle(name)
		}
		l.sent = -1
	}
	return l.name
}

func (l *lastName) set(name string) { l.name, l.sent = name, -1 }

// nameStart returns the first token of the run of capitalised words (and
// speakers' titles) that ends at token i, not before a; i+1 when token i
// starts none.
func (d *docState) nameStart(i, a int) int {
	j := i
	for j >= a {
		t := &d.toks[j]
		if t.kind == tWord && (isUpperWord(t) || speakerTitles[t.low]) {
			j--
			continue
		}
		// "Office for National Statistics": a joining word inside a name
		if j < i && j > a && (t.low == "for" || t.low == "of" || t.low == "and") && isUpperWord(&d.toks[j-1]) && d.toks[j-1].kind == tWord {
			j--
			continue
		}
		// "Rosalind Tarrant-Obi": a double-barrelled name; "the Fresh
		// Produce Growers' Council": a plural's apostrophe in one
		if j < i && j > a && (d.nameHyphen(j) || d.pluralApostrophe(j)) {
			j--
			continue
		}
		break
	}
	return j + 1
}

// pluralApostrophe reports whether token j is the apostrophe of a
// capitalised plural inside a name ("Growers' Council").
func (d *docState) pluralApostrophe(j int) bool {
	if j < 1 || j+1 >= len(d.toks) {
		return false
	}
	t, p, n := &d.toks[j], &d.toks[j-1], &d.toks[j+1]
	return t.kind == tPunct && (t.low == "'" || t.low == "’") && t.adjacentTo(p) && p.kind == tWord && isUpperWord(p) &&
		strings.HasSuffix(p.low, "s") && n.kind == tWord && isUpperWord(n) && n.nl == 0
}

// nameHyphen reports whether token j is a hyphen joining two capitalised
// words with no space ("Devenney-Achterberg").
func (d *docState) nameHyphen(j int) bool {
	if j < 1 || j+1 >= len(d.toks) {
		return false
	}
	t, p, n := &d.toks[j], &d.toks[j-1], &d.toks[j+1]
	return t.kind == tPunct && t.low == "-" && t.adjacentTo(p) && n.adjacentTo(t) && p.kind == tWord && n.kind == tWord && isUpperWord(p) && isUpperWord(n)
}
