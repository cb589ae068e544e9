// Places and geography: the part of the UK, the local area, councils, where a figure is.

package extract

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// ewCode is the code of England and Wales.
const ewCode = "K04000001"

// regionCode begins the codes of the regions of England (and London).
const regionCode = "E12"

// homePlace returns the part of the United Kingdom (a place with a GSS
// code) the document names most often, not counting places it names as
// somewhere else (see elsewhere), the first in the lexicon on a tie,
// or -1 when it names none: what a figure is about when its sentence names
// no place and its measure has no place of its own ("a quarter of them were
// children" in a piece on the UK; "the population rose by 0.6%" in one on
// Scotland).
func (d *docState) homePlace() int {
	lx := d.x.lx
	d.placeCount = resize(d.placeCount, len(lx.places))
	d.adjCount = 0
	best := -1
	bars := strings.IndexByte(d.text, '|') >= 0
	for _, p := range d.places {
		// (a region named bare, "North West", is a table's row or a
		// sentence's, not what a story is about; nor is a nation among the
		// sections of a site's navigation bar, "News | UK | England | Wales
		// | Scotland", though "UK News" there says where the story is filed)
		if !lx.ukPart[p.target] || lx.sentenceOnly[p.target] || lx.capOnly[p.target] || d.elsewhere(p) || bars && lx.canon[p.target] != lx.ukIdx && d.navBar(p.s) {
			continue
		}
		d.placeCount[lx.canon[p.target]]++
	}
	// "Scottish councils", "the Welsh Government": a part named as an
	// adjective counts too (earlyAdj: the first such, for the opening test
	// below)
	earlyAdj := -1
	if slices.ContainsFunc(lx.nationAdjText, func(a string) bool { return strings.Contains(d.text, a) }) {
		early := len(d.toks)
		if n := min(len(d.sents), homeSentences); n < len(d.sents) {
			early = d.sents[n].a
		}
		for k := range d.toks {
			t := &d.toks[k]
			if !t.upper || t.kind != tWord || t.flags&fNationAdj == 0 {
				continue
			}
			if i, ok := lx.nationAdj[t.low]; ok {
				d.placeCount[i]++
				d.adjCount++
				if k < early && earlyAdj < 0 {
					earlyAdj = i
				}
			}
		}
	}
	// the place named most (of two named as often, the first in the
	// lexicon)
	for i, c := range d.placeCount {
		if c == 0 {
			continue
		}
		if best < 0 || c > d.placeCount[best] {
			best = i
		}
	}
	// a story that sets English regions side by side ("the North West now
	// has more than London") is about none of them
	if best >= 0 && strings.HasPrefix(lx.places[best].Code, regionCode) {
		for i, c := range d.placeCount {
			if i != best && 2*c >= d.placeCount[best] && strings.HasPrefix(lx.places[i].Code, regionCode) {
				best = -1
				break
			}
		}
	}
	// "Hull houses more asylum seekers than the East Riding": a county or
	// authority named less often than a town of the lexicon (which has no
	// code) is not what the story is about
	if best >= 0 && localCode(lx.places[best].Code) {
		counts := map[int]int{}
		for _, p := range d.places {
			if lx.places[p.target].Code == "" && !d.elsewhere(p) {
				counts[p.target]++
				if counts[p.target] > d.placeCount[best] {
					best = -1
					break
				}
			}
		}
	}
	// none: a local story about a town of the lexicon is about the town
	// ("Hull houses more asylum seekers than …"), and a document that
	// names the Home Office or the ONS is about the United Kingdom
	if best < 0 {
		if lh := d.localHome(); lh >= 0 {
			return lh
		}
	}
	if best < 0 && d.namesNationalBody() {
		return lx.ukIdx
	}
	// "Slowdown in population growth for England and Wales … England and
	// Wales gained 452,600 residents", and the UK named about as often
	// later ("moves within the UK"): the statisticians' England and Wales,
	// when the first sentences name it before any other part of the UK
	if best >= 0 && lx.places[best].Code == ukCode {
		if e := d.earlyPart(); e >= 0 && lx.places[e].Code == ewCode && 2*d.placeCount[e] >= d.placeCount[best] {
			return e
		}
	}
	// and named where a story says what it is about, in its first
	// sentences (headline, standfirst, opening paragraph): a live blog of a
	// statement on UK net migration that quotes the SNP on Scotland late
	// on is not about Scotland
	if best >= 0 && lx.places[best].Code != ukCode {
		early := len(d.toks)
		if n := min(len(d.sents), homeSentences); n < len(d.sents) {
			early = d.sents[n].a
		}
		for _, p := range d.places {
			if p.s >= early {
				break
			}
			if lx.canon[p.target] == best && !lx.capOnly[p.target] && !d.elsewhere(p) {
				return best
			}
		}
		if earlyAdj == best {
			return best // ("Home > News > Scottish News", "Scottish councils are …")
		}
		// "in England and Wales" three times or more: the jurisdiction
		// the figures are of (legal aid, the courts, the census), however
		// late it is first named
		if lx.places[best].Code == ewCode && d.placeCount[best] >= 3 {
			return best
		}
		// (a story that names the UK, or a UK-wide body, as well is about
		// the UK, unless it is a story on a town)
		if (d.placeCount[lx.ukIdx] > 0 || d.namesNationalBody()) && d.localArea() == "" {
			return lx.ukIdx
		}
		return -1
	}
	return best
}

