// Which numbers in figures are statistics: keep, and the tests for dates, labels, tables, polls, URLs and phone numbers.

package extract

import (
	"math"
	"strconv"
	"strings"
)

// payBand reports whether the sum at token i is a band of pay that a
// share before it in the sentence is of: "46% earned below £25,000",
// "almost half of them are earning less than £25,000".
func (r *recogniser) payBand(i int) bool {
	k := i - 1
	if r.currencySign(k) != "" {
		k--
	}
	switch r.word(k) {
	case "under", "below", "over", "above":
		k--
	case "than":
		if w := r.word(k - 1); w != "less" && w != "more" {
			return false
		}
		k -= 2
	default:
		return false
	}
	switch r.word(k) {
	case "earn", "earns", "earned", "earning", "paid":
	default:
		return false
	}
	for j := k - 1; j >= r.lo && j >= k-16; j-- {
		if r.punct(j) == "%" || r.is(j, fFraction) || r.word(j) == "cent" || r.word(j) == "percent" {
			return true
		}
	}
	return false
}

// keep applies the tests that tell a statistic from a date, a year, an age,
// a time, an ordinal, a label or a phone number. hedged is true when hedge
// words or "between" come before the number.
func (r *recogniser) keep(c core, hedged bool) bool {
	first := c.s
	// "(1 euro = 0.8655 pounds)": a conversion rate; "[1]": a note's marker
	if r.punct(c.e) == "=" || r.punct(c.s-1) == "=" || r.punct(c.s-1) == "[" && r.punct(c.e) == "]" && c.unit == "" && !c.scaled {
		return false
	}
	// "46% earned below £25,000", "almost half earn under £25,000": the
	// pay band a share is of, a threshold
	if (c.unit != "" && c.unit != "percent" || r.currencySign(c.s-1) != "") && r.payBand(c.s) {
		return false
	}
	// "Figures are rounded to the nearest £10 million", "rounded to
	// 1,000": the precision of a table
	if k := first - 1; k >= r.lo {
		if r.currencySign(k) != "" {
			k-- // ("£10 million" read again as "10 million")
		}
		if w := r.word(k); w == "nearest" && r.word(k-1) == "the" || w == "to" && (r.word(k-1) == "rounded" || r.word(k-2) == "rounded") {
			return false
		}
	}
	if r.punct(first) != "" || r.word(first) == "us" {
		// a currency sign: money is always a statistic
		for first < c.e && r.toks[first].kind != tNum && r.toks[first].kind != tWord {
			first++
		}
		if first < c.e && r.toks[first].kind == tNum {
			return !r.attachedLetterAfter(first) || c.scaled
		}
	}
	// "for every ten people who arrived, almost eight left", "for every
	// 1,000 residents": the base a figure is set against
	// ("every 100,000 people added by net migration create demand for",
	// "each 100,000 drop in net migration adds £7bn": the unit of a rule of
	// thumb)
	if (r.word(first-1) == "every" || r.word(first-1) == "each") && (r.word(first-2) == "for" || c.value >= 1000 && r.word(c.e) != "of") && c.unit == "" && !c.scaled {
		return false
	}
	// "the scheme expects councils to care for no more than 0.1% of their
	// child population", "is expected to take children up to a level of
	// 0.1% of the under-18s": the share of children a council is asked to
	// care for, a rule's threshold (not "0.4% of its child population" in
	// a sentence with no rule; "equal to 0.1% of the children living in
	// its area", "the 0.1% of the local child population it is expected
	// to care for", "its own child population - 0.1% of it")
	if c.unit == "percent" && c.value <= 1 && r.word(c.e) == "of" && r.childBase(c.e+1) && r.sentenceHasRule() {
		return false
	}
	// "Of the 318 local authorities", "Scotland's 32 council areas",
	// "Wales' 22 councils", "the remaining 18 councils", "across the 27
	// member states": how many parts a country or union has, not a
	// statistic of them
	if c.unit == "" && !c.scaled && !c.decimal && !hedged && c.value < 1000 && r.partsNoun(c.e) && r.partsOwner(first) {
		return false
	}
	// "section 4(2) support": a subsection's number
	if r.punct(c.s-1) == "(" && r.adjacent(c.s-1) && r.isNum(c.s-2) && r.is(c.s-3, fLabel) && r.punct(c.e) == ")" {
		return false
	}
	// "a migrant on 130% of median pay": a point of the pay scale, not a
	// statistic
	if c.unit == "percent" && r.word(c.s-1) == "on" && r.word(c.e) == "of" {
		k := c.e + 1
		if r.word(k) == "the" {
			k++
		}
		if w := r.word(k); w == "median" || w == "average" || w == "mean" {
			switch r.word(k + 1) {
			case "pay", "earnings", "wage", "wages", "salary", "salaries", "income":
				return false
			}
		}
	}
	// "Letters of up to 300 words can be sent": a limit of length
	if w := r.word(c.e); (w == "words" || w == "characters") && c.unit == "" {
		return false
	}
	// "funded by more than a million readers in 180 countries", "Join the
	// 1.2 million supporters in 180 countries": the publisher's audience
	if w := r.word(c.e); (w == "readers" || w == "supporters") && r.word(c.e+1) == "in" && r.isNum(c.e+2) && r.word(c.e+3) == "countries" ||
		r.word(c.e) == "countries" && r.word(c.s-1) == "in" && (r.word(c.s-2) == "readers" || r.word(c.s-2) == "supporters") {
		return false
	}
	if c.inWords {
		return r.keepWords(c, hedged)
	}
	t := &r.toks[first]
	// a date written the ISO way: "updated 2024-07-19", "on 2023-11-23"
	if c.digits && !c.scaled && c.unit == "" && r.inISODate(first) {
		return false
	}
	// glued to letters before: "MI5", "COVID-19", "mid-2023", "G7"
	if r.adjacent(first) {
		// "(https://www.gov.uk/…-statistics--4)": part of a web address
		if r.inURL(first) {
			return false
		}
		p := &r.toks[first-1]
		if p.kind == tWord {
			return false
		}
		// (not "£5bn-8bn": the word is a scale glued to a number)
		if (p.low == "-" || p.low == "–") && first-2 >= r.lo && r.toks[first-1].adjacentTo(&r.toks[first-2]) &&
			r.toks[first-2].kind == tWord && !(c.scaled && r.is(first-2, fScale) && r.isNum(first-3) && r.adjacent(first-2)) {
			return false
		}
		// "12/04/2024", "9/11", "24/7"
		if p.low == "/" && r.isNum(first-2) && r.toks[first-1].adjacentTo(&r.toks[first-2]) {
			return false
		}
		if p.low == "." && (r.word(first-2) == "c" || r.word(first-2) == "approx") {
			// "c.600"
		} else if p.low == "+" && (r.signSpot(first-2, c.unit, c.e) || c.unit == "percent" && r.lineStart(first-1)) {
			// "| +9% |", "| +25 |": a signed change in a table; "(+1.3%)";
			// "+38% on 2024" opening a line of a box
		} else if p.low == "+" || p.low == "#" || p.low == ":" || p.low == "." {
			return false
		}
	}
	next := c.e
	// (the words and punctuation beside the figure, read by rule after rule
	// below: keep is too big for Go to inline word and punct into it, and
	// each read was a call)
	nw, np := r.word(next), r.punct(next)
	w1, p1, w2 := r.word(first-1), r.punct(first-1), r.word(first-2)
	// glued to letters after that are not a scale: "5th", "10am", "1990s", "4x4"
	if !c.scaled && r.attachedLetterAfter(first) && !(c.unit == "percent" && (r.word(first+1) == "pc" || r.word(first+1) == "p")) && !(c.unit == "GBP" && r.word(first+1) == "p") { // ("57pc" is a percentage, as "40p in every pound" is; "24p above the minimum" is money)
		return false
	}
	// a time: "10:30", "10.30pm"
	if (np == ":" || np == ".") && r.adjacent(next) && r.isNum(next+1) && r.adjacent(next+1) {
		return false
	}
	// "12/04/2024", "24/7": a number with a slash and a number after it
	if np == "/" && r.adjacent(next) && r.isNum(next+1) && r.adjacent(next+1) {
		return false
	}
	// list numbering at the start of a line: "1. Main points", "2) ...", "## 4. ..."
	if r.lineStart(first) && (np == "." || np == ")") && c.unit == "" && !c.scaled {
		return false
	}
	// a report's numbered paragraph: "3 The Department now expects …",
	// "2.14 The overspend is …" (a small number, or a section's number and
	// the paragraph's, then a capitalised word that counts nothing; not "40
	// Afghans", nor "22 – small boats"; but "4.5 Families waited …", as
	// there are no half families)
	if c.unit == "" && !c.scaled && r.lineStart(first) && paragraphNumber(t.str(r.src), &c) && next < r.hi && r.toks[next].kind == tWord && r.toks[next].upper && (c.decimal || !r.countNounAfter(next)) && !r.is(next, fMonth) {
		return false
	}
	// a time without am/pm: "at 10.30", "until 22.15" (not a rate that
	// fell from one level to another, "fell from 1.41 to 1.38", nor one
	// that stood at a level, "stood at 1.44": minutes under 60, after no
	// verb of change or level)
	if c.decimal && c.unit == "" && !c.scaled {
		switch w1 {
		case "at", "until", "till", "by", "before", "after", "from", "around":
			if whole, frac, _ := strings.Cut(t.str(r.src), "."); len(frac) == 2 && len(whole) <= 2 && frac < "60" && !r.is(first-2, fChangeBefore) && !levelVerb[r.word(first-2)] {
				return false
			}
		}
	}
	// ages: "aged 16", "at the age of 16", "aged between 18 and 25" (not
	// "disputed the age of 2,110 people")
	if c.value < 130 && r.ageContext(first) {
		return false
	}
	// a date with the month cut short: "on Feb. 21"
	if c.unit == "" && !c.scaled && c.value <= 31 && p1 == "." && months[w2] != 0 {
		return false
	}
	// a rank: "the top 10 nationalities", "Top 5 routes", "Claims by
	// nationality, top 5"
	if c.unit == "" && w1 == "top" && (first-1 == r.lo || w2 == "the" || r.lineStart(first-1) || r.punct(first-2) == "," || r.punct(first-2) == ":") {
		return false
	}
	// an age after a name: "Lucy Brannock, 44, a Border Force officer",
	// "Maryam, now 41, told me", or after a person: "One Border Force
	// veteran, 52, told us"
	if c.unit == "" && !c.scaled && !c.grouped && !c.decimal && c.value < 120 && np == "," {
		k := first - 1
		now := r.word(k) == "now"
		if now {
			k--
		}
		if r.punct(k) == "," && k-1 >= r.lo && (r.toks[k-1].upper && (now || !r.lineStart(k-1) || appositive[r.word(next+1)] || pastTense(r.word(next+1))) || personNoun[r.word(k-1)]) {
			return false
		}
		// "A volunteer helmsman, 58, described one dinghy": after one
		// person whom a noun phrase names, before what that person did
		if r.punct(k) == "," && (appositive[r.word(next+1)] || pastTense(r.word(next+1))) && r.onePersonPhrase(k-1) {
			return false
		}
	}
	// "…, said co-ordinator Ruth Keane, 58.": an age after the name a
	// quote is said by, ending its sentence
	if c.unit == "" && !c.scaled && !c.grouped && !c.decimal && c.value < 120 && np == "." && p1 == "," && first-2 >= r.lo && r.toks[first-2].upper && r.saidBefore(first-1) {
		return false
	}
	// "there were 12 of us on the boat", "with two other men": a speaker's
	// or a person's own company
	if c.unit == "" && !c.scaled && c.value <= 20 && r.company(first, next) {
		return false
	}
	// "Watch us on Freeview 236, Sky 515 and online", "… and Virgin
	// 602": channels
	if c.unit == "" && !c.scaled && (w1 == "sky" || w1 == "virgin") && r.sentenceHas("freeview") {
		return false
	}
	// "people aged 65 or over", "one in five are now 65 or over": an age
	if c.unit == "" && !c.scaled && !c.grouped && !c.decimal && c.value < 120 && (nw == "or" || nw == "and") {
		switch r.word(next + 1) {
		case "over", "older", "above":
			if r.nounUnit(next+2) == "" {
				return false
			}
		}
	}
	// "She is 71 and has voted", "he was 19 when he crossed", "'I was 15
	// and they said I was 23'", "Yonas was 16 when he climbed out", "Now
	// 18, he is studying plumbing", "boys as young as 14", "the youngest
	// was 12 when he disappeared", "If you're 26 and", "the upper age
	// limit from 30 to 35", "18- to 34-year-olds": ages
	if c.unit == "" && !c.scaled && !c.grouped && !c.decimal && c.value < 120 && c.value >= 1 {
		age := false
		switch {
		case (w1 == "is" || w1 == "was") && (w2 == "she" || w2 == "he" || w2 == "i" && w1 == "was" || nw == "when"), w1 == "am" && w2 == "i":
			age = true
		case w1 == "now" && first-1 == r.lo && np == ",":
			age = true
		case w1 == "now" && r.punct(first-2) == "," && nw == "and" && strings.HasSuffix(r.word(next+1), "ing"):
			// "One former interpreter, now 38 and living in Darwen"
			age = true
		case (w1 == "now" && (w2 == "is" || w2 == "was") && r.word(first-3) == "who" || (w1 == "is" || w1 == "was") && w2 == "who" && personNoun[r.word(first-3)]) && np == ",":
			// "his son, who is now 11, speaks Welsh"
			age = true
		case w1 == "as" && (w2 == "young" || w2 == "old") && r.word(first-3) == "as":
			age = true
		case (w1 == "was" || w1 == "is" || w1 == "were") && (w2 == "youngest" || w2 == "oldest"):
			age = true
		case ownAge(w1):
			age = true
		case (w1 == "is" || w1 == "was" || w1 == "turned") && personNoun[w2] && possessiveWords[r.word(first-3)]:
			// "My daughter is 14", "her son was 9"
			age = true
		case (w1 == "is" || w1 == "was") && r.onePersonBefore(first-2):
			// "One boy we worked with was 15 and …"
			age = true
		case w1 == "of" && personNoun[w2] && (r.word(first-3) == "one" || r.word(first-3) == "a" || r.word(first-3) == "an"):
			// "One boy of 15 was sharing a floor with 40 adults"
			age = true
		case ((w1 == "are" || w1 == "were" || w1 == "them" && w2 == "of") && (nw == "or" || nw == "and") && r.isNum(next+1) ||
			(w1 == "or" || w1 == "and") && r.isNum(first-2) && (r.word(first-3) == "are" || r.word(first-3) == "were" || r.word(first-3) == "them" && r.word(first-4) == "of")) &&
			(r.sentenceHas("boys") || r.sentenceHas("girls") || r.sentenceHas("teenagers") || r.sentenceHas("children")):
			// "Nine in ten are boys, and most are 16 or 17", "children, many
			// of them 16 or 17"
			age = true
		case (w1 == "are" || w1 == "were") && (w2 == "they" || w2 == "we") && (nw == "or" || nw == "and") && r.isNum(next+1),
			(w1 == "or" || w1 == "and") && r.isNum(first-2) && (r.word(first-3) == "are" || r.word(first-3) == "were") && (r.word(first-4) == "they" || r.word(first-4) == "we"):
			// "someone who says they are 16 or 17"
			age = true
		case w1 == "being" && w2 == "as" && (np != "" || next >= r.hi):
			// "later assessed as being 27."
			age = true
		case w1 == "now" && (w2 == "is" || w2 == "was") && r.word(first-3) == "and" && (np != "" || next >= r.hi) && r.ageWhenBefore(first-3):
			// "was 34 when he claimed asylum and is now 35."
			age = true
		case nw == "or" && (r.word(next+1) == "younger" || r.word(next+1) == "older"):
			// "one in five were 15 or younger": an age, bounding a share
			age = true
		case (np == "-" || np == "–") && r.adjacent(next) && r.word(next+1) == "to" && r.isNum(next+2) && r.word(next+4) == "year" && r.adjacent(next+3):
			age = true
		default:
			age = r.ageLimitBefore(first)
		}
		if age && r.nounUnit(next) == "" && !r.countNounAfter(next) {
			return false
		}
	}
	// "within 10 working days": a length of time
	if c.unit == "" && nw == "working" && r.is(next+1, fTimeNoun) {
		return false
	}
	// "the 10 Year Health Plan", "a 25 Year Environment Plan": a name
	if c.unit == "" && !c.scaled && nw == "year" && r.toks[next].upper && next+1 < r.hi && r.toks[next+1].kind == tWord && r.toks[next+1].upper {
		return false
	}
	// "2021–23": the end of a span of years
	if c.digits && !c.grouped && r.toks[first].be-r.toks[first].bs == 2 && r.adjacent(first) && (p1 == "–" || p1 == "-") &&
		r.isNum(first-2) && len(r.text(first-2)) == 4 && r.toks[first-1].adjacentTo(&r.toks[first-2]) {
		return false
	}
	// "Image 1 of 5", "Page 2 of 3", "cols 214-268", "paragraphs 2.8 to
	// 2.11", "pp. 12-14": the second number of a label
	if (w1 == "of" || p1 == "-" || p1 == "–" || (w1 == "to" || w1 == "and") && strings.HasSuffix(r.word(first-3), "s") && r.word(first-3) != "years") && r.isNum(first-2) && (r.is(first-3, fLabel) || r.punct(first-3) == "." && r.is(first-4, fLabel)) && c.unit == "" {
		return false
	}
	// "not answering 999 calls": the emergency number
	if c.digits && c.value == 999 && !c.grouped && (nw == "calls" || nw == "call") {
		return false
	}
	// "56 comments", "1.2k views", "Comments (1,184)": counts of a page,
	// not of its subject
	switch nw {
	case "comments", "views", "likes", "shares", "replies", "retweets", "reactions":
		return false
	case "view", "read", "see":
		if w := r.word(next + 1); w == "comments" || w == "replies" {
			return false // "388 View comments"
		}
	}
	if p1 == "(" && np == ")" && c.unit == "" {
		switch w2 {
		case "comments", "views", "likes", "shares", "replies", "reactions", "discussion", "conversation":
			return false
		}
	}
	// "Shares: 1,204", "Shared 318 times", "Download PDF (412 KB)", and
	// "Comments 1,084" as a line of its own
	if c.unit == "" && (p1 == ":" && (w2 == "shares" || w2 == "views" || w2 == "comments") || w1 == "shared" && nw == "times") {
		return false
	}
	// (or after a bar: "Link copied | Bookmark | Comments 1.1k"; or
	// before one: "Comments 1,288 | Shares 3.4k")
	if w := w1; c.unit == "" && (w == "comments" || w == "shares" || w == "views" || w == "replies") && (r.lineStart(first-1) || r.punct(first-2) == "|") && (next >= r.hi || r.toks[next].nl > 0 || np == "|") {
		return false
	}
	// "Join 2,300 others in the comments"
	if c.unit == "" && w1 == "join" && nw == "others" && (r.sentenceHas("comments") || r.sentenceHas("conversation") || r.sentenceHas("discussion")) {
		return false
	}
	// "one in four 18 to 34-year-olds": the first age of a range of ages
	if c.unit == "" && !c.scaled && c.value < 120 && (nw == "to" || np == "-" || np == "–") && r.isNum(next+1) && r.punct(next+2) == "-" && r.adjacent(next+2) && (r.word(next+3) == "year" || strings.HasPrefix(r.word(next+3), "year-")) {
		return false
	}
	// "in the 16 to 34 age band", "the 25-49 age group": the ages that
	// name a group
	if c.unit == "" && !c.scaled && c.value < 120 && (nw == "age" && ageGroup[r.word(next+1)] && (w1 == "to" || p1 == "-" || p1 == "–") && r.isNum(first-2) ||
		(nw == "to" || np == "-" || np == "–") && r.isNum(next+1) && r.word(next+2) == "age" && ageGroup[r.word(next+3)]) {
		return false
	}
	// "most 16- and 17-year-olds": the first of two ages
	if c.unit == "" && !c.scaled && c.value < 120 && (np == "-" || np == "–") && r.adjacent(next) && (r.word(next+1) == "and" || r.word(next+1) == "or") && r.isNum(next+2) && r.punct(next+3) == "-" && r.adjacent(next+3) && (r.word(next+4) == "year" || strings.HasPrefix(r.word(next+4), "year-")) {
		return false
	}
	// "people of working age, 16 to 64,": the ages that define the group
	if c.unit == "" && !c.scaled && c.value < 120 && (p1 == "," && w2 == "age" && nw == "to" && r.isNum(next+1) ||
		w1 == "to" && r.isNum(first-2) && r.punct(first-3) == "," && r.word(first-4) == "age") {
		return false
	}
	// a reader poll: "Yes 91%   No 9%", "Total votes: 9,418", "14,206 votes"
	// (not a division of the House: "defeated by 332 votes to 181")
	if c.unit == "" && (nw == "votes" && r.lineStart(first) && r.word(next+1) != "to" || p1 == ":" && w2 == "votes") {
		return false
	}
	if w := w1; c.unit == "percent" && (w == "yes" || w == "no") && r.pollLine(first-1) {
		return false
	}
	// "came here around 2019 or 2020", "turns negative around 2030": a
	// hedged year, not a hedged figure
	if hedged && c.digits && c.unit == "" && !c.scaled && c.value >= 1900 && c.value <= 2100 && len(r.text(first)) == 4 && !r.countNounAfter(next) {
		return false
	}
	// "one person seeking asylum to every 200 residents": the base of a
	// ratio
	if c.unit == "" && w1 == "every" && w2 == "to" {
		return false
	}
	// "The top 1% of earners": a group, not a statistic of it
	if w := w1; c.unit == "percent" && (w == "top" || w == "bottom" || w == "richest" || w == "poorest") && w2 == "the" {
		return false
	}
	// "table RTN_04", "MJ_02": a code
	if p1 == "_" && r.adjacent(first) {
		return false
	}
	// "Campus Futures, which represents 71 universities": who a body
	// speaks for
	if c.unit == "" && !hedged && r.representsBefore(first) {
		return false
	}
	// "every 100,000 fewer net migrants", "each extra 100 detainees": a
	// step of a rule of thumb (not "for every 1,000 residents", a base,
	// nor "one in every 110")
	if c.unit == "" {
		switch w := w1; {
		case w == "every" && w2 != "for" && w2 != "in" && stepWord(nw):
			return false
		case (w == "extra" || w == "additional") && w2 == "each":
			return false
		}
	}
	switch nw {
	case "kb", "mb", "gb":
		return false
	}
	// "a 95% confidence interval", "the statisticians' 95% range";
	// "898,000 (95% CI: 810,000 to 985,000)", the bulletins' abbreviation
	if c.unit == "percent" && (nw == "confidence" || nw == "confident" || nw == "ci" || nw == "cis" || (nw == "range" || nw == "interval") && c.value >= 90 && !r.changeContext(c.s)) {
		return false
	}
	// "Divided by 365, that works out at £6m a day": arithmetic
	if w1 == "by" {
		switch w2 {
		case "divided", "divide", "dividing", "multiplied", "multiply", "multiplying":
			return false
		}
	}
	if c.unit == "" && !c.scaled && !c.grouped && !c.decimal && c.value < 120 {
		// "over 18", "under 30" with no noun: an age limit, not a count
		if q := r.word(c.s - 1); (q == "under" || q == "over" || q == "above" || q == "below") && r.nounUnit(next) == "" && !r.countNounAfter(next) {
			return false
		}
	}
	// "Scotland's 32 council areas": how many there are, not a statistic
	if c.unit == "" && !c.scaled && strings.HasSuffix(w1, "'s") && (r.councilAreas(next+1) || r.councilAreas(next+2)) {
		return false
	}
	// names and addresses: "10 Downing Street", "Boeing 767", "Channel 4";
	// "157-197 Buckingham Palace Road", the numbers a building spans
	if c.unit == "" && !c.scaled && !c.grouped {
		n := next
		if (r.punct(n) == "-" || r.punct(n) == "–") && r.adjacent(n) && r.isNum(n+1) && r.adjacent(n+1) {
			n += 2
		}
		if w := r.word(n); w != "" && isUpperWord(&r.toks[n]) && (r.is(n+1, fStreet) || r.is(n+2, fStreet)) {
			return false
		}
		// (not a possessive: "with February's 860 the lowest", nor a day:
		// "Mon 412 | Tue 655", nor a place in a list that leaves out its
		// verb: "10.1 per 10,000 across the UK, and in Scotland 9.7")
		if !hedged && first-1 > r.lo && w1 != "" && isUpperWord(&r.toks[first-1]) && !r.lineStart(first-1) && !r.isMonth(first-1) && !strings.HasSuffix(w1, "'s") && !dayNames[w1] && r.nounUnit(next) == "" && !r.countNounAfter(next) && !r.listItem(first, next) &&
			!(c.decimal && r.is(first-1, fPlaceName) && (w2 == "in" || w2 == "and")) {
			if !r.is(next, fUnitNoun) {
				return false
			}
		}
	}
	// the trunk prefix of a phone number written for callers abroad: "+44
	// (0)20 7946 0000", "+44 (0) 7500 970081"
	if c.value == 0 && c.unit == "" && p1 == "(" && np == ")" && (r.isNum(next+1) && r.adjacent(next+1) || r.isNum(first-2) && r.punct(first-3) == "+") {
		return false
	}
	// phone numbers and codes: "0800 123 4567", "020 7946 0000" — numbers
	// that follow each other with only spaces between
	if len(t.str(r.src)) >= 3 && t.str(r.src)[0] == '0' && !c.decimal || r.phoneChain(first) {
		return false
	}
	// "call the PSNI on 101", "dial 999": a number to ring
	if c.unit == "" && !c.scaled && !c.grouped && !c.decimal && r.ringNumber(first, next) {
		return false
	}
	if c.unit == "" && !c.scaled && (r.isNum(first-1) && r.toks[first].space && !r.tableGap(first) || r.isNum(next) && r.toks[next].space && !r.tableGap(next)) && !r.seriesPoint(first, next) {
		return false
	}
	// labels: "Article 8", "section 3", "Channel 4", "charity no. 1190417";
	// "section 94B": a capital glued to a label's number is its letter, not
	// a scale (94 billion)
	if c.unit == "" && (!c.scaled || r.letterSuffix(first, c.e)) && !c.grouped {
		k := first - 1
		if r.word(k) == "" && (r.punct(k) == "." || r.punct(k) == "(") {
			k = first - 2 // "no. 1190417", "Comments (284)"
		}
		// ("this year 452 boats landed": a period, then a count)
		if r.is(k, fLabel) && !(periodNoun[r.word(k)] && timeDeterminer[r.word(k-1)]) {
			return false
		}
	}
	// a run of five or more digits with no separators and no counted noun is
	// a reference or an identifier: counts are written "36,816"
	if c.digits && len(t.str(r.src)) >= 5 && c.unit == "" && !c.scaled && r.nounUnit(next) == "" {
		return false
	}
	// "once 300 people have been relocated", "if 300 people were
	// relocated": a condition, not a count; "those first 300 people", "£1.8m
	// for each of the first 300": a frame for a figure per head ("the first
	// 300 people would cost £541m" is a count)
	if w := w1; w == "once" || w == "if" || w == "first" && c.unit == "" && (w2 == "those" || w2 == "these" || w2 == "the" && r.word(first-3) == "of") {
		return false
	}
	// "within 10 to 12 weeks": a duration written as a range
	if c.unit == "" && !c.scaled && (r.word(c.e) == "to" || r.word(c.e) == "or" || r.punct(c.e) == "-" || r.punct(c.e) == "–") && r.isNum(c.e+1) && timeNouns[r.word(c.e+2)] {
		return false
	}
	// durations and times: "six months", "72 hours", "10 am", "25-year-old"
	// (not "Boats arrived on 71 days", "crossings took place on only 13
	// days": a count of the days on which something happened)
	if r.is(next, fTimeNoun) && c.unit == "" && !c.scaled && !r.waitingTime(first) && !(hedged && nw == "years" && r.wouldTake(first)) && !r.onDays(first, next) {
		return false
	}
	// "It has fallen for six quarters in a row", "for five consecutive
	// quarters": how long a run lasted
	if nw == "quarters" && (r.word(next+1) == "in" && r.word(next+2) == "a" && r.word(next+3) == "row" || r.word(next+1) == "running") || nw == "consecutive" && r.word(next+1) == "quarters" {
		return false
	}
	// "18-to-34-year-olds": the first age of a range of ages
	if np == "-" && r.adjacent(next) && r.word(next+1) == "to" && r.punct(next+2) == "-" && r.isNum(next+3) && r.punct(next+4) == "-" && (r.word(next+5) == "year" || strings.HasPrefix(r.word(next+5), "year-")) {
		return false
	}
	// "were 16 to 34 years old", "aged between 18 and 24 years old": the
	// first age of a range of ages
	if (nw == "to" || nw == "and" || np == "-" || np == "–") && r.isNum(next+1) && r.word(next+2) == "years" && r.word(next+3) == "old" {
		return false
	}
	if (np == "-" || np == "–") && r.adjacent(next) && r.word(next+1) != "" && r.adjacent(next+1) {
		w := r.word(next + 1)
		// ("a 50-person manufacturer", "a six-storey block": a size that
		// describes one thing)
		if r.is(next+1, fTimeNoun) || w == "year" || w == "years" || w == "point" || w == "page" || w == "man" || w == "mile" || w == "person" || w == "member" || w == "storey" {
			return false
		}
		// "the 10-working-day target": a length of time
		if w == "working" && r.punct(next+2) == "-" && r.adjacent(next+2) && r.is(next+3, fTimeNoun) {
			return false
		}
	}
	// "1.5 claims per 1,000 residents": the base of a rate is no figure
	if w1 == "per" && c.unit == "" && !c.scaled {
		return false
	}
	// "(PDF, 38 pages)", "a 120-page report": the length of a document
	if (nw == "pages" || nw == "page") && c.unit == "" {
		return false
	}
	if (nw == "years" || nw == "year") && c.unit == "" {
		// ages and frames: "25 years old", "five years ago", "the next 10 years",
		// "wait 10 years rather than five" (a rule);
		// keep "in 75 years", "an average wait of 1.4 years", "the largest
		// annual increase for 75 years"
		if r.word(next+1) == "old" || r.word(next+1) == "ago" || r.possessive(next+1) || r.ruleAlternative(next+1) || r.is(first-1, fFrame) && !(nw == "years" && (r.recordPeriod(first) || hedged && r.wouldTake(first))) || c.value == math.Trunc(c.value) && r.livedBefore(first) {
			return false
		}
		// "net migration of nearly five million in 14 years", "2,000
		// people in 14 years": the time a figure took, not a figure
		if w1 == "in" && r.countEndsAt(first-2) {
			return false
		}
	}
	// dates: "5 July", "July 5", "5th of July"
	if c.digits && c.unit == "" && !c.scaled {
		v := c.value
		if v >= 1 && v <= 31 {
			if r.isMonth(next) {
				return false
			}
			if nw == "of" {
				if r.isMonth(next + 1) {
					return false
				}
			}
			if r.isMonth(first - 1) {
				return false
			}
		}
		// years: "in 2024", "2022/23", "the 2000 Terrorism Act", "2023 arrivals";
		// news writes counts in the thousands with a comma
		// "below 2022's record pace": a year with an apostrophe is a year
		if len(t.str(r.src)) == 4 && v >= 1800 && v <= 2100 && hedged && (np == "'" || np == "’") && r.word(next+1) == "s" {
			return false
		}
		// "the highest since at least 2018": a year, however hedged
		if len(t.str(r.src)) == 4 && v >= 1800 && v <= 2100 && hedged && r.yearPreposition(first-1) {
			return false
		}
		// "emigrated over 2024 and 2025": "over" a year is a span of time
		if len(t.str(r.src)) == 4 && v >= 1800 && v <= 2100 && hedged && w1 == "over" && !r.countNounAfter(next) && r.nounUnit(next) == "" {
			return false
		}
		// "less than 2023-24's record": a financial year or a span of years
		if len(t.str(r.src)) == 4 && v >= 1800 && v <= 2100 && (np == "-" || np == "–" || np == "/") &&
			r.adjacent(next) && r.isNum(next+1) && r.adjacent(next+1) && (len(r.text(next+1)) == 2 || len(r.text(next+1)) == 4) {
			return false
		}
		if len(t.str(r.src)) == 4 && v >= 1800 && v <= 2100 && !hedged {
			// "2000 people" (a round count) is a count; "2023 arrivals" is a year
			if int(v)%100 != 0 || !r.countNounAfter(next) {
				return false
			}
		}
		// "2022/23" second part
		if (p1 == "/" || p1 == "-") && r.adjacent(first) && r.isNum(first-2) && len(r.text(first-2)) == 4 {
			return false
		}
		if r.isMonth(first-1) && len(t.str(r.src)) == 4 {
			return false
		}
	}
	return true
}

