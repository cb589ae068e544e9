// Tables and charts: header rows, columns, row labels, and the captions that set their scale.

package extract

import (
	"math"
	"slices"
	"strings"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
)

// firstBar returns the first "|" of sentence s, which makes it a row of a
// table, or -1.
func (d *docState) firstBar(s span) int {
	for k := s.a; k < s.b; k++ {
		if d.toks[k].low == "|" {
			return k
		}
	}
	return -1
}

// ruleRow reports whether sentence s is the rule under a Markdown table's
// header ("|---|:---:|"): bars, dashes and colons only. It is no header.
func (d *docState) ruleRow(s span) bool {
	for k := s.a; k < s.b; k++ {
		switch d.toks[k].low {
		case "|", "-", ":", "—", "–":
		default:
			if d.toks[k].kind != tPunct || strings.Trim(d.toks[k].low, "-:") != "" {
				return false
			}
		}
	}
	return true
}

// columnHead returns the measure that the header of the column q stands
// in names with cues of weight 1.5 or more, among those that allow the
// unit, or -1. A header is a bare label, so a word that says little in
// running text says what the column counts there: "Country | Claims".
func (d *docState) columnHead(q *quantity, unit string, si int) int {
	a, b, ok := d.columnHeader(q)
	if !ok {
		return -1
	}
	if best, w := d.cueVote(inSpan(d.cues, span{a, b}), b, unit, si); w >= 1.5 {
		return best
	}
	return -1
}

// titleBreaksDown reports whether the heading the table being read stands
// under breaks a measure down: "Returns by type of return, selected years".
func (d *docState) titleBreaksDown() bool {
	if d.headAt < 0 {
		return false
	}
	h := d.sents[d.headAt]
	for k := h.a; k < h.b; k++ {
		if d.toks[k].low == "by" {
			return true
		}
	}
	return false
}

// headerNamesMeasure reports whether the header row of the table being
// read names one of the vocabulary's measures clearly over a column of
// figures (not over the row labels: "Type of return | YE Sep 2025").
func (d *docState) headerNamesMeasure() bool {
	h := d.sents[d.header]
	for k := h.a; k < h.b; k++ {
		if d.toks[k].low == "|" {
			h.a = k + 1
			break
		}
	}
	for _, c := range inSpan(d.cues, h) {
		if c.target != d.x.lx.other && c.weight >= 2 {
			return true
		}
	}
	return false
}

// columnHeader returns the tokens [a, b) of the header of the column of
// the table the figure q stands in, if the table has a header row.
func (d *docState) columnHeader(q *quantity) (a, b int, ok bool) {
	return d.columnHeaderAt(q.ts)
}

// columnHeaderAt is columnHeader for the cell of the row being read that
// holds token at.
func (d *docState) columnHeaderAt(at int) (a, b int, ok bool) {
	if d.header < 0 || d.header >= d.curSent || d.rowBar < 0 {
		return 0, 0, false
	}
	col := 0
	for k := d.rowBar; k < at; k++ {
		if d.toks[k].low == "|" {
			col++
		}
	}
	h := d.sents[d.header]
	a, b, n := h.a, h.b, 0 // the tokens of the header's column col
	for k := h.a; k < h.b; k++ {
		if d.toks[k].low != "|" {
			continue
		}
		if n++; n == col {
			a = k + 1
		} else if n == col+1 {
			b = k
			break
		}
	}
	return a, b, n >= col && a < b
}

// percentColumn reports whether the figure q stands in a table column whose
// header says its cells are percentages: "Change (%)", "Grant rate, per
// cent".
func (d *docState) percentColumn(q *quantity) bool {
	a, b, ok := d.columnHeader(q)
	if !ok {
		return false
	}
	for k := a; k < b; k++ {
		switch d.toks[k].low {
		case "%", "percent":
			return true
		case "per":
			if k+1 < b && d.toks[k+1].low == "cent" {
				return true
			}
		}
	}
	return false
}

