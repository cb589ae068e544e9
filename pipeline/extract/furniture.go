// Page furniture, headings, verdict lines and appeals to readers.

package extract

// smallSum reports whether q is a sum of money of £25 or less: what a
// reader is asked to give.
func smallSum(q quantity) bool {
	switch q.unit {
	case "GBP", "EUR", "USD":
		return q.hasValue && q.value <= 25
	}
	return false
}

// offerCount reports whether q counts what an offer to readers gives:
// "your first 12 issues", "3 months for £3".
func (r *recogniser) offerCount(q *quantity) bool {
	switch r.word(q.te) {
	case "issues", "months", "weeks":
		return q.unit == "" && q.hasValue && q.value <= 12
	}
	return false
}

// appeal reports whether sentence s asks readers for money: it speaks of
// subscribing, donating or contributing, or asks them to support "us",
// "our journalism" or "it".
func (d *docState) appeal(s span) bool {
	for k := s.a; k < s.b; k++ {
		switch d.toks[k].low {
		case "subscribe", "subscription", "subscriber", "subscribers", "donate", "donation", "donations", "donating", "contribute", "supporter", "supporters", "journalism", "reporting", "door":
			return true
		case "support", "help":
			if k+1 < s.b {
				switch d.toks[k+1].low {
				case "us", "our", "it":
					return true
				}
			}
		case "give", "giving", "gift":
			if k == s.a || d.toks[k-1].low == ":" {
				return true // "Give £3 a month and we can check more claims"
			}
		}
	}
	return false
}

// verdictAbove reports whether one of the two sentences before sentence
// si is a line that gives a fact check's verdict ("Our verdict", "The
// verdict: false").
func (d *docState) verdictAbove(si int) bool {
	for j := si - 1; j >= 0 && j >= si-2; j-- {
		s := d.sents[j]
		if d.toks[s.a].nl == 0 {
			continue
		}
		for k := s.a; k < s.b && k < s.a+3; k++ {
			if d.toks[k].low == "verdict" {
				return true
			}
		}
	}
	return false
}

// tableTitle reports whether sentence s opens as a table's title does:
// "Table 1".
func (d *docState) tableTitle(s span) bool {
	return d.toks[s.a].low == "table" && s.a+1 < s.b && d.toks[s.a+1].kind == tNum
}

// heading reports whether sentence s is a heading: a line of its own of
// at most 14 tokens with no figure (the caller knows), not a list's item
// and not ending in a full stop, a question mark or a colon ("3. Asylum and
// protection", "Table 1: Entry clearance visas granted by category").
func (d *docState) heading(s span) bool {
	a := s.a
	if a > 0 && d.toks[a].nl == 0 {
		// "3." split off as a sentence of its own
		if p := a - 1; !(d.toks[p].low == "." && p > 0 && d.toks[p-1].kind == tNum && (p-1 == 0 || d.toks[p-1].nl > 0)) {
			return false
		}
	}
	limit := 14
	if d.tableTitle(s) {
		limit = 30 // "Table 1: Population and components of change, UK and constituent countries, mid-2024 to mid-2025"
	}
	if s.b-s.a > limit || s.b < len(d.toks) && d.toks[s.b].nl == 0 {
		return false
	}
	switch d.toks[s.b-1].low {
	case ".", "?", "!", ":", ",", ";", "\"", "”", "|":
		return false
	}
	switch d.toks[s.a].low {
	case "-", "•", "*", "–", "—":
		return false // a list's item
	}
	for k := s.a; k < s.b; k++ {
		if d.toks[k].low == "|" {
			return false
		}
	}
	return true
}

// isFurniture reports whether the paragraph starting at token i is page
// furniture: "READ MORE: ...", "Sign up to our newsletter", "Published 5 July".
func (d *docState) isFurniture(i int) bool {
	// skip leading punctuation and look at the words only
	for i < len(d.toks) && d.toks[i].kind == tPunct && d.toks[i].low != "-" {
		i++
	}
	d.furn = d.x.lx.furniture.find(d.toks, d.text, i, minInt(len(d.toks), i+6), d.furn[:0])
	for _, m := range d.furn {
		if m.s != i {
			continue
		}
		if m.target >= d.x.lx.headingFrom {
			// "More from UK": a link heading is a short line of words
			if d.shortWordLine(m.e, 3) {
				return true
			}
			continue
		}
		// "More than 1,100 migrants ...", "Sponsored study visas rose by
		// 3% ..." and "Published figures show ..." are prose: one word is
		// furniture only as a label ("MORE:", "Watch |") or a short line
		// ("Published 5 July 2024, 12:01am", "Advertisement")
		// (so is a time stamp: "First published 9 July 2026, 17:32",
		// not "First published at 431,000 last May, it was cut to …")
		if (m.e-m.s == 1 || stamp[d.toks[m.e-1].low]) && !d.labelOrShortLine(m.e) {
			continue
		}
		// "Share of Scotland's total: 76%", "Share: 65%": a share, the
		// label of a box's figure, not the share buttons ("Share | 41
		// comments")
		if m.e-m.s == 1 && d.toks[m.s].low == "share" && d.shareLabel(m.e) {
			continue
		}
		// "Updated 12 minutes ago", "Published 5 July 2024, 12:01am"; not
		// "Updated Home Office figures show 500 people arrived", a short
		// paragraph of prose
		if stamp[d.toks[m.e-1].low] && !d.timeStampLine(m.e) {
			continue
		}
		return true
	}
	return false
}