// pollLine reports whether the line of token i opens with "Yes" and has a
// "No" on it: a reader poll's results.
func (r *recogniser) pollLine(i int) bool {
	a := i
	for a > r.lo && r.toks[a].nl == 0 {
		a--
	}
	if r.word(a) != "yes" {
		return false
	}
	for k := a + 1; k < r.hi && (k == a+1 || r.toks[k].nl == 0); k++ {
		if r.word(k) == "no" {
			return true
		}
	}
	return false
}

// stepWord reports whether w, after "every 100,000", makes the figure the
// step of a rule of thumb: "every 100,000 fewer", "every 10,000 extra".
func stepWord(w string) bool {
	switch w {
	case "fewer", "more", "less", "extra", "additional", "fall", "rise", "drop", "increase", "reduction", "cut":
		return true
	}
	return false
}

// partsNoun reports whether the parts of a country or union are named at
// token i: "councils", "council areas", "local authorities", "boroughs",
// "member states", "countries", "nations".
func (r *recogniser) partsNoun(i int) bool {
	switch r.word(i) {
	case "councils", "boroughs", "countries", "nations", "universities":
		return true
	case "council":
		return r.word(i+1) == "areas"
	case "local":
		return r.word(i+1) == "authorities" || r.word(i+1) == "authority" && r.word(i+2) == "areas"
	case "member":
		return r.word(i+1) == "states"
	case "eu":
		return r.word(i+1) == "member" && r.word(i+2) == "states" // "the 27 EU member states"
	}
	return false
}

