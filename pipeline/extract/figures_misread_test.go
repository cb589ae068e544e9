package extract

import (
	"strings"
	"testing"
	"time"
)

// Figures that were misread: a date taken for the top of "one in ten",
// averages told as a series or against a ratio, the sizes of single things
// and dollars of elsewhere. Each case names one figure by its quote (the
// n-th of that quote, from 0) and what it must be.
func TestFiguresMisread(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		quote      string
		nth        int
		unit, stat string
		measure    string // "" for any
	}
	cases := []struct {
		text string
		want []want
	}{
		// a day of the month is no numerator of a share
		{"The 18,400 people who arrived after 9 June travelled in 322 boats.",
			[]want{{"322", 0, "boats", "level", ""}}},
		{"Some 7,100 migrants who landed since 2 March crossed in 140 dinghies.",
			[]want{{"140", 0, "boats", "level", ""}}},
		// a year that labels a box's line of averages
		{"AT A GLANCE\nAverage people per boat, 2031: 64",
			[]want{{"64", 0, "persons", "average", ""}}},
		// a caption's series of averages, after "on average, rising from"
		{"Graphic: people per dinghy on average, rising from 33 in 2027 to 45 in 2028, 51 in 2029 and 58 in 2030.",
			[]want{{"33", 0, "persons", "average", ""}, {"45", 0, "persons", "average", ""}, {"51", 0, "persons", "average", ""}, {"58", 0, "persons", "average", ""}}},
		// "it was" going on from an average in its sentence
		{"In 2030 the average was 58, and in 2029 it was 51.",
			[]want{{"58", 0, "", "average", ""}, {"51", 0, "", "average", ""}}},
		// "the figure was just"
		{"Boats carried 59 people each last month. In 2027 the figure was just 33.",
			[]want{{"33", 0, "persons", "average", ""}}},
		// the base of a ratio of an average, after "the figure of"
		{"Last year an average of 58 people were packed into each dinghy, almost double the figure of 33 in 2027.",
			[]want{{"33", 0, "persons", "average", ""}}},
		// what befell the people is no load of the boat
		{"The seven people listed as missing were on a boat that sank off Wimereux.",
			[]want{{"seven", 0, "persons", "level", ""}}},
		// the size of one thing is in the things the compound names
		{"The trust runs a 36-bed home near Cardigan.",
			[]want{{"36", 0, "other", "level", ""}}},
		// and a bare count after it is not of those things
		{"The 88-room hotel, once a golf club, has housed families since May 2029. At its fullest it held 131.",
			[]want{{"88", 0, "other", "level", ""}, {"131", 0, "persons", "level", ""}}},
		// days out of the days of a season, wherever the part stands
		{"Boats crossed on 51 of the 92 days of the summer. In all, 44 of the 92 days saw a death at sea.",
			[]want{{"51", 0, "other", "level", ""}, {"44", 0, "other", "level", ""}}},
		// but not a figure larger than the "whole" after it
		{"That is well below the record 906,000 of the 12 months to June 2029.",
			[]want{{"906,000", 0, "persons", "level", ""}}},
		// dollars of elsewhere
		{"Police put up rewards of HK$2m for each of 19 campaigners, and Canberra paid A$75m to Nauru; the fund holds US$3.1bn.",
			[]want{{"HK$2m", 0, "other", "level", ""}, {"A$75m", 0, "other", "level", ""}, {"US$3.1bn", 0, "USD", "level", ""}}},
		// grants of citizenship and of settlement are no visas; a share
		// of national income is no cost of asylum
		{"Grants of British nationality rose 6% to 251,900 last year.",
			[]want{{"251,900", 0, "persons", "level", "other"}}},
		{"A record 188,300 grants of settlement were made in the year, more than the visas issued to care workers.",
			[]want{{"188,300", 0, "persons", "level", "other"}}},
		{"Aid spending on asylum seekers fell, and total aid dropped to 0.46 per cent of gross national income.",
			[]want{{"0.46 per cent", 0, "percent", "share", "other"}}},
		// "followed by" a figure names the next in a list, not a change
		{"Iraqis came third with 3,940 arrivals - a rise of 25 per cent in a year - followed by 2,770 Vietnamese.",
			[]want{{"2,770", 0, "persons", "level", ""}}},
		// by how much a record was beaten, past a long aside
		{"It beats the old weekly record of 3,380, set only six weeks earlier at the height of the summer, by more than 400.",
			[]want{{"more than 400", 0, "", "change", ""}}},
		// how much higher, of what the count before counts
		{"The waiting list held 6,310 households in June, 470 higher than a year before.",
			[]want{{"470", 0, "other", "change", ""}}},
		{"The charity helped 2,980 households, 260 up on last year.",
			[]want{{"260", 0, "other", "change", ""}}},
		// a quotation that opens "The number of people …" names what it
		// counts; it does not point back at the sentence before
		{"A spokesperson said: \"We hear the concerns of communities and will keep shutting asylum hotels.\n\n\"The number of people in hotels has already fallen to 24,150, from 30,870 a year earlier.\"",
			[]want{{"30,870", 0, "persons", "level", ""}}},
		// rates per so many residents, however they are told
		{"Wrexham has the most per head: 38 people on asylum support per 10,000 residents, ahead of Flint on 29 and Mold on 24.",
			[]want{{"38", 0, "other", "level", ""}, {"29", 0, "other", "level", ""}}},
		{"The borough now has about 19 people in dispersal housing for every 10,000 residents, a little above the national average of about 15.",
			[]want{{"about 15", 0, "other", "average", ""}}},
		{"IN NUMBERS\nAsylum seekers per 10,000 residents: 23",
			[]want{{"23", 0, "other", "level", ""}}},
		// a change and the level it reached, not a range: "by 70,000 to
		// 195,000" (a range of changes stays one: "by 20,000 to 30,000")
		{"The OBR lowered its long-run assumption by 70,000 to 195,000.",
			[]want{{"70,000", 0, "persons", "change", ""}, {"195,000", 0, "persons", "level", ""}}},
		{"The change could cut net migration by 20,000 to 30,000 a year.",
			[]want{{"20,000 to 30,000", 0, "persons", "change", ""}}},
		// a rate that fell from one level to another, not a time
		{"The total fertility rate fell from 1.49 to 1.44.",
			[]want{{"1.49", 0, "other", "level", ""}, {"1.44", 0, "other", "level", ""}}},
		// a place in a list that leaves out its verb, then its figure
		{"The rate across the UK was 11.3 per 10,000, and in Wales 8.6.",
			[]want{{"8.6", 0, "other", "level", ""}}},
	}
	pub := time.Date(2031, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		ms := x.Extract(c.text, pub)
		for _, w := range c.want {
			n, found := 0, false
			for _, m := range ms {
				if m.Quote != w.quote {
					continue
				}
				if n == w.nth {
					found = true
					if w.unit != "" && m.Unit != w.unit || m.Statistic != w.stat || w.measure != "" && m.Measure != w.measure {
						t.Errorf("%q in %q: %s %s %s, want %s %s %s", w.quote, c.text, m.Unit, m.Statistic, m.Measure, w.unit, w.stat, w.measure)
					}
					break
				}
				n++
			}
			if !found {
				var qs []string
				for _, m := range ms {
					qs = append(qs, m.Quote)
				}
				t.Errorf("%q not found in %q (found %q)", w.quote, c.text, qs)
			}
		}
	}
}