// shareLabel reports whether the line from token i, after the word
// "Share", tells of a share: "of" follows, or the line holds a percentage.
func (d *docState) shareLabel(i int) bool {
	if i < len(d.toks) && d.toks[i].nl == 0 && d.toks[i].low == "of" {
		return true
	}
	for k := i; k < len(d.toks) && (k == i || d.toks[k].nl == 0); k++ {
		if d.toks[k].low == "%" || d.toks[k].low == "per" && k+1 < len(d.toks) && d.toks[k+1].low == "cent" {
			return true
		}
	}
	return false
}

// stamp are the last words of the furniture phrases that stamp a page with
// its time ("Published", "First published", "Last updated").
var stamp = map[string]bool{"published": true, "updated": true}

// timeStampLine reports whether the line from token i on gives a time and
// nothing else, or is a label's value (": 5 July", "| 09:12"): numbers,
// punctuation, months, days of the week and the words of clocks and dates.
func (d *docState) timeStampLine(i int) bool {
	if i < len(d.toks) && d.toks[i].nl == 0 && d.toks[i].kind == tPunct {
		switch d.toks[i].low {
		case ":", "|", "-", "–", "—", "•", ">":
			return true
		}
	}
	for k := i; k < len(d.toks) && (k == i || d.toks[k].nl == 0); k++ {
		t := &d.toks[k]
		if k == i && t.nl > 0 {
			return true // nothing after the phrase on its line
		}
		if t.kind == tNum || t.kind == tPunct || t.flags&fMonth != 0 || stampWords[t.low] {
			continue
		}
		if _, ok := d.x.lx.periods.Weekdays[t.low]; ok {
			continue
		}
		return false
	}
	return true
}

// stampWords are the words a time stamp may hold besides numbers, months
// and days of the week ("09:12 GMT", "12 minutes ago", "on 4th March").
var stampWords = map[string]bool{"am": true, "pm": true, "gmt": true, "bst": true, "utc": true, "cet": true, "cest": true, "et": true,
	"edt": true, "est": true, "on": true, "at": true, "the": true, "of": true, "st": true, "nd": true, "rd": true, "th": true,
	"ago": true, "hour": true, "hours": true, "hr": true, "hrs": true, "h": true, "minute": true, "minutes": true, "min": true,
	"mins": true, "m": true, "second": true, "seconds": true, "day": true, "days": true, "week": true, "weeks": true,
	"yesterday": true, "today": true, "just": true, "now": true, "last": true, "an": true, "a": true}

// furnitureSentence reports whether the sentence starting at token i,
// inside a paragraph, opens with a furniture phrase of two words or more
// ("Support our journalism from £3.", "If you found this useful, please
// support our work"): one word ("More", "Share") is too often prose.
func (d *docState) furnitureSentence(i int) bool {
	if d.toks[i].flags&fFurniture == 0 {
		return false // (no furniture phrase starts with this word)
	}
	d.furn = d.x.lx.furniture.find(d.toks, d.text, i, minInt(len(d.toks), i+6), d.furn[:0])
	for _, m := range d.furn {
		// ("Subscribe: 12 issues for £12": one word as a label)
		// (a time stamp is a line of its own: "… moved twice. First
		// published at 431,000 last May, it was cut …" is prose)
		if m.s == i && (m.e-m.s >= 2 || m.e < len(d.toks) && d.toks[m.e].low == ":" && d.toks[i].low != "share") && m.target < d.x.lx.headingFrom && !stamp[d.toks[m.e-1].low] {
			return true
		}
	}
	return false
}

// firstWord returns the first token of sentence s past its punctuation
// (an opening quote mark, a bullet), s.b if it has none.
func (d *docState) firstWord(s span) int {
	i := s.a
	for i < s.b && d.toks[i].kind == tPunct {
		i++
	}
	return i
}