// partsOwner reports whether the number at token i is preceded by the
// whole its parts make up: "of the", "across the", "the remaining", or a
// capitalised possessive ("Scotland's", "Wales'").
func (r *recogniser) partsOwner(i int) bool {
	switch w := r.word(i - 1); {
	case w == "the":
		switch r.word(i - 2) {
		case "of", "across", "in", "cover", "covers", "covering":
			return true // ("EU figures cover the 27 member states")
		case "among":
			// "ranked 17th among the 27 member states" (not "among the 96
			// local authorities where the population fell": some of them)
			return r.word(i+1) == "member" || r.word(i+1) == "eu"
		}
		return false
	case w == "remaining":
		return r.word(i-2) == "the"
	case w == "our" || w == "its" || w == "their":
		return r.word(i-2) == "of" // "In 24 of our 32 council areas"
	case strings.HasSuffix(w, "'s") && r.toks[i-1].upper:
		return true
	case r.punct(i-1) == "'" || r.punct(i-1) == "’":
		return strings.HasSuffix(r.word(i-2), "s") && r.toks[i-2].upper
	}
	return false
}

// sentenceHasRule reports whether the sentence speaks of a rule: a
// "scheme", what councils are "expected" or "asked" to do, a "level" or
// "threshold" they are held to.
func (r *recogniser) sentenceHasRule() bool {
	for k := r.lo; k < r.hi; k++ {
		switch r.toks[k].low {
		case "scheme", "expected", "expects", "asks", "asked", "level", "threshold":
			return true
		}
	}
	return false
}