// rateColumn reports whether the figure q stands in a table column whose
// header is a rate per so many ("Per 10,000 residents", "Rate per 1,000"):
// its cells count no one.
func (d *docState) rateColumn(q *quantity) bool {
	a, b, ok := d.columnHeader(q)
	if !ok {
		return false
	}
	for k := a; k+1 < b; k++ {
		if d.toks[k].low == "per" && d.toks[k+1].kind == tNum {
			return true
		}
	}
	return false
}

// changeColumn reports whether the figure q stands in a table column whose
// header speaks of a change ("Change", "Rise on 2024", "%"), or in a table
// with no header row, or in no table: where a signed figure is a change.
func (d *docState) changeColumn(q *quantity) bool {
	a, b, ok := d.columnHeader(q)
	return !ok || d.speaksOfChange(a, b)
}

// speaksOfChange reports whether tokens [a, b) of a table's header speak
// of a change.
func (d *docState) speaksOfChange(a, b int) bool {
	for k := a; k < b; k++ {
		switch d.toks[k].low {
		case "change", "changes", "rise", "fall", "increase", "decrease", "difference", "%", "growth", "up", "down", "on", "revision", "revisions":
			return true
		}
	}
	return false
}

// weakRowLabel reports whether the sentence being read is a row of a
// table (its cells set off by "|") whose label, the first cell, names no
// measure with a cue of weight 2 or more: "Work", "Study", "Total".
func (d *docState) weakRowLabel() bool {
	bar := d.rowBar
	if bar < 0 {
		return false
	}
	for _, c := range d.sentCues {
		if c.e <= bar && c.weight >= 2 {
			return false
		}
	}
	return true
}

// headMeasure returns the measure whose cues in the heading the sentence
// si stands under weigh most, among those that allow the unit, or -1.
func (d *docState) headMeasure(unit string, si int) int {
	best, w := d.cueVote(d.headCues, len(d.toks), unit, si)
	if best >= 0 && w < 2 && d.prior[best] < 0.5 {
		// ("Afghan arrivals" in a story on resettlement: one weak word
		// names no measure the story is not about; "The courtroom bill"
		// in one on the cost of asylum does)
		return -1
	}
	return best
}

// cueVote returns the measure whose cues among cs (ending by token end)
// weigh most in all, of those that allow the unit and speak for it, with
// that weight; or -1.
func (d *docState) cueVote(cs []match, end int, unit string, si int) (int, float64) {
	lx := d.x.lx
	var sum [64]float64
	best := -1
	for _, c := range cs {
		if t := c.target; c.e <= end && d.unitAllowed(t, unit) && d.requirementMet(t, si) && lx.speaksFor(c)&cueUnit(unit) != 0 {
			sum[t] += c.weight
			if best < 0 || sum[t] > sum[best] {
				best = t
			}
		}
	}
	if best < 0 {
		return -1, 0
	}
	return best, sum[best]
}

// labelColon returns the colon that ends a label of one to four words
// opening the sentence s ("Emigration: 603; 642"), or -1. A line break
// always ends a sentence, so the label is its line's.
//
// A label that opens a line may be longer, up to longLabel tokens, with
// commas and years: "Hotels in use, end of June: 148", "Small boat
// arrivals, January to June 2031: 19,982".
func (d *docState) labelColon(s span) int {
	lineStart := s.a == 0 || d.toks[s.a].nl > 0
	for k := s.a; k < s.b && k < s.a+longLabel; k++ {
		switch t := &d.toks[k]; {
		case t.kind == tPunct && t.low == ":":
			if k > s.a && (k < s.a+5 || lineStart) {
				return k
			}
			return -1
		case k > s.a && lineStart && (t.kind == tNum || t.kind == tPunct && t.low == ","):
		case t.kind != tWord:
			return -1
		}
	}
	return -1
}

// longLabel is how many tokens a label opening a line may have.
const longLabel = 10

