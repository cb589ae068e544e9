package extract

import (
	"strings"
	"testing"
	"time"
)

// A figure set out on a line of its own over the line that describes it,
// as official reports lay out their key facts, is read as if it opened its
// description's sentence: the same unit, measure, statistic and period as
// the one line gives, at the offsets of the text as written.
func TestFigureOverItsDescription(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2031, time.March, 4, 0, 0, 0, 0, time.UTC)
	cases := []struct{ figure, description string }{
		{"£2.3bn", "spent on hotels for people seeking asylum in 2029-30"},
		{"41%", "of initial decisions on asylum claims were grants in 2029"},
		{"almost 8,500", "boats stopped on French beaches in 2030"},
		{"- 3,100", "people returned to their home countries in the year to June 2030"},
		{"between 600 and 700", "hotels housing asylum seekers at the end of 2029"},
		{"c. 92,000", "asylum claims awaiting an initial decision at the end of 2030"},
	}
	for _, tc := range cases {
		heading := "Asylum in figures\n\n"
		one := x.Extract(heading+tc.figure+" "+tc.description+"\n", pub)
		for _, sep := range []string{"\n", "\r\n"} {
			text := heading + tc.figure + sep + tc.description + "\n"
			got := x.Extract(text, pub)
			if len(got) != 1 || len(one) != 1 {
				t.Errorf("%q: %d figures (on one line: %d)", text, len(got), len(one))
				continue
			}
			g, w := got[0], one[0]
			if rs := []rune(text); g.Quote != string(rs[g.Start:g.End]) {
				t.Errorf("%q: quote %q at %d-%d is %q", text, g.Quote, g.Start, g.End, string(rs[g.Start:g.End]))
			}
			if g.Quote != w.Quote || g.Unit != w.Unit || g.Measure != w.Measure || g.Statistic != w.Statistic || g.PeriodLabel != w.PeriodLabel || g.Qualifier != w.Qualifier {
				t.Errorf("%q: %q %s %s %s %q, want %q %s %s %s %q as on one line", text,
					g.Quote, g.Unit, g.Measure, g.Statistic, g.PeriodLabel, w.Quote, w.Unit, w.Measure, w.Statistic, w.PeriodLabel)
			}
			if g.PeriodLabel == "" {
				t.Errorf("%q: no period", text)
			}
			if !strings.HasSuffix(g.Sentence, tc.description) {
				t.Errorf("%q: sentence %q", text, g.Sentence)
			}
		}
	}
}

// Only a line that holds a figure alone joins the line under it, and only
// when that line is its lower-case description straight under it: not a
// capitalised line or a heading, not over a blank line, not a year, a
// section's number or another figure, and not a figure after words.
func TestFigureLineJoinsOnlyItsDescription(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		want []string // the sentences
	}{
		{"£2.3bn\nspent on hotels in 2029-30", []string{"£2.3bn\nspent on hotels in 2029-30"}},
		{"41%\nof decisions were grants. The rest were refusals.", []string{"41%\nof decisions were grants.", "The rest were refusals."}},
		{"Key facts\n£2.3bn\nspent on hotels", []string{"Key facts", "£2.3bn\nspent on hotels"}},
		{"£2.3bn\nHotels and other accommodation", []string{"£2.3bn", "Hotels and other accommodation"}},
		{"£2.3bn\n\nspent on hotels", []string{"£2.3bn\n\nspent on hotels"}}, // (a web page's key facts, each in a paragraph)
		{"£2.3bn\n\n\nspent on hotels", []string{"£2.3bn", "spent on hotels"}},
		{"£2.3bn\n\nSpent on hotels", []string{"£2.3bn", "Spent on hotels"}},
		{"2029\nfirst flights to the new centre", []string{"2029", "first flights to the new centre"}},
		{"4.\nreturns and removals", []string{"4.", "returns and removals"}},
		{"Spending £2.3bn\non hotels", []string{"Spending £2.3bn", "on hotels"}},
		{"It cost £2.3bn.\nspent on hotels", []string{"It cost £2.3bn.", "spent on hotels"}},
		{"about 900\nabout 1,100\npeople returned", []string{"about 900", "about 1,100\npeople returned"}},
		{"12,000 | 13,500\nboats", []string{"12,000 | 13,500", "boats"}},
		{"Hotels\n£2.3bn\nSpent in 2029-30", []string{"Hotels", "£2.3bn", "Spent in 2029-30"}},
	}
	for _, tc := range cases {
		d := &docState{x: x}
		d.text = tc.text
		d.toks = tokenize(tc.text, nil, x.lx.words, &d.low)
		d.sents = sentences(d.toks, nil)
		d.joinFigureLines()
		var got []string
		for _, s := range d.sents {
			got = append(got, d.slice(s.a, s.b))
		}
		if strings.Join(got, "¦") != strings.Join(tc.want, "¦") {
			t.Errorf("%q: sentences %q, want %q", tc.text, got, tc.want)
		}
	}
}