// childBase reports whether the words from i name a child population, as
// the base of a share: "their child population", "the under-18s", "the
// children living in its area", "it" in a sentence on a child population.
func (r *recogniser) childBase(i int) bool {
	if r.word(i) == "it" {
		return r.sentenceHas("child") && r.sentenceHas("population")
	}
	switch r.word(i) {
	case "its", "their", "the":
	default:
		return false
	}
	for k := i + 1; k <= i+3 && k < r.hi; k++ {
		switch r.word(k) {
		case "child", "children", "under":
			return true
		case "":
			return false
		}
	}
	return false
}

// sentenceHas reports whether the word w stands in the sentence.
func (r *recogniser) sentenceHas(w string) bool {
	for k := r.lo; k < r.hi; k++ {
		if r.toks[k].low == w {
			return true
		}
	}
	return false
}

// tableGap reports whether token i is set off from the token before by a
// run of two or more spaces or a tab, as the cells of a table in plain text
// are ("OBR, March 2025      386    342    340"); a phone number or "in 2024
// 1,200" has single spaces.
func (r *recogniser) tableGap(i int) bool {
	gap := r.src[r.toks[i-1].be:r.toks[i].bs]
	return len(gap) >= 2 && strings.Trim(gap, " \t") == "" || gap == "\t"
}