// tableScale returns the scale a line sets for the table lines under it
// when it ends with "(thousands)" or "(millions)", or is a table's title
// that ends with ", thousands" or "in thousands", else 0.
func (d *docState) tableScale(s span) (float64, string) {
	n := s.b - s.a
	if n < 4 || s.b < len(d.toks) && d.toks[s.b].nl == 0 {
		return 0, ""
	}
	unit := ""
	switch {
	case d.toks[s.b-1].low == ")" && d.toks[s.b-3].low == "(":
		unit = d.toks[s.b-2].low
	case d.toks[s.b-1].low == ")" && d.barsNext(s.b):
		// "Net migration, before and after (thousands, 12 months ending)"
		// over "Period | Old | New"
		for k := s.b - 2; k > s.a; k-- {
			if d.toks[k].low == "(" {
				if d.toks[k+2].low == "," {
					unit = d.toks[k+1].low
				}
				break
			}
		}
	case d.toks[s.a].low == "table" && (d.toks[s.b-2].low == "," || d.toks[s.b-2].low == "in"):
		unit = d.toks[s.b-1].low // "Table 1: Long-term international migration, UK, thousands"
	case d.toks[s.b-2].low == "," && d.barsNext(s.b):
		unit = d.toks[s.b-1].low // "Net migration to the UK, year ending, thousands", over "Period | Net migration"
	}
	switch unit {
	case "thousands":
		return 1000, ""
	case "millions":
		return 1e6, ""
	case "%":
		// "Employment rate, people aged 16-64 (%)" over "UK-born: 74.6"
		// (not a table's header row: "… | Change (%)" is its last column's)
		if d.firstBar(s) < 0 {
			return 1, "percent"
		}
	}
	// "Licensed sponsors ('000), at end of March", "Arrivals (000s)": a
	// title that counts in thousands, however it goes on (a title ends
	// with no full stop)
	if d.toks[s.b-1].low != "." {
		for k := s.a + 1; k+2 < s.b; k++ {
			if d.toks[k].low != "(" {
				continue
			}
			j := k + 1
			if d.toks[j].low == "'" || d.toks[j].low == "’" {
				j++
			}
			if j < s.b && d.toks[j].kind == tNum && d.toks[j].str(d.text) == "000" {
				j++
				if j < s.b && d.toks[j].low == "s" && d.toks[j].adjacentTo(&d.toks[j-1]) {
					j++
				}
				if j < s.b && d.toks[j].low == ")" {
					return 1000, ""
				}
			}
			break
		}
	}
	// a currency and a scale as an item of the title, after a comma or in
	// brackets, with no figure: "…, £ billion, cash terms", "(£m)", "(€
	// million)" (a title ends with no full stop)
	if d.toks[s.b-1].low == "." {
		return 0, ""
	}
	for k := s.a + 1; k+1 < s.b; k++ {
		if d.toks[k].kind != tPunct || d.toks[k-1].kind != tPunct {
			continue
		}
		cur, ok := currencySigns[d.toks[k].low]
		if !ok || d.toks[k-1].low != "," && d.toks[k-1].low != "(" {
			continue
		}
		w := d.toks[k+1]
		if w.kind != tWord || k+2 < s.b && d.toks[k+2].low != "," && d.toks[k+2].low != ")" {
			continue
		}
		e, ok := scaleWords[w.low]
		if !ok {
			e, ok = scaleAttached[w.low]
		}
		if ok && e >= 3 {
			return math.Pow10(e), cur
		}
	}
	return 0, ""
}

// titleNoun returns the unit of what a table counts when sentence s is a
// table's title on a line of its own that opens with a noun counted in
// other units than people or years, and "by" ("HOTELS BY REGION, END OF
// JUNE 2026", "Councils by…"), and the next line is a row ("North West:
// 31", "Leeds | 12"); or "".
func (d *docState) titleNoun(s span) string {
	if !d.titleOverRows(s) {
		return ""
	}
	u := ""
	switch {
	case d.toks[s.a+1].low == "by":
		r := newRecogniser(d.toks, d.text, s.a, s.a+1)
		u = r.nounUnit(s.a)
	case d.toks[s.a+2].low == "(" && d.toks[s.a].kind == tWord:
		// "Licensed sponsors ('000), at end of March": the noun before
		// the brackets
		r := newRecogniser(d.toks, d.text, s.a, s.a+2)
		u = r.nounUnit(s.a)
	default:
		// "HOW THE HOTEL COUNT HAS FALLEN (sites in use at the end of each
		// month)": the noun that opens the brackets
		for k := s.a + 1; k+1 < s.b; k++ {
			if d.toks[k].low == "(" {
				r := newRecogniser(d.toks, d.text, k+1, k+2)
				u = r.nounUnit(k + 1)
				break
			}
		}
	}
	if u == "" || u == "persons" || u == "years" {
		return ""
	}
	return u
}