// earlyPart returns the first part of the UK (not the UK itself) that the
// document's first sentences name, or -1.
func (d *docState) earlyPart() int {
	lx := d.x.lx
	early := len(d.toks)
	if n := min(len(d.sents), homeSentences); n < len(d.sents) {
		early = d.sents[n].a
	}
	for _, p := range d.places {
		if p.s >= early {
			break
		}
		// (not a section of the site's navigation: "Top stories | UK |
		// England | Wales")
		if c := lx.canon[p.target]; c != lx.ukIdx && lx.ukPart[p.target] && !lx.capOnly[p.target] && !lx.sentenceOnly[p.target] && !d.elsewhere(p) && !d.navBar(p.s) {
			return c
		}
	}
	return -1
}

// namesNationalBody reports whether the document names one of the UK-wide
// bodies of the geography lexicon ("the Home Office", "the ONS").
func (d *docState) namesNationalBody() bool {
	bodies := d.x.lx.nationalBodies
	for k := range d.toks {
		for _, ws := range bodies[d.toks[k].low] {
			if k+len(ws) > len(d.toks) {
				continue
			}
			j := 1
			for j < len(ws) && d.toks[k+j].low == ws[j] {
				j++
			}
			if j == len(ws) {
				return true
			}
		}
	}
	return false
}

// localArea returns the town or borough a local story is about when the
// lexicon does not know it ("Pendleford", "Kelsey Bridge"): a name of one
// or two capitalised words that the document gives as a council's area or
// after "in", "across" or "at", at least three times in all, in a
// document that speaks of "the town", "the borough" or the like; or "".
// (A name is counted in the text once, whatever times it is met; a
// capitalised name's first byte is rare, so the count is quick.)
func (d *docState) localArea() string {
	if d.localRead {
		return d.local
	}
	d.localRead, d.local = true, ""
	if !d.speaksOfTown() {
		return "" // (most documents: no name is counted)
	}
	best, bestN := "", 2
	tried := d.tried[:0]
	try := func(name string) {
		// ("in B&B accommodation": a capital letter is no place's name)
		if len(name) < 3 || slices.Contains(tried, name) {
			return
		}
		tried = append(tried, name)
		if n := strings.Count(d.text, name); n > bestN {
			best, bestN = name, n
		}
	}
	for k := 1; k < len(d.toks); k++ {
		t := &d.toks[k]
		if t.kind != tWord || !t.upper || t.nl > 0 || t.flags&(fPlaces|fMonth) != 0 {
			continue
		}
		if t.low == "council" {
			if name := d.councilName(k); name != "" {
				try(name) // "Pendleford Borough Council"
			}
			continue
		}
		switch d.toks[k-1].low {
		case "in", "across", "at":
		default:
			continue
		}
		e := k + 1
		if e < len(d.toks) && d.toks[e].kind == tWord && d.toks[e].upper && d.toks[e].nl == 0 {
			if bodyNouns[d.toks[e].low] {
				continue // "in Home Office housing": a body's name
			}
			if !councilKinds[d.toks[e].low] && !placeNouns[d.toks[e].low] {
				e++ // "Kelsey Bridge"
			}
		}
		name := d.text[t.bs:d.toks[e-1].be]
		if e == k+1 && acronym(strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")) {
			continue // "the fewest in NISRA's series": an organisation
		}
		try(name)
	}
	d.tried = tried
	d.local = best
	return d.local
}