// The sign of a figure: a compound adjective is no verb of change, and the
// verb of change nearest a figure's "by" outweighs a verb of beating far
// before it.
func TestSignsOfFigures(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, quote string
		value       float64
		stat        string // "" for any
	}{
		{"The scheme cost taxpayers an eye-popping £812million before it was scrapped.", "£812million", 812e6, "level"},
		{"The charity's spending, a jaw-dropping £3.1m, was criticised.", "£3.1m", 3.1e6, "level"},
		{"Deaths outnumbered births again last year: 31,200 people died and 24,900 babies were born, so the county shrank naturally by 6,300.", "6,300", -6300, ""},
		{"Syrians, who topped the table for most of the previous four years, came second with 4,870, down by a quarter on the year before.", "a quarter", -25, "percent_change"},
		// no comparison after "behind": where people or money are
		{"Foreign nationals are 11 per cent of prisoners, with 9,870 behind bars in March.", "9,870", 9870, "level"},
		{"Ministers have put £27bn behind social housing over the decade.", "£27bn", 27e9, "level"},
		// but a figure behind or ahead of a time or a target is a change
		{"Arrivals this year stand at 17,400, running 15% ahead.", "15%", 15, "percent_change"},
		// "turning down" is refusing, not a fall
		{"Caseworkers made 98,300 decisions, turning down 61% of them.", "61%", 61, "share"},
		// people taken off a boat are rescued, not taken off a total
		{"\"Last night we took 71 people off one dinghy,\" the coxswain said.", "71", 71, ""},
		// a sum of one figure less another, and signs in a list
		{"That is 804,000 arrivals minus 611,000 departures.", "611,000", 611000, ""},
		{"Net migration of EU and British citizens was minus 74,000 and minus 88,000.", "minus 88,000", -88000, ""},
		{"The balance for Britons moved from minus 64,000 to minus 97,000 in a year.", "minus 97,000", -97000, ""},
		// a fraction that is the subject of a clause of its own, or that
		// restates a part of a whole, is a share, whatever verbs of change
		// stand before it
		{"Of the 3,400 net migrants Harrogate gained, nearly two-thirds were students.", "nearly two-thirds", 100.0 * 2 / 3, "share"},
		{"One in three firms said they had raised pay, while a fifth had left posts empty.", "a fifth", 20, "share"},
		{"Officials lost track of 1,870 of them, almost half, the watchdog found.", "almost half", 50, "share"},
		// but a fraction a verb of change governs is a change
		{"Arrivals fell by a third, the figures show.", "a third", -100.0 / 3, "percent_change"},
		// County Down is no fall
		{"Armagh has 190 people in dispersed housing, and Newry, Mourne and Down 135.", "135", 135, "level"},
	}
	for _, c := range cases {
		found := false
		for _, m := range x.Extract(c.text, time.Time{}) {
			if m.Quote != c.quote {
				continue
			}
			found = true
			if m.Value == nil || *m.Value != c.value || c.stat != "" && m.Statistic != c.stat {
				t.Errorf("%q in %q: %v %s, want %v %s", c.quote, c.text, m.Value, m.Statistic, c.value, c.stat)
			}
		}
		if !found {
			t.Errorf("%q not found in %q", c.quote, c.text)
		}
	}
}

// A number to ring is no statistic ("call the police on 101"), but a
// count after "call on" that goes on to a noun is.
func TestNumbersToRing(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string][]string{
		"Anyone who saw the boat land should call Kent Police on 101.":                  nil,
		"Worried parents can ring the helpline on 116 or text 85258.":                   nil,
		"In an emergency, dial 999.":                                                    nil,
		"The minister will call on 400 employers to sign the pledge.":                   {"400"},
		"Police said 37 people were arrested, and asked witnesses to call them on 101.": {"37"},
	} {
		var got []string
		for _, m := range x.Extract(text, time.Time{}) {
			got = append(got, m.Quote)
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// A time of day written with a point is no figure ("was at 10.30"), but a
// rate that fell from one level to another or stood at one is.
func TestTimesOfDay(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string][]string{
		"The hearing was at 10.30 and the vote came after 12.15.": nil,
		"The fertility rate stood at 1.52 last year.":             {"1.52"},
		"The fertility rate dropped from 1.52 to 1.47.":           {"1.52", "1.47"},
	} {
		var got []string
		for _, m := range x.Extract(text, time.Time{}) {
			got = append(got, m.Quote)
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}