// titleOverRows reports whether sentence s is a line of its own, with no
// full stop, over a line of "label: figure" or "label | figure": the title
// of a chart or table ("HOTELS BY REGION" over "North West: 31").
func (d *docState) titleOverRows(s span) bool {
	if s.b-s.a < 3 || s.b >= len(d.toks) || d.toks[s.b].nl == 0 || s.a > 0 && d.toks[s.a].nl == 0 || d.toks[s.b-1].low == "." {
		return false
	}
	for k := s.b; k < len(d.toks) && (k == s.b || d.toks[k].nl == 0); k++ {
		if p := d.toks[k].low; (p == ":" || p == "|") && k+1 < len(d.toks) && d.toks[k+1].kind == tNum {
			return true
		}
	}
	return false
}

// barsNext reports whether the line that starts at token i has a "|": a
// row of a table.
func (d *docState) barsNext(i int) bool {
	for k := i; k < len(d.toks) && (k == i || d.toks[k].nl == 0); k++ {
		if d.toks[k].low == "|" {
			return true
		}
	}
	return false
}

// inlineScale returns 1000 (or 10⁶) when sentence s is a chart written on
// one line, whose label names its unit before the first bar: "Chart: UK net
// migration, thousands | 2023: 860 | 2024: 282".
func (d *docState) inlineScale(s span) float64 {
	for k := s.a + 1; k+1 < s.b; k++ {
		if d.toks[k].low != "|" {
			continue
		}
		if k-2 > s.a && d.toks[k-2].low == "," {
			switch d.toks[k-1].low {
			case "thousands":
				return 1000
			case "millions":
				return 1e6
			}
		}
		return 0 // (only before the first bar)
	}
	return 0
}

// chartLineScale returns the scale a chart's caption gives the figures of
// its own line, when it names it before them: "Chart: Emigration from
// Britain, '000 - 2021: 454; 2023: 532", "Chart: arrivals, thousands –
// 2024: 37; 2025: 41". Or 0.
//
// A line that does not open with a chart's word takes only "'000", which
// names nothing but a scale, and the scale may be followed by more of the
// label before the colon ("Net migration to Britain, '000, 12 months
// ending June: 906 (2023), 649 (2024)", a chart's line under its heading).
func (d *docState) chartLineScale(s span) float64 {
	chart := chartWord(d.toks[s.a].low)
	for k := s.a + 2; k+1 < s.b && k < s.a+20; k++ {
		t := &d.toks[k]
		thousand := t.kind == tNum && d.text[t.bs:t.be] == "000"
		if t.kind == tNum && !thousand {
			return 0 // (only before the first figure)
		}
		p := d.toks[k+1].low
		if p != "-" && p != "–" && p != ":" && !(p == "," && d.colonBeforeFigure(k+2, s.b)) {
			continue
		}
		switch {
		case chart && d.toks[k-1].low == "," && t.low == "thousands":
			return 1000
		case chart && d.toks[k-1].low == "," && t.low == "millions":
			return 1e6
		case thousand && (d.toks[k-1].low == "'" || d.toks[k-1].low == "’") && d.toks[k-2].low == ",":
			return 1000
		}
	}
	return 0
}

// colonBeforeFigure reports whether a colon stands in [i, end) before the
// first figure there (a length of time is the label's: "12 months ending
// June:").
func (d *docState) colonBeforeFigure(i, end int) bool {
	for k := i; k < end; k++ {
		switch {
		case d.toks[k].kind == tNum && !(k+1 < end && d.toks[k+1].flags&fTimeNoun != 0):
			return false
		case d.toks[k].low == ":":
			return true
		}
	}
	return false
}