// localRef reports whether sentence s names the document's local area or
// speaks of "the town", "our borough" or "the council" (not "councils",
// "council leaders").
func (d *docState) localRef(s span) bool {
	a := d.localArea()
	if a == "" {
		return false // (the area is what the caller gives the figure)
	}
	if d.speaksOfPlace(s) {
		return true
	}
	// (the name, in a sentence that names no place of the lexicon:
	// "Greater Manchester" is not Manchester)
	if len(d.sentPlaces) > 0 {
		return false
	}
	return strings.Contains(d.text[d.toks[s.a].bs:d.toks[s.b-1].be], a)
}

// speaksOfPlace reports whether sentence s speaks of "the town", "the
// county", "the city's", "our borough" or "the council" (not "councils",
// "council leaders").
func (d *docState) speaksOfPlace(s span) bool {
	for k := s.a + 1; k < s.b; k++ {
		switch d.toks[k].low {
		case "town", "borough", "district", "village", "council", "city", "county", "town's", "borough's", "city's", "council's", "county's":
			switch d.toks[k-1].low {
			case "the", "this", "our", "borough", "district":
				return true
			}
		}
	}
	return false
}

// localHome returns the local place of the lexicon (a town or council area,
// with no code) that a local story is about: one it names three times or
// more, and more than any other, in a story that speaks of "the city",
// "the town" or "the council"; or -1.
func (d *docState) localHome() int {
	if d.lhomeRead {
		return d.lhome
	}
	d.lhomeRead, d.lhome = true, -1
	lx := d.x.lx
	best, n, second := -1, 0, 0
	for _, p := range d.places {
		if lx.places[p.target].Code != "" || d.elsewhere(p) {
			continue
		}
		d.placeCount[p.target]++ // (homePlace counted only parts of the UK)
		switch c := d.placeCount[p.target]; {
		case p.target == best:
			n = c
		case c > n:
			best, second, n = p.target, n, c
		case c > second:
			second = c
		}
	}
	// (or one it names six times or more, twice as often as any other: a
	// county paper's story on "the Duchy")
	if n >= 3 && n > second && d.speaksOfPlace(span{0, len(d.toks)}) || n >= 6 && n >= 2*second {
		d.lhome = best
	}
	return d.lhome
}

// mostlyLocal reports whether the document names the local place lh at
// least four times, and three times as often as the parts of the United
// Kingdom: a story on Sheffield that mentions "the UK" once is about
// Sheffield. For a figure of measure other, twice as often will do: a
// story on Glasgow that names Scotland now and then is still about
// Glasgow's hotels and homeless households, but a national measure (a
// visa threshold, the hotels in use across the country) wants more of the
// story to be local before it is the town's.
func (d *docState) mostlyLocal(lh int, measure string) bool {
	if d.placeCount[lh] < 4 {
		return false
	}
	times := 3
	if measure == "other" {
		times = 2
	}
	parts := 0
	for i, c := range d.placeCount {
		if d.x.lx.ukPart[i] {
			parts += c
		}
	}
	// (not the nations named as adjectives: "the Scottish Government" funds
	// a Glasgow story's council, and is no sign that the story is about
	// Scotland)
	parts -= d.adjCount
	return d.placeCount[lh] >= times*parts
}

// speaksOfTown reports whether the document speaks of a town, borough or
// district as the place it is about: "the town", "the borough's", "town
// hall".
func (d *docState) speaksOfTown() bool {
	for k := 1; k < len(d.toks); k++ {
		if d.toks[k].flags&fTown == 0 {
			continue // (a flag of the vocabulary, townWords: no string compared for most words)
		}
		if w := d.toks[k].low; d.toks[k-1].low == "the" || w == "town" && k+1 < len(d.toks) && d.toks[k+1].low == "hall" {
			return true
		}
	}
	return false
}

// placeNouns are the nouns that end the name of a building or a street,
// not of a place: "the Brierholme Hotel", "Colne Road".
var placeNouns = map[string]bool{"hotel": true, "road": true, "street": true, "house": true, "hall": true, "centre": true, "court": true, "station": true, "lane": true, "park": true, "barracks": true}