// inURL reports whether token i is part of a web address: the run of
// text without spaces that holds it has "://" or "www." before it.
func (r *recogniser) inURL(i int) bool {
	b := r.toks[i].bs
	for a := b - 1; a >= 0 && a >= b-300; a-- {
		switch r.src[a] {
		case ' ', '\n', '\t':
			return false
		case '/':
			if a >= 2 && r.src[a-1] == '/' && r.src[a-2] == ':' {
				return true
			}
		case '.':
			if a >= 3 && r.src[a-3:a] == "www" {
				return true
			}
		}
	}
	return false
}

// seriesPoint reports whether the number at first (ending at next) is the
// value of a year in a chart's series: "Immigration: 2023 1,326; 2024
// 1,095; 2025 898".
func (r *recogniser) seriesPoint(first, next int) bool {
	y := first - 1
	if !r.isNum(y) || len(r.text(y)) != 4 || !r.toks[first].space {
		return false
	}
	if v := r.text(y); v < "1900" || v > "2100" {
		return false
	}
	switch r.punct(y - 1) {
	case ":", ";", ",":
	default:
		return false
	}
	switch r.punct(next) {
	case ";", ".", ",":
		return true
	}
	return next >= r.hi
}

// attachedLetterAfter reports whether the number token at i is glued to
// letters that are not a scale abbreviation.
func (r *recogniser) attachedLetterAfter(i int) bool {
	if i+1 >= r.hi || !r.toks[i+1].adjacentTo(&r.toks[i]) || r.toks[i+1].kind != tWord {
		return false
	}
	// a scale word is a key of scaleAttached or of scaleWords
	scale := r.toks[i+1].flags&fScale != 0
	return !scale && r.toks[i+1].low != "per"
}