// labelScale returns 1000 when sentence s is a chart's label that ends in
// "'000" ("Britain, year to June, '000."): the plain figures of the lines
// after it are thousands, until a blank line.
//
// So is a table's title that ends in a bracket with "'000" ("Net migration
// ('000, calendar years)").
func (d *docState) labelScale(s span) float64 {
	k := s.b - 1
	if k > s.a && (d.toks[k].low == "." || d.toks[k].low == ")") {
		// "… ('000, calendar years)": the bracket's first item
		if d.toks[k].low == ")" {
			for j := k - 1; j > s.a && j >= k-8; j-- {
				if d.toks[j].low == "(" {
					k = j + 2
					break
				}
			}
		} else {
			k--
		}
	}
	if k-1 > s.a && k < s.b && d.toks[k].kind == tNum && d.text[d.toks[k].bs:d.toks[k].be] == "000" && (d.toks[k-1].low == "'" || d.toks[k-1].low == "’") && d.toks[k].adjacentTo(&d.toks[k-1]) {
		return 1000
	}
	// "Chart: Net migration by route, 2025, thousands. Study 61; Work 98":
	// a chart's caption that counts in thousands
	if k-1 > s.a && k < s.b && chartWord(d.toks[s.a].low) && d.toks[k-1].low == "," {
		switch d.toks[k].low {
		case "thousands":
			return 1000
		case "millions":
			return 1e6
		}
	}
	return 0
}

// averageTitle reports whether sentence s is the title of a chart of
// averages over rows of "label: figure": "People per boat, by year",
// "Average number of people per boat".
func (d *docState) averageTitle(s span) bool {
	if !d.titleOverRows(s) {
		return false
	}
	avg := false
	for k := s.a; k < s.b; k++ {
		if d.toks[k].kind == tNum {
			return false // ("People per boat: 59": a row, not a title)
		}
		if w := d.toks[k].low; w == "average" || w == "per" && k+1 < s.b && isBoat(d.toks[k+1].low) {
			avg = true
		}
	}
	return avg
}

// plainDigits reports whether q's value is written as bare digits (no
// scale word, currency or percent): "948", "1,218".
func (d *docState) plainDigits(q *quantity) bool {
	vs := q.vs
	if d.toks[vs].kind == tPunct && q.ve == vs+2 {
		vs++ // "-7", "+25" in a table
	}
	return q.ve == vs+1 && d.toks[vs].kind == tNum && !q.inWords
}

// labelUnit returns the unit the label in tokens [a, colon) names by its
// first or last word: "Boats" is boats, "Days with crossings" days (other).
func (d *docState) labelUnit(a, colon int) string {
	// ("Year to date: 14.2k", "Year ending June: 94,310": a period, not
	// a count of years)
	if w := d.toks[a].low; (w == "year" || w == "years") && colon-a > 1 {
		return ""
	}
	// ("Week to Sunday May 24: 1,106", "Month to date: 3,200": a period)
	if w := d.toks[a].low; timeNouns[w] && colon-a > 1 {
		switch d.toks[a+1].low {
		case "to", "ending", "ended", "beginning", "starting", "of":
			return ""
		}
	}
	// ("In hotels: 1,260" under "People supported: 3,140": where the
	// people are, not what is counted)
	if w := d.toks[a].low; (w == "in" || w == "at") && colon-a <= 3 {
		return ""
	}
	// "Asylum seekers per 10,000 residents: 25": a rate, which counts no
	// one
	for k := a; k+1 < colon; k++ {
		if w := d.toks[k].low; (w == "per" || w == "every" && k > a && d.toks[k-1].low == "for") && d.toks[k+1].kind == tNum && d.toks[k+1].be-d.toks[k+1].bs >= 3 {
			return "other"
		}
	}
	for _, k := range [2]int{a, colon - 1} {
		if k > a && d.toks[k-1].low == "per" {
			continue // "Average per boat: 62": the base of a rate
		}
		if w := d.toks[k].low; k > a && (w == "year" || w == "month" || w == "week") && (d.toks[k-1].low == "a" || d.toks[k-1].low == "the") {
			continue // "Growth in a year: 16.5k": a period, not a count of years
		}
		w := d.toks[k].low
		// ("Days with crossings: 13" counts days; "Busiest day: 1,194"
		// is what came on one)
		if timeNouns[w] && k == a {
			return "other"
		}
		if u, ok := unitNouns[w]; ok && u != "" {
			return u
		}
	}
	// "UK hotels in use: 183": the first noun that counts something
	for k := a + 1; k < colon-1; k++ {
		// (not the base of a rate, "Asylum seekers per 10,000 residents",
		// nor where, "Waiting in camps near Dunkirk: c. 1,800")
		switch d.toks[k-1].low {
		case "per", "in", "at", "near", "on", "by", "from", "into", "across", "inside", "outside":
			continue
		}
		u, ok := unitNouns[d.toks[k].low]
		if !ok || u == "" || u == "years" {
			continue
		}
		// "Small boat arrivals since the first return: 38.4k": the head of
		// the compound, not the word that qualifies it
		if next, ok := unitNouns[d.toks[k+1].low]; ok && next != "" && next != u {
			return next
		}
		return u
	}
	return ""
}