// bodyNouns are the nouns that end the name of a body, whose first word
// is no place: "the Home Office", "the Migration Advisory Committee".
var bodyNouns = map[string]bool{"office": true, "department": true, "ministry": true, "committee": true, "commission": true, "agency": true, "institute": true, "foundation": true, "trust": true, "observatory": true, "service": true}

// acronym reports whether w is written in capitals and short, as the
// initials of a body are ("ONS", "NISRA"), not a place's name.
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// localCode reports whether a GSS code is a county's or a local
// authority's (E06–E11, W06, S12, N09), not a nation's or a region's.
func localCode(code string) bool {
	for _, p := range []string{"E06", "E07", "E08", "E09", "E10", "E11", "W06", "S12", "N09"} {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// navBar reports whether token k is on a line of a site's navigation: a
// line of three or more sections between bars, and no figures ("News | UK
// | Politics | England | Wales").
func (d *docState) navBar(k int) bool {
	a := k
	for a > 0 && d.toks[a].nl == 0 {
		a--
	}
	bars := 0
	for i := a; i < len(d.toks) && (i == a || d.toks[i].nl == 0); i++ {
		switch {
		case d.toks[i].kind == tNum:
			return false
		case d.toks[i].low == "|":
			bars++
		}
	}
	return bars >= 3
}

// homeSentences is how many sentences at the top of a document may name
// the part of the United Kingdom it is about.
const homeSentences = 8

// elsewhere reports whether the place p is named as somewhere a document
// is not about: "from outside the UK", "beyond it", or inside the name of
// a body ("National Records of Scotland", "the Bank of England").
func (d *docState) elsewhere(p match) bool {
	if p.s == 0 {
		return false
	}
	switch d.toks[p.s-1].low {
	case "outside", "beyond":
		return true
	case "of":
		if p.s >= 2 {
			// (a capital word after another word is a name's; one that opens
			// a line or follows punctuation is a name's when it heads an
			// institution: "Bank of England trims rates", "Source: Bank of
			// England", not "Parts of Scotland saw …")
			t := &d.toks[p.s-2]
			return t.kind == tWord && t.upper && t.nl == 0 && (p.s >= 3 && d.toks[p.s-3].kind == tWord || institutionHeads[t.low])
		}
	}
	return false
}

// institutionHeads are the words that open the name of a body named "… of"
// a place: "Bank of England", "Church of Scotland", "University of Wales".
var institutionHeads = map[string]bool{"bank": true, "church": true, "university": true, "college": true, "museum": true,
	"diocese": true, "bishop": true, "archbishop": true, "duke": true, "duchess": true, "prince": true, "princess": true,
	"registrar": true, "records": true, "commissioner": true, "commissioners": true, "secretary": true}

// ukBody reports whether the place p is named inside the name of a body of
// the whole United Kingdom: "the Bank of England" sets interest rates for
// all of it, and a figure its sentence gives is not England's.
func (d *docState) ukBody(p match) bool {
	return p.s >= 2 && d.toks[p.s-1].low == "of" && d.toks[p.s-2].low == "bank" && d.toks[p.s-2].upper && d.x.lx.places[p.target].Name == "England"
}

// returnedTo returns the place outside the UK that sentence s names as
// where people were returned or sent ("to France", "back to France"), or
// -1.
func (d *docState) returnedTo(s span) int {
	for _, p := range d.sentPlaces {
		if p.s > s.a && d.toks[p.s-1].low == "to" && !d.x.lx.ukPart[p.target] && !d.x.lx.local[p.target] && !d.notAbout(p) {
			return p.target
		}
	}
	return -1
}

// returnsTo returns the country a document says people are returned to
// ("returned to France", "sent back to France", "returns to France"), when
// it names one, or -1: the place of the returns whose sentences name none.
func (d *docState) returnsTo() int {
	if d.retToRead {
		return d.retTo
	}
	d.retToRead, d.retTo = true, -1
	lx := d.x.lx
	for _, p := range d.places {
		if p.s < 2 || lx.ukPart[p.target] || lx.local[p.target] || d.toks[p.s-1].low != "to" {
			continue
		}
		for k := p.s - 2; k >= 0 && k >= p.s-4; k-- {
			switch d.toks[k].low {
			case "returned", "returns", "return", "returning", "sent", "send", "removed", "removals", "deported":
				if d.retTo >= 0 && d.retTo != p.target {
					d.retTo = -1 // returns to two countries: neither is the document's
					return -1
				}
				d.retTo = p.target
			}
		}
	}
	return d.retTo
}

// speaksOfDeal reports whether sentence s speaks of people sent back, or
// of the pilot, deal or agreement they are sent back under.
func (d *docState) speaksOfDeal(s span) bool {
	for k := s.a; k < s.b; k++ {
		switch d.toks[k].low {
		case "pilot", "deal", "agreement", "arrangement", "pact", "treaty":
			return true
		case "back":
			if k > s.a {
				switch d.toks[k-1].low {
				case "sent", "send", "sending", "taken", "flown", "returned":
					return true
				}
			}
		}
	}
	return false
}

// paidTo reports whether the place p is named as where money is paid
// ("pay France £476m", "handed Rwanda £290m").
func (d *docState) paidTo(p match) bool {
	if p.s == 0 {
		return false
	}
	switch d.toks[p.s-1].low {
	case "pay", "pays", "paying", "paid", "give", "gives", "giving", "gave", "given", "hand", "hands", "handing", "handed":
		return true
	}
	return false
}

// visitedOrCompared reports whether the place p is named as where someone
// spoke ("Speaking during a visit to Croydon", "at a rally in Bolton") or
// as a measure of size ("a city the size of Portsmouth").
func (d *docState) visitedOrCompared(p match) bool {
	for k := p.s - 1; k >= 0 && k >= p.s-4; k-- {
		switch d.toks[k].low {
		case "visit", "visiting", "speaking", "speech", "rally", "size":
			return true
		}
	}
	return false
}

// foreignPlace reports whether the sentence names a country outside the
// United Kingdom that no measure requires (France, Italy; not Rwanda).
func (d *docState) foreignPlace() bool {
	for _, p := range d.sentPlaces {
		if d.x.lx.ukPart[p.target] || d.x.lx.local[p.target] {
			continue
		}
		required := false
		for k := d.reqsFrom(p.s); k < len(d.reqs) && d.reqs[k].s < p.e; k++ {
			if d.reqs[k].e <= p.e {
				required = true
			}
		}
		if !required {
			return true
		}
	}
	return false
}

// notAbout reports whether the place p (a match in d.places) is not what a
// figure near it is about: where people come from ("EU nationals",
// "France-born"), or the partner country a policy is named after ("the
// Rwanda scheme", "the UK-France agreement").
func (d *docState) notAbout(p match) bool {
	k := p.e
	for k+1 < len(d.toks) && d.toks[k].low == "-" {
		next := -1 // another place joined to p by a hyphen: "UK-France"
		for _, q := range d.sentPlaces {
			if q.s == k+1 {
				next = q.e
			}
		}
		if next < 0 {
			break
		}
		k = next
	}
	if k < len(d.toks) && d.toks[k].low == "-" && k+1 < len(d.toks) {
		k++ // "France-born"
	}
	if k >= len(d.toks) {
		return false
	}
	w := d.toks[k].low
	f := uint8(0)
	if d.toks[k].flags&fNotAbout != 0 {
		f = d.x.lx.notAbout[w]
	}
	return f&notAboutAny != 0 || f&notAboutForeign != 0 && !d.x.lx.ukPart[p.target] && !d.x.lx.local[p.target]
}

// destination reports whether place p is where people went, named after
// "left for" or "headed for" or in a list that follows one ("left for
// England, Scotland and Wales").
func (d *docState) destination(p match) bool {
	k := p.s - 1
	for k > 0 {
		switch d.toks[k].low {
		case ",", "and":
			// back over the places listed before this one
			j := -1
			for _, q := range d.sentPlaces {
				if q.e == k {
					j = q.s
				}
			}
			if j < 0 {
				return false
			}
			k = j - 1
			continue
		case "for":
			// (not "moved to England and Wales from overseas": arrivals
			// there, which the figure is about)
			switch d.toks[k-1].low {
			case "left", "leave", "leaves", "leaving", "headed", "heading", "bound", "departed":
				return true
			}
		}
		return false
	}
	return false
}

// gappedPrep are the words that join a place to its figure when the verb
// is left out: "and Northern Ireland's by 0.4%", "and Wales at 2.1%".
var gappedPrep = map[string]bool{"by": true, "at": true, "to": true, "on": true, "with": true}

// place picks the place named nearest the quantity in its sentence,
// passing over places people came from ("from outside the UK", "EU
// nationals", "the Rwanda scheme") unless the figure counts people leaving.
func (d *docState) place(s span, q *quantity, leaving, share bool) int {
	best, bestD, bestFrom := -1, math.MaxInt, true
	for _, p := range d.sentPlaces {
		if d.notAbout(p) || d.ukBody(p) || d.x.lx.local[p.target] && (share || !d.toks[p.s].upper || d.visitedOrCompared(p)) {
			continue
		}
		// "Britain agreed to pay France £476m": the country money is paid
		// to is not what the sum is about; the one that pays is
		if !d.x.lx.ukPart[p.target] && !d.x.lx.local[p.target] && d.paidTo(p) {
			continue
		}
		// "About 12,100 left for England, Scotland and Wales": where people
		// went is not what the count is about
		if d.destination(p) {
			continue
		}
		from := false
		for k := p.s - 1; k >= s.a && k >= p.s-4; k-- {
			if w := d.toks[k].low; w == "outside" || w == "from" && !leaving || w == "non" || w == "in" && k > s.a && d.toks[k-1].low == "born" {
				from = true // ("born in the UK": where people came from)
			}
		}
		if from {
			continue
		}
		// "Manchester 23 | Tameside 22": a place in another cell of a row
		// is that cell's
		if d.barBetween(p, q) {
			continue
		}
		dist := 0
		if p.e <= q.ts {
			dist = q.ts - p.e
		} else if p.s >= q.te {
			dist = p.s - q.te
			// "1,140 were in Scotland, 690 in Wales and 410 in Northern
			// Ireland": "in" and a place right after a figure (or its
			// noun) are that figure's, nearer than any place before it
			if w := d.toks[p.s-1].low; (w == "in" || w == "across") && (p.s-1 == q.te || p.s-2 == q.te && d.toks[q.te].kind == tWord) {
				dist = -1
			}
		}
		// "22.3% are 65 or over, against 18.8% over the border in
		// England": a place after another figure is that figure's (but
		// "England and Wales grew by 610,000 to 60.9 million": a place
		// before both is the subject of both)
		if p.s >= q.te && d.figureBetween(q.te, p.s) {
			continue
		}
		// "Midlothian grew fastest, up 1.9%, while Inverclyde …",
		// "Edinburgh's population climbed to 541,300, and Glasgow grew …":
		// a place in a clause after the figure's is that clause's
		if p.s >= q.te && d.clauseBreak(q.te, p.s) {
			continue
		}
		// ("England had a net loss of 14,500 and Northern Ireland 1,100": a
		// place right before the next figure, after "and", is that one's)
		// ("Scotland's population rose by 0.3% and Northern Ireland's by
		// 0.4%": or before a word that joins it to the next figure)
		if p.s >= q.te && (d.toks[p.s-1].low == "and" || d.toks[p.s-1].low == ",") && (d.quantityAt(p.e) || p.e+1 < s.b && gappedPrep[d.toks[p.e].low] && d.quantityAt(p.e+1)) {
			continue
		}
		if best < 0 || (bestFrom && !from) || (from == bestFrom && dist < bestD) {
			best, bestD, bestFrom = p.target, dist, from
		}
	}
	return best
}

// ukCode is the GSS code of the United Kingdom as a whole.
const ukCode = "K02000001"

// internalMove reports whether the clause of q says that people moved
// from one part of the UK to another: a part of the UK (not the UK itself)
// named after "from" ("from England", "from other parts of the UK"), or
// "to other parts of the UK".
//
// A figure that is not its sentence's first is left alone: "Net migration
// added 48,760, with 33,940 from overseas and 14,820 from the rest of the
// UK" breaks the net migration down, and a breakdown keeps its measure.
func (d *docState) internalMove(r *recogniser, q *quantity) bool {
	if len(d.qs) == 0 || d.qs[0].ts != q.ts && !d.opensClause(r, q) {
		return false
	}
	lx := d.x.lx
	for _, p := range d.sentPlaces {
		if p.s < q.te || !lx.ukPart[p.target] || lx.places[p.target].Code == ukCode {
			continue
		}
		k := p.s - 1
		if r.word(k) == "the" {
			k--
		}
		if r.word(k) == "from" && !d.clauseBreak(q.te, k) && !d.figureBetween(q.te, k) {
			return true
		}
	}
	for k := q.te; k+4 < r.hi && k < q.te+14; k++ {
		if w := r.word(k); (w == "from" || w == "to") && r.restOfUK(k+1) && !d.clauseBreak(q.te, k) {
			// ("Net migration from overseas added 36,700 and moves from
			// the rest of the UK another 15,200": a clause of its own,
			// whose figure comes after the place)
			return !d.figureBetween(q.te, k) && !(slices.ContainsFunc(d.toks[q.te:k], func(t token) bool { return t.low == "and" }) && d.figureBetween(k+1, r.hi))
		}
	}
	return false
}

// opensClause reports whether q is the first figure of a clause that
// "while", "whereas" or a semicolon opens: "Net international migration
// added 13,900, while 7,600 more moved to Wales from other parts of the UK
// than left for them".
func (d *docState) opensClause(r *recogniser, q *quantity) bool {
	for k := q.ts - 1; k > r.lo; k-- {
		if r.isNum(k) {
			return false
		}
		if w := r.word(k); w == "while" || w == "whereas" || r.punct(k) == ";" {
			return true
		}
	}
	return false
}

// council returns the area of the local council that sentence s names
// ("Skellbridge Metropolitan Borough Council", "Croydon Council"), or of
// the one the document named last before it when s speaks of "the
// council"; or "".
func (d *docState) council(s span) string {
	name, the := d.councilIn(s)
	if name != "" || !the {
		return name
	}
	if !d.councilsRead {
		d.readCouncils()
	}
	for i := len(d.councils) - 1; i >= 0; i-- {
		if d.councils[i].at < s.a {
			return d.councils[i].name
		}
	}
	return ""
}

// councilIn returns the council sentence s names, and whether it speaks
// of "the council" or "its council".
func (d *docState) councilIn(s span) (name string, the bool) {
	for k := s.a; k < s.b; k++ {
		t := &d.toks[k]
		if t.low != "council" {
			continue
		}
		if n := d.councilName(k); n != "" {
			return n, the
		}
		if k > s.a && (d.toks[k-1].low == "the" || d.toks[k-1].low == "its") {
			the = true
			// "In Croydon, the council is spending £1.2m a month"
			if j := k - 4; j >= s.a && d.toks[j].low == "in" && d.toks[j+1].kind == tWord && d.toks[j+1].upper && d.toks[j+2].low == "," {
				return d.text[d.toks[j+1].bs:d.toks[j+1].be], the
			}
		}
	}
	return "", the
}

// readCouncils lists the councils the document names, sentence by
// sentence, figures or not ("… turning to Liverpool City Council for
// help …"), for the sentences that speak of "the council" after them.
func (d *docState) readCouncils() {
	d.councilsRead = true
	d.councils = d.councils[:0]
	// only the sentences whose text has "council" in it
	last := -1
	for _, stem := range []string{"ouncil", "OUNCIL"} {
		for off := 0; ; {
			i := strings.Index(d.text[off:], stem)
			if i < 0 {
				break
			}
			off += i + len(stem)
			si := sort.Search(len(d.sents), func(k int) bool { return int(d.toks[d.sents[k].b-1].be) >= off })
			if si >= len(d.sents) || si == last {
				continue
			}
			last = si
			if name, _ := d.councilIn(d.sents[si]); name != "" {
				d.councils = append(d.councils, namedCouncil{at: d.sents[si].a, name: name})
			}
		}
	}
	// (the two stems' sentences, merged in the order of the text)
	slices.SortStableFunc(d.councils, func(a, b namedCouncil) int { return a.at - b.at })
}

// namedCouncil is a council a document names, and the first token of the
// sentence that names it.
type namedCouncil struct {
	at   int
	name string
}

// councilName reads the place before "Council" at token k: capitalised
// words, over the kinds of council ("Metropolitan Borough"), that are not
// a body's ("the Refugee Council").
func (d *docState) councilName(k int) string {
	t := &d.toks[k]
	if !t.upper {
		return ""
	}
	e := k // the end of the name
	for e > 0 && d.toks[e].nl == 0 && d.toks[e-1].kind == tWord && d.toks[e-1].upper && councilKinds[d.toks[e-1].low] {
		e--
	}
	if d.toks[e].nl > 0 {
		return "" // "News | Politics" over "Council tax to rise": no name on the line
	}
	// one capitalised word, or two when the first does not open the
	// sentence or line ("Tower Hamlets Council"; not "Yesterday Croydon")
	b := e - 1
	if b < 0 || d.toks[b].kind != tWord || !d.toks[b].upper {
		return ""
	}
	if a := b - 1; a >= 0 && d.toks[b].nl == 0 && d.toks[a].kind == tWord && d.toks[a].upper && d.toks[a].nl == 0 && a > 0 && d.toks[a-1].kind == tWord {
		b = a
	}
	for j := b; j < e; j++ {
		if d.x.lx.notCouncil[d.toks[j].low] {
			return ""
		}
	}
	name := d.text[d.toks[b].bs:d.toks[e-1].be]
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	if strings.ToUpper(name) == name {
		// "BRACKENFORD Borough Council": a tabloid's capitals
		name = name[:1] + strings.ToLower(name[1:])
	}
	return name
}

// councilKinds are the words between a council's place and "Council".
var councilKinds = map[string]bool{"metropolitan": true, "borough": true, "district": true, "city": true, "county": true, "town": true}

// withinUK reports whether the sentence speaks of moves within the UK or
// one of its parts: "elsewhere in the UK", "within the UK", "the rest of
// the UK", "other parts of the UK", "the rest of Northern Ireland".
func (r *recogniser) withinUK() bool {
	for k := r.lo; k+2 < r.hi; k++ { // (r.word is "" past the sentence)
		if r.restOfUK(k) || r.word(k) == "within" && r.ukAt(k+1) {
			return true
		}
	}
	return false
}

// restOfUK reports whether the words at k name the rest of the UK or of
// one of its parts: "(the) rest of (the) UK", "(other) parts of Scotland",
// "elsewhere in the UK".
func (r *recogniser) restOfUK(k int) bool {
	if w := r.word(k); w == "the" || w == "other" {
		k++
	}
	switch w := r.word(k); {
	case (w == "rest" || w == "parts") && r.word(k+1) == "of",
		w == "elsewhere" && r.word(k+1) == "in":
		return r.ukAt(k + 2)
	}
	return false
}

// ukAt reports whether the words at k, after an optional "the", name the
// UK or one of its parts.
func (r *recogniser) ukAt(k int) bool {
	if r.word(k) == "the" {
		k++
	}
	switch r.word(k) {
	case "uk", "united", "britain", "england", "scotland", "wales", "northern":
		return true
	}
	return false
}

// gappedPlace reports whether q follows a place named after "and" or a
// comma with no verb between: "… and Wales 5,200".
func (d *docState) gappedPlace(q *quantity) bool {
	for _, p := range d.sentPlaces {
		// ("… and in Wales by roughly 3,000")
		if (p.e == q.ts || p.e == q.ts-1 && d.toks[p.e].low == "by") && p.s > 1 {
			k := p.s - 1
			if d.toks[k].low == "in" {
				k--
			}
			switch d.toks[k].low {
			case "and", ",":
				return true
			}
		}
	}
	return false
}

// barBetween reports whether the place p and the figure q are in
// different cells of a row, and p's cell has a figure of its own:
// "Manchester 23 | Tameside 22" (not "Leeds | 1,515 | 1,720", a row's
// label and its cells).
func (d *docState) barBetween(p match, q *quantity) bool {
	a, b := p.e, q.ts
	if p.s >= q.te {
		a, b = q.te, p.s
	}
	bar := false
	for k := a; k < b && !bar; k++ {
		bar = d.toks[k].kind == tPunct && d.toks[k].low == "|"
	}
	if !bar {
		return false
	}
	for k := p.e; k < len(d.toks) && d.toks[k].nl == 0; k++ {
		switch t := &d.toks[k]; {
		case t.kind == tNum:
			return true
		case t.kind == tPunct && t.low == "|":
			return false
		}
	}
	return false
}