// readerOffer reports whether sentence s asks the reader for money or
// offers a subscription at a price ("Try The Cupola: 12 issues for £12,
// then £2.75 a week", "Back our work from £3 a month.", "If you can, give
// from £2 a month."): a notice of the publisher, whose sums are no
// statistics of the article. It opens with the verb of the offer and names
// a sum after "for", "from" or "then", or a sum a month or a week.
func (d *docState) readerOffer(s span) bool {
	i := d.firstWord(s)
	if i >= s.b {
		return false
	}
	switch d.toks[i].low {
	case "try", "back", "chip", "become", "give", "donate", "subscribe":
	case "if":
		if i+2 >= s.b || d.toks[i+1].low != "you" || d.toks[i+2].low != "can" {
			return false
		}
	default:
		return false
	}
	for k := i + 1; k+1 < s.b && k <= i+20; k++ {
		if d.toks[k].low != "£" || d.toks[k+1].kind != tNum {
			continue
		}
		switch d.toks[k-1].low {
		case "for", "from", "then":
			return true
		}
		if k+3 < s.b && d.toks[k+2].low == "a" && (d.toks[k+3].low == "month" || d.toks[k+3].low == "week") {
			return true
		}
	}
	return false
}

// shortWordLine reports whether the line ends within n tokens from token i
// and those tokens are words (a colon may end it): "More from | UK".
func (d *docState) shortWordLine(i, n int) bool {
	for k := i; k <= i+n; k++ {
		if k >= len(d.toks) || d.toks[k].nl > 0 {
			return true
		}
		if d.toks[k].kind != tWord && !(d.toks[k].low == ":" && (k+1 >= len(d.toks) || d.toks[k+1].nl > 0)) {
			return false
		}
	}
	return false
}

// headingLine reports whether the line that starts at token i holds a
// furniture phrase and nothing else ("More on this story", "Read more"):
// the heading of a list of links.
func (d *docState) headingLine(i int) bool {
	for i < len(d.toks) && d.toks[i].kind == tPunct {
		i++
	}
	switch d.toks[i].low {
	case "share", "save", "published", "updated", "last", "first", "advertisement", "bookmark", "copy", "comment", "comments", "sign", "subscribe", "sponsored", "total", "vote":
		return false // ("Share", "Published 3 August": a notice heads no list of links)
	}
	for _, m := range d.furn {
		if m.s != i {
			continue
		}
		// ("Related fact checks", "More on this story": a few words may
		// follow the phrase; "Darllenwch fwy / Read more", "Darllenwch fwy
		// | Read more": in two languages; "Read more from Horizon24 News:":
		// a name with a number in it)
		for k := m.e; k <= m.e+5; k++ {
			if k >= len(d.toks) || d.toks[k].nl > 0 {
				return true
			}
			if d.toks[k].kind != tWord && d.toks[k].low != "/" && d.toks[k].low != "|" && !(d.toks[k].kind == tNum && d.toks[k].adjacentTo(&d.toks[k-1]) && d.toks[k-1].kind == tWord) {
				// ("Further reading:")
				if d.toks[k].low == ":" && (k+1 >= len(d.toks) || d.toks[k+1].nl > 0) {
					return true
				}
				break
			}
		}
	}
	return false
}

// linkTitle reports whether the line that starts at token i reads as the
// title of a link: short, and not ended as a sentence is ("Four migrants
// flown to Rwanda under voluntary scheme").
func (d *docState) linkTitle(i int) bool {
	k := i + 1
	for k < len(d.toks) && d.toks[k].nl == 0 {
		k++
	}
	if k-i > 16 {
		return false
	}
	// "Did 1 in 3 new jobs really go to migrants?", "- Is the appeals
	// backlog really 100,000?", "Asylum claims by people arriving on visas
	// - what are the rules?": a question of one line, under a heading of
	// links, is the title of a link too
	if d.toks[k-1].low == "?" {
		return true
	}
	switch d.toks[k-1].low {
	case ".", "!", "?", "\"", "”", ":", "’":
		return false
	}
	return true
}

// labelOrShortLine reports whether token i, after a line's first word,
// makes that word a label (a colon, bar or dash follows) or whether the
// line ends within a few tokens, as a dateline or a link does.
func (d *docState) labelOrShortLine(i int) bool {
	if i >= len(d.toks) || d.toks[i].nl > 0 {
		return true
	}
	if d.toks[i].kind == tPunct {
		switch d.toks[i].low {
		case ":", "|", "-", "–", "—", "•", ">":
			return true
		}
	}
	if d.toks[i-1].low == "more" {
		return false // "More than 1,100 migrants": "more" as a label needs a colon
	}
	for k := i; k < len(d.toks) && k < i+12; k++ {
		if d.toks[k].nl > 0 {
			return true
		}
	}
	return i+12 > len(d.toks)
}