// yearEndingLabel turns p, a month or a calendar year the row being read
// names in its label column, into the year ending that month when the
// column's header says so ("Year ending | Immigration" over "Mar 2031 |
// 1,104,000": April 2030 to March 2031), or ending the header's month of
// that year ("Year ending September | Claims" over "2031 | 99,800":
// October 2030 to September 2031).
func (d *docState) yearEndingLabel(p period) period {
	if d.rowBar < 0 || p.start.IsZero() || p.end.IsZero() || p.start.Day() != 1 {
		return p
	}
	isMonth := p.end.AddDate(0, 0, 1).Equal(p.start.AddDate(0, 1, 0))
	calendar := p.start.Month() == time.January && p.end.Month() == time.December && p.end.Day() == 31 && p.start.Year() == p.end.Year()
	if !isMonth && !calendar {
		return p
	}
	a, b, ok := d.columnHeaderAt(p.s)
	if !ok {
		return p
	}
	for k := a; k+1 < b; k++ {
		w, next := d.toks[k].low, d.toks[k+1].low
		if !(w == "year" && (next == "ending" || next == "to" || next == "ended") || w == "months" && next == "to" && k > a && d.toks[k-1].low == "12") {
			continue
		}
		if isMonth {
			p.start = model.Date{Time: p.end.AddDate(-1, 0, 1)}
			return p
		}
		// (a year under "Year ending September": the year to its September)
		if k+2 < b {
			if m, ok := months[d.toks[k+2].low]; ok && m != 12 {
				end := monthEnd(p.start.Year(), m)
				p.start, p.end = model.Date{Time: end.AddDate(-1, 0, 1)}, end
			}
		}
		return p
	}
	return p
}

// headerPeriod returns the period the header of q's column names, when it
// names one and only one ("Region | 2024 | 2025", "Nationality | Year
// ending June 2025"): the period of the column's cells, whose rows name
// none of their own.
func (d *docState) headerPeriod(q *quantity) (period, bool) {
	a, b, ok := d.columnHeader(q)
	if !ok {
		return period{}, false
	}
	r := newRecogniser(d.toks, d.text, a, b)
	d.hps = r.periods(d.x.lx, d.pub, d.hps[:0])
	if len(d.hps) != 1 {
		return period{}, false
	}
	return d.hps[0], true
}

// statedPeriod returns the period a document says its figures are of, in a
// sentence of its own: "Figures are for the year ending March 2025 unless
// otherwise stated", "All figures in this briefing relate to 2024", "This
// release covers the year ending June 2025". A figure whose sentence and
// neighbours give it no period takes it. ("All comparisons are with the
// year ending June 2024" names a base, not the figures' period.)
func (d *docState) statedPeriod(published time.Time) (period, bool) {
	for _, s := range d.sents {
		if s.b-s.a > 40 {
			continue
		}
		at, ok := d.statesPeriod(s)
		if !ok {
			continue
		}
		r := newRecogniser(d.toks, d.text, s.a, s.b)
		ps := r.periods(d.x.lx, published, nil)
		// the one period it names, or the one right after its verb
		// ("Data relates to the year ending September 2025 and all
		// comparisons are with the year ending September 2024")
		// (a period that names its year: not "The figures refer to 30 June
		// each year")
		for i, p := range ps {
			if (len(ps) == 1 || p.s == at || p.s == at+1 && d.toks[at].low == "the") && !p.vague && !p.start.IsZero() && !p.end.IsZero() && d.namesYear(p) {
				return ps[i], true
			}
		}
	}
	return period{}, false
}