func isUpperWord(t *token) bool {
	return t.upper
}

// representsBefore reports whether "represents" stands in the few words
// before token i, in its clause: "which represents 71 universities", "which
// represents housing officers at 140 local authorities".
func (r *recogniser) representsBefore(i int) bool {
	// (not "the estimate represents a fall of 86,000": what a figure
	// amounts to)
	switch r.word(i - 1) {
	case "represents", "representing", "represent":
		return true
	case "at", "in", "across", "from":
		return r.wordBefore(i-1, 4, representWords)
	}
	return false
}

// lineStart reports whether only punctuation ("##", "*", "•") stands before
// token i on its line.
func (r *recogniser) lineStart(i int) bool {
	for k := i; k >= r.lo; k-- {
		if k < i && r.toks[k].kind != tPunct {
			return false
		}
		if r.toks[k].nl > 0 || k == 0 {
			return true
		}
		if k == r.lo {
			return k == 0 || r.toks[k].nl > 0
		}
	}
	return false
}

// phoneChain reports whether the number at i is part of a phone number:
// numbers joined by hyphens or spaces, one of them starting with 0.
func (r *recogniser) phoneChain(i int) bool {
	lo, hi := i, i
	for lo-2 >= r.lo && r.isNum(lo-2) && (r.punct(lo-1) == "-" && r.adjacent(lo) && r.adjacent(lo-1)) {
		lo -= 2
	}
	for hi+2 < r.hi && r.isNum(hi+2) && (r.punct(hi+1) == "-" && r.adjacent(hi+1) && r.adjacent(hi+2)) {
		hi += 2
	}
	if lo == hi {
		return false
	}
	for k := lo; k <= hi; k += 2 {
		if t := r.text(k); len(t) >= 3 && t[0] == '0' {
			return true
		}
	}
	return false
}