// statesPeriod reports whether sentence s opens as a statement of the
// period of a document's figures: "(All) (the) figures (data, statistics,
// estimates) (in this report) are for / refer to / relate to / cover …",
// "This release (bulletin, report, briefing, publication, summary) covers /
// relates to …", and the token after its verb (and "to" or "for").
func (d *docState) statesPeriod(s span) (int, bool) {
	k := s.a
	w := func(i int) string {
		if i < s.b && d.toks[i].kind == tWord {
			return d.toks[i].low
		}
		return ""
	}
	verb := func(i int) (int, bool) {
		switch w(i) {
		case "are", "refer", "relate", "cover", "covers", "relates", "refers":
			if n := w(i + 1); n == "to" || n == "for" {
				return i + 2, true
			}
			return i + 1, true
		}
		return 0, false
	}
	if w(k) == "this" {
		switch w(k + 1) {
		case "release", "bulletin", "report", "briefing", "publication", "summary":
			return verb(k + 2)
		}
		return 0, false
	}
	if w(k) == "all" {
		k++
	}
	if w(k) == "the" {
		k++
	}
	if w(k) != "figures" && w(k) != "statistics" && w(k) != "estimates" && w(k) != "data" {
		return 0, false
	}
	k++
	if w(k) == "in" && w(k+1) == "this" {
		k += 3
	}
	return verb(k)
}

// resolveAnaphors gives each period of ps that points back at a year
// ("that year", "the same year") the dates of the last period named before
// it that names its year, in its sentence or in the two before it: a period
// of a year or more, or a day, as it is ("the year to June 2023 … that
// year"), another as the calendar year it falls in ("In late 2022 … that
// year"). One with no such period before it is dropped.
func (d *docState) resolveAnaphors(si int, ps []period) []period {
	if !slices.ContainsFunc(ps, func(p period) bool { return p.anaphor }) {
		return ps
	}
	orig := slices.Clone(ps) // (read while ps is filtered in place)
	out := ps[:0]
	for i, p := range orig {
		if !p.anaphor {
			out = append(out, p)
			continue
		}
		// (a period that names its year and is no longer than one: not "In
		// May the ONS put net migration for that year at 223,000", after
		// "Calendar year 2025"; not "since 2018 … that year's arrivals")
		antecedent := func(q period) bool {
			return !q.anaphor && !q.vague && !q.start.IsZero() && !q.end.IsZero() && q.end.Sub(q.start.Time) < 370*24*time.Hour && d.namesYear(q)
		}
		var ante period
		found := false
		for j := i - 1; j >= 0 && !found; j-- {
			if q := orig[j]; q.e <= p.s && antecedent(q) {
				ante, found = q, true
			}
		}
		for back := si - 1; back >= 0 && back >= si-2 && !found; back-- {
			s := d.sents[back]
			r := newRecogniser(d.toks, d.text, s.a, s.b)
			bs := r.periods(d.x.lx, d.pub, nil)
			for j := len(bs) - 1; j >= 0 && !found; j-- {
				if antecedent(bs[j]) {
					ante, found = bs[j], true
				}
			}
		}
		if !found {
			continue
		}
		p.start, p.end = ante.start, ante.end
		// (a day stays one: "mid-2032 … the same year" of a population)
		if ante.end.Sub(ante.start.Time) < 360*24*time.Hour && !ante.start.Equal(ante.end.Time) {
			if y := ante.start.Year(); ante.end.Year() == y {
				p.start, p.end = model.Day(y, time.January, 1), model.Day(y, time.December, 31)
			} else {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// aheadWords are the words of a sentence that speaks of a whole year not
// yet over: a forecast, a plan, a quota ("expected to reach 50,000 in
// 2025", "the 2025 quota of 45,000 visas").
var aheadWords = map[string]bool{"will": true, "would": true, "could": true, "may": true, "might": true, "expected": true, "expects": true,
	"expect": true, "forecast": true, "forecasts": true, "projected": true, "projection": true, "projections": true, "predicted": true,
	"predicts": true, "likely": true, "set": true, "course": true, "track": true, "target": true, "targets": true, "aim": true, "aims": true,
	"plan": true, "plans": true, "planned": true, "quota": true, "cap": true, "allocation": true, "allocated": true, "budget": true,
	"budgeted": true, "limit": true, "pledge": true, "pledged": true, "promised": true, "estimate": true, "estimated": true, "estimates": true,
	"assumes": true, "assumed": true, "assumption": true, "assumptions": true, "scenario": true, "outlook": true, "should": true, "going": true}

// bareYear reports whether a period's label is a year alone ("2025",
// "2025's").
func bareYear(label string) bool {
	label = strings.TrimSuffix(strings.TrimSuffix(label, "'s"), "’s")
	if len(label) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if label[i] < '0' || label[i] > '9' {
			return false
		}
	}
	return true
}

// wholeYearAhead reports whether sentence s speaks of what a year not yet
// over will hold (aheadWords).
func (d *docState) wholeYearAhead(s span) bool {
	for k := s.a; k < s.b; k++ {
		if t := &d.toks[k]; t.kind == tWord && t.flags&fAhead != 0 && aheadWords[t.low] {
			return true
		}
	}
	return false
}

// maxListItems is how many items back listPeriod looks for a list's
// introduction.
const maxListItems = 40

// listPeriod returns the period of the list sentence si is an item of, as
// the line introducing the list names it: "Key figures for the year ending
// June 2025:" over "- Immigration: 898,000" and "• Emigration was 693,000".
// An item is a line that opens with a bullet or dash, or a line "label:
// figure"; the introduction is the line before the items, ending in a
// colon and naming one period, with its year.
func (d *docState) listPeriod(si int) (period, bool) {
	item := func(s span) bool {
		if s.b <= s.a || d.toks[s.a].nl == 0 && s.a > 0 {
			return false
		}
		t := &d.toks[s.a]
		if t.kind == tPunct {
			switch t.low {
			case "-", "•", "*", "–", "·", "▪":
				return true
			}
			return false
		}
		for i := s.a + 1; i < s.b && i < s.a+8; i++ {
			if d.toks[i].kind == tPunct && d.toks[i].low == ":" {
				return true
			}
			if d.toks[i].kind == tNum {
				return false
			}
		}
		return false
	}
	if !item(d.sents[si]) {
		return period{}, false
	}
	for h := si - 1; h >= 0 && h >= si-maxListItems; h-- {
		s := d.sents[h]
		if item(s) {
			continue
		}
		if s.b-s.a < 2 || s.b-s.a > 40 || d.toks[s.b-1].kind != tPunct || d.toks[s.b-1].low != ":" || s.b < len(d.toks) && d.toks[s.b].nl == 0 {
			return period{}, false
		}
		r := newRecogniser(d.toks, d.text, s.a, s.b)
		ps := r.periods(d.x.lx, d.pub, nil)
		// (not "Compared with 2024:", the items' base)
		if len(ps) != 1 || ps[0].vague || ps[0].start.IsZero() || ps[0].end.IsZero() || !d.namesYear(ps[0]) || r.comparison(ps[0].s) {
			return period{}, false
		}
		return ps[0], true
	}
	return period{}, false
}

// namesYear reports whether period p's words hold a year ("the year ending
// September 2025", "2024/25").
func (d *docState) namesYear(p period) bool {
	for i := p.s; i < p.e; i++ {
		if t := &d.toks[i]; t.kind == tNum && t.be-t.bs == 4 {
			return true
		}
	}
	return false
}