// ringNumber reports whether the number at i, before token next, is one to
// ring: after
// "dial", or after "on" in a clause that asks the reader to call, ring,
// phone or text ("should call the PSNI on 101"), and ending the clause.
func (r *recogniser) ringNumber(i, next int) bool {
	// (the number ends its clause, or gives way to another: not "calls on
	// 500 firms to …")
	switch r.word(next) {
	case "", "or", "and", "if", "quoting", "free", "anytime":
	default:
		return false
	}
	switch r.word(i - 1) {
	case "dial", "dialling", "dialled", "ring", "call", "text":
		return true
	case "on":
		for k := i - 2; k >= r.lo && k >= i-8; k-- {
			switch r.word(k) {
			case "call", "calling", "ring", "ringing", "phone", "phoning", "text", "texting", "contact", "dial":
				return true
			case "":
				if r.punct(k) != "'" && r.punct(k) != "’" {
					return false
				}
			}
		}
	}
	return false
}

// ageGroup are the nouns after "age" that make the ages before them a
// group's: "the 16 to 34 age band".
var ageGroup = map[string]bool{"band": true, "bands": true, "group": true, "groups": true, "bracket": true, "brackets": true, "range": true}

// saidBefore reports whether "said" or "says" stands in the eight tokens
// before token i, within its clause (a hyphen does not end it:
// "said co-ordinator Ruth Keane").
func (r *recogniser) saidBefore(i int) bool {
	for k := i - 1; k >= r.lo && k >= i-8; k-- {
		switch w := r.word(k); {
		case w == "said" || w == "says":
			return true
		case w == "" && r.punct(k) != "-":
			return false
		}
	}
	return false
}

// inISODate reports whether token i is a part of a date written year,
// month and day joined by hyphens ("2024-07-19"), with nothing glued on
// either side.
func (r *recogniser) inISODate(i int) bool {
	for y := i - 4; y <= i; y += 2 {
		if r.isoDateAt(y) {
			return true
		}
	}
	return false
}

// isoDateAt reports whether tokens y to y+4 spell a date YYYY-MM-DD.
func (r *recogniser) isoDateAt(y int) bool {
	if y < r.lo || y+4 >= r.hi || r.adjacent(y) || r.adjacent(y+5) && r.toks[y+5].kind != tPunct {
		return false
	}
	for k := 1; k <= 4; k++ {
		if !r.adjacent(y+k) || k%2 == 1 && r.punct(y+k) != "-" {
			return false
		}
	}
	num := func(k, width int, max int) bool {
		if !r.isNum(y + k) {
			return false
		}
		s := r.toks[y+k].str(r.src)
		n, err := strconv.Atoi(s)
		return err == nil && len(s) == width && n >= 1 && n <= max
	}
	return num(0, 4, 2999) && num(2, 2, 12) && num(4, 2, 31)
}

// letterSuffix reports whether tokens [a, e) are written as digits with one
// capital letter glued to them: "94B", "10A".
func (r *recogniser) letterSuffix(a, e int) bool {
	if e <= a || e > len(r.toks) {
		return false
	}
	w := r.src[r.toks[a].bs:r.toks[e-1].be]
	n := len(w)
	return n >= 2 && 'A' <= w[n-1] && w[n-1] <= 'Z' && '0' <= w[n-2] && w[n-2] <= '9' && !strings.ContainsAny(w, " \u00a0")
}

// paragraphNumber says whether a number's text could number a report's
// paragraph: up to three digits ("3"), or a section's number and the
// paragraph's ("2.14", "12.3").
func paragraphNumber(s string, c *core) bool {
	if c.digits {
		return len(s) <= 3
	}
	whole, frac, ok := strings.Cut(s, ".")
	return c.decimal && ok && len(whole) <= 2 && len(frac) <= 2
}

// countEndsAt reports whether a count ends at token k: a number, a number
// with its scale ("five million") or with the noun it counts ("2,000
// people").
func (r *recogniser) countEndsAt(k int) bool {
	if r.isNum(k) || scaleWords[r.word(k)] > 0 {
		return true
	}
	return r.nounUnit(k) != "" && (r.isNum(k-1) || scaleWords[r.word(k-1)] > 0)
}

// onePersonPhrase reports whether the words ending at token k name one
// person: "a", "an", "one" or "another" and up to three lower-case words,
// the last of them not plural ("A volunteer helmsman", "one crew member";
// not "the 32 boroughs").
func (r *recogniser) onePersonPhrase(k int) bool {
	if w := r.word(k); w == "" || strings.HasSuffix(w, "s") || r.toks[k].upper && k > r.lo {
		return false
	}
	for j := k - 1; j >= r.lo && j >= k-3; j-- {
		switch r.word(j) {
		case "a", "an", "one", "another":
			return true
		case "":
			return false
		}
	}
	return false
}

// onDays reports whether the number at first counts the days on which
// something happened: "on 71 days", "on just 13 days" (not "on 28 days'
// notice", a length of time).
func (r *recogniser) onDays(first, next int) bool {
	if r.word(next) != "days" || r.punct(next+1) == "'" || r.punct(next+1) == "’" {
		return false
	}
	switch r.word(next + 1) {
	case "bail", "notice", "leave", "warning", "credit":
		return false
	}
	k := first - 1
	if w := r.word(k); w == "only" || w == "just" {
		k--
	}
	return r.word(k) == "on"
}

// levelVerb are the verbs of a level a figure stood at: "stood at 1.44",
// "remained at 1.41", "peaked at 2.15".
var levelVerb = map[string]bool{"stood": true, "stands": true, "stand": true, "remained": true, "remains": true,
	"peaked": true, "settled": true, "steady": true, "unchanged": true}
