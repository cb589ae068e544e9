package extract

// Table tests for the recogniser: what counts as a statistic, where its quote
// starts and ends, and its value, bounds, qualifier, unit, statistic, rate,
// attribution and period.
//
// The expected values come from shared/spec/DATA-CONTRACT.md and
// shared/eval/LABELS.md and from plain English, not from running the code:
//
//   - the quote holds the hedge words that belong to the number ("more than
//     1,100", "almost 610,000"), its currency sign, scale word and percent
//     words ("£4billion", "27 per cent"), but not "an estimated" (LABELS.md)
//     and not the direction of a change ("down 36%" quotes "36%", as
//     "19% more than in 2023" quotes "19%" in the gold labels);
//   - value is in base units; percentages in percentage points; a change is
//     signed ("down 36%" is -36);
//   - bounds: exact → low = high = value; more than / at least → low = X;
//     almost / up to / fewer than → high = X; between X and Y → X, Y; vague
//     multiples: "tens of thousands" 20000–90000, "hundreds" 200–900 (and so
//     "thousands" 2000–9000, "millions" 2e6–9e6 ...). The contract lists
//     "more than", "almost", "up to" explicitly and says "the bounds the text
//     implies"; "at least" and "fewer than" imply low and high the same way;
//   - statistic follows gold_map.py: a change of a percent quantity is
//     percent_change, a percent that is part of a whole is a share.
//
// Cases whose expectation is genuinely debatable say so in a "DEBATABLE"
// comment; they are kept because the expectation is the best reading of the
// contract.

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
)

// wantMention is one expected mention. quote, value and qualifier are always
// checked (a nil value means the value must be null). The other fields are
// checked only when set: "" means "don't care" and "-" means "must be empty
// (or a zero date)". When low and high are both nil the bounds implied by the
// qualifier are checked (see impliedBounds).
type wantMention struct {
	quote       string
	value       *float64
	low, high   *float64
	qualifier   string
	unit        string
	statistic   string
	perPeriod   string
	valueText   string
	attributed  string
	periodStart string // YYYY-MM-DD, "" don't care, "-" must be unknown
	periodEnd   string
}

type recogniseCase struct {
	name string
	text string
	// pub is the publication date YYYY-MM-DD; "" means defaultPub, "none"
	// means unknown (zero time).
	pub  string
	want []wantMention
}

const defaultPub = "2024-07-17"

func fp(v float64) *float64 { return &v }

// ex is an exact figure.
func ex(quote string, v float64, unit string) wantMention {
	return wantMention{quote: quote, value: fp(v), qualifier: "exact", unit: unit}
}

// hq is a hedged figure: more_than, almost, approximately, at_least, ...
func hq(quote, qualifier string, v float64, unit string) wantMention {
	return wantMention{quote: quote, value: fp(v), qualifier: qualifier, unit: unit}
}

// rg is a range: value null, bounds set.
func rg(quote string, lo, hi float64, unit string) wantMention {
	return wantMention{quote: quote, low: fp(lo), high: fp(hi), qualifier: "range", unit: unit}
}

// vg is a vague multiple: value null, bounds set.
func vg(quote string, lo, hi float64, unit string) wantMention {
	return wantMention{quote: quote, low: fp(lo), high: fp(hi), qualifier: "vague", unit: unit}
}

func (w wantMention) stat(s string) wantMention          { w.statistic = s; return w }
func (w wantMention) per(p string) wantMention           { w.perPeriod = p; return w }
func (w wantMention) by(s string) wantMention            { w.attributed = s; return w }
func (w wantMention) vt(s string) wantMention            { w.valueText = s; return w }
func (w wantMention) during(a, b string) wantMention     { w.periodStart, w.periodEnd = a, b; return w }
func (w wantMention) bounds(lo, hi *float64) wantMention { w.low, w.high = lo, hi; return w }

// impliedBounds returns the bounds the qualifier implies for a value v, by
// the data contract.
func impliedBounds(q string, v float64) (lo, hi *float64) {
	switch q {
	case "exact":
		return fp(v), fp(v)
	case "more_than", "at_least":
		return fp(v), nil
	case "almost", "at_most", "less_than":
		return nil, fp(v)
	}
	return nil, nil
}

func none() []wantMention { return nil }

func recogniseCases() []recogniseCase {
	third := 100.0 / 3
	return []recogniseCase{
		// ---------------------------------------------------------------
		// Numerals: separators, decimals, plain digits
		{name: "num/thousands_separator", text: "Officials recorded 43,211 detected crossings over the period.",
			want: []wantMention{ex("43,211", 43211, "persons").vt("43,211")}},
		{name: "num/millions_separator", text: "Long-term immigration stood at 1,218,000 people.",
			want: []wantMention{ex("1,218,000", 1218000, "persons").stat("level").vt("1,218,000")}},
		{name: "num/four_digits_no_comma", text: "Border Force intercepted 1250 people at sea.",
			want: []wantMention{ex("1250", 1250, "persons")}},
		{name: "num/five_digits_no_comma_cases", text: "The caseworkers were left with 98599 cases on their books.",
			want: []wantMention{ex("98599", 98599, "cases")}},
		{name: "num/decimal_million", text: "The population of the UK reached 68.3 million.",
			want: []wantMention{ex("68.3 million", 68300000, "persons").vt("68.3 million")}},
		{name: "num/decimal_two_places_million", text: "The resident population was put at 67.59 million people.",
			want: []wantMention{ex("67.59 million", 67590000, "persons")}},
		{name: "num/small_plain", text: "Officers found 37 people in the back of the lorry.",
			want: []wantMention{ex("37", 37, "persons")}},
		{name: "num/followed_by_comma", text: "Arrivals totalled 5,000, the charity said.",
			want: []wantMention{ex("5,000", 5000, "persons")}},
		{name: "num/end_of_sentence", text: "The number of people held in detention rose to 2,400.",
			want: []wantMention{ex("2,400", 2400, "persons").stat("level")}},
		{name: "num/two_in_one_sentence", text: "Some 3,000 people applied and 1,800 were granted protection.",
			want: []wantMention{hq("Some 3,000", "approximately", 3000, "persons"), ex("1,800", 1800, "persons")}},
		{name: "num/2000_people_is_a_count", text: "The camp held 2000 people at its peak.",
			want: []wantMention{ex("2000", 2000, "persons")}},
		{name: "num/in_parentheses", text: "Albanians made up the largest group of arrivals (5,200).",
			want: []wantMention{ex("5,200", 5200, "persons")}},
		{name: "num/three_numbers_in_order", text: "The boats carried 612 people on Monday. A further 298 arrived on Tuesday. Officials said 1,004 more were stopped by the French.",
			want: []wantMention{ex("612", 612, "persons"), ex("298", 298, "persons"), ex("1,004", 1004, "persons")}},
		{name: "num/million_plain_integer", text: "Since the pandemic, 1 million people have moved to Britain.",
			want: []wantMention{ex("1 million", 1e6, "persons")}},
		{name: "num/million_two_decimals_people", text: "A further 1.25 million people were counted in the census.",
			want: []wantMention{ex("1.25 million", 1.25e6, "persons")}},

		// ---------------------------------------------------------------
		// Scales and currencies
		{name: "money/gbp_billion_attached", text: "The asylum system now costs the taxpayer £4billion.",
			want: []wantMention{ex("£4billion", 4e9, "GBP").vt("£4billion")}},
		{name: "money/gbp_bn_attached", text: "Ministers have spent £4bn on hotel rooms.",
			want: []wantMention{ex("£4bn", 4e9, "GBP").vt("£4bn")}},
		{name: "money/gbp_bn_spaced", text: "The accommodation bill came to £2.1 bn.",
			want: []wantMention{ex("£2.1 bn", 2.1e9, "GBP")}},
		{name: "money/gbp_billion_spaced_decimal", text: "The scheme cost £1.5 billion in total.",
			want: []wantMention{ex("£1.5 billion", 1.5e9, "GBP")}},
		{name: "money/gbp_m_attached", text: "The council received £700m from the Treasury.",
			want: []wantMention{ex("£700m", 7e8, "GBP").vt("£700m")}},
		{name: "money/gbp_million_spaced", text: "A further £12 million was set aside for charter flights.",
			want: []wantMention{ex("£12 million", 12e6, "GBP")}},
		{name: "money/gbp_bn_decimal_below_one", text: "The removals plan had cost £0.7bn by the spring.",
			want: []wantMention{ex("£0.7bn", 7e8, "GBP")}},
		{name: "money/gbp_k_attached", text: "Volunteers raised £20k for the appeal.",
			want: []wantMention{ex("£20k", 20000, "GBP")}},
		{name: "money/gbp_thousands_separator", text: "Each claim costs £12,500 to process.",
			want: []wantMention{ex("£12,500", 12500, "GBP")}},
		{name: "money/gbp_pence", text: "Asylum seekers in hotels receive £8.86 each.",
			want: []wantMention{ex("£8.86", 8.86, "GBP")}},
		// DEBATABLE: a capital M for million is common in headlines.
		{name: "money/gbp_capital_M", text: "Kent council was handed £2.5M to house children.",
			want: []wantMention{ex("£2.5M", 2.5e6, "GBP")}},
		{name: "money/gbp_trillion", text: "Public sector net debt stood at £2.7 trillion.",
			want: []wantMention{ex("£2.7 trillion", 2.7e12, "GBP")}},
		// a figure passed is a floor, as "past" and "over" are
		{name: "hedge/passed", text: "Public sector net debt passed £2.7 trillion.",
			want: []wantMention{hq("passed £2.7 trillion", "more_than", 2.7e12, "GBP").vt("£2.7 trillion")}},
		{name: "hedge/in_the_region_of", text: "Each place costs in the region of £41,000 a year.",
			want: []wantMention{hq("in the region of £41,000", "approximately", 41000, "GBP").vt("£41,000")}},
		{name: "hedge/perhaps", text: "Officials expect perhaps 40,000 crossings this year.",
			want: []wantMention{hq("perhaps 40,000", "approximately", 40000, "persons").vt("40,000")}},
		{name: "share/make_up_is_no_change", text: "Men aged 18 to 39 make up three-quarters of arrivals.",
			want: []wantMention{{quote: "three-quarters", value: fp(75), qualifier: "exact", unit: "percent", statistic: "share"}}},
		{name: "change/picked_up_is_a_level", text: "Border Force picked up 640 people from 12 boats.",
			want: []wantMention{{quote: "640", value: fp(640), qualifier: "exact", unit: "persons", statistic: "level"}, ex("12", 12, "boats")}},
		{name: "not/year_possessive_after_hedge", text: "Crossings are 15% below 2022's record pace.",
			want: []wantMention{{quote: "15%", value: fp(-15), qualifier: "exact", unit: "percent", statistic: "percent_change"}}},
		{name: "hedge/could_exceed", text: "The final bill could exceed £610m, the auditors warned.",
			want: []wantMention{hq("exceed £610m", "more_than", 610e6, "GBP").vt("£610m")}},
		{name: "unit/other_currency", text: "Each person receives 9 million Rwandan francs on arrival.",
			want: []wantMention{ex("9 million", 9e6, "other")}},
		{name: "ratio/fraction_of_an_earlier_level", text: "Net migration was 190,000, less than a third of the level two years earlier.",
			want: []wantMention{ex("190,000", 190000, "persons"), {quote: "less than a third", value: fp(1.0 / 3), qualifier: "less_than", unit: "other", statistic: "ratio"}}},
		{name: "ratio/half_the_number_of_a_year", text: "Visas fell to 51,000, around half the number in 2023.",
			want: []wantMention{ex("51,000", 51000, "persons"), {quote: "around half", value: fp(0.5), qualifier: "approximately", unit: "other", statistic: "ratio"}}},
		{name: "ratio/half_the_hedged_figure_of_another_time", text: "Hotels held 18,300 people in May, roughly half the more than 36,000 housed there in 2024.",
			want: []wantMention{ex("18,300", 18300, "persons"), {quote: "roughly half", value: fp(0.5), qualifier: "approximately", unit: "other", statistic: "ratio"},
				{quote: "more than 36,000", value: fp(36000), low: fp(36000), qualifier: "more_than", unit: "persons", statistic: "level"}}},
		{name: "share/a_fraction_of_it_restated_as_a_figure", text: "Councils got £900m. Almost a third of it – £290m – went on temporary housing.",
			want: []wantMention{ex("£900m", 900e6, "GBP"), {quote: "Almost a third", value: fp(100.0 / 3), high: fp(100.0 / 3), qualifier: "almost", unit: "percent", statistic: "share"}, ex("£290m", 290e6, "GBP")}},
		{name: "share/half_the_number_is_a_share_without_a_time", text: "Around half the number of arrivals were men.",
			want: []wantMention{{quote: "Around half", value: fp(50), qualifier: "approximately", unit: "percent", statistic: "share"}}},
		{name: "sign/minus_before_the_number", text: "Net migration of British nationals was an estimated -61,000.",
			want: []wantMention{{quote: "-61,000", value: fp(-61000), qualifier: "exact", unit: "persons", statistic: "level"}}},
		{name: "sign/plus_or_minus_is_a_margin", text: "The estimate is 410,000, plus or minus 52,000.",
			want: []wantMention{ex("410,000", 410000, "persons"), ex("52,000", 52000, "persons")}},
		{name: "sign/dash_between_numbers_is_a_range", text: "Each dinghy carried 40-60 people.",
			want: []wantMention{{quote: "40-60", value: nil, low: fp(40), high: fp(60), qualifier: "range", unit: "persons"}}},
		{name: "change/the_rate_a_growing_thing_grows_at", text: "Twelve districts are set to grow over the decade, led by Ardmore at 9.6%, while Kilbride faces the sharpest decline, 7.1%. Ardmore is expected to grow faster than the county as a whole, at 4.2% a year, or the region, at 3.9%.",
			want: []wantMention{ex("9.6%", 9.6, "percent").stat("percent_change"), ex("7.1%", -7.1, "percent").stat("percent_change"),
				ex("4.2%", 4.2, "percent").stat("percent_change"), ex("3.9%", 3.9, "percent").stat("percent_change")}},
		{name: "change/more_than_after_a_restatement_in_brackets", text: "The county had 612,400 residents, 4,300 (0.7%) more than a year before.",
			want: []wantMention{ex("612,400", 612400, "persons"), ex("4,300", 4300, "persons").stat("change"), ex("0.7%", 0.7, "percent").stat("percent_change")}},
		{name: "change/a_signed_percentage_in_brackets", text: "Conwy had the fastest growth (+1.1%) and Gwynedd the largest fall (-0.4%). British net migration was negative (-42,000).",
			want: []wantMention{ex("+1.1%", 1.1, "percent").stat("percent_change"), ex("-0.4%", -0.4, "percent").stat("percent_change"), ex("-42,000", -42000, "persons")}},
		{name: "change/halved", text: "The backlog has halved since June.",
			want: []wantMention{{quote: "halved", value: fp(-50), qualifier: "exact", unit: "percent", statistic: "percent_change"}}},
		{name: "change/slowed_is_a_fall", text: "Emigration slowed too, by 7%, and arrivals eased by 4%.",
			want: []wantMention{{quote: "7%", value: fp(-7), qualifier: "exact", unit: "percent", statistic: "percent_change"}, {quote: "4%", value: fp(-4), qualifier: "exact", unit: "percent", statistic: "percent_change"}}},
		{name: "change/a_word_between_the_change_and_its_figure", text: "Spending on hotels is down just 9% on a year earlier, and study visas saw a dip of only 2%.",
			want: []wantMention{{quote: "9%", value: fp(-9), qualifier: "exact", unit: "percent", statistic: "percent_change"}, {quote: "2%", value: fp(-2), qualifier: "exact", unit: "percent", statistic: "percent_change"}}},
		{name: "change/verbs_in_their_base_form", text: "Inverness is expected to grow by 4.3%, while the islands could slump by 2%.",
			want: []wantMention{{quote: "4.3%", value: fp(4.3), qualifier: "exact", unit: "percent", statistic: "percent_change"}, {quote: "2%", value: fp(-2), qualifier: "exact", unit: "percent", statistic: "percent_change"}}},
		{name: "share/both_ends_of_a_rate_that_fell_are_levels", text: "The decline in refusals owes much to Syrians, whose grant rate fell from 88% to 54%.",
			want: []wantMention{{quote: "88%", value: fp(88), qualifier: "exact", unit: "percent", statistic: "share"}, {quote: "54%", value: fp(54), qualifier: "exact", unit: "percent", statistic: "share"}}},
		{name: "change/one_change_word_for_two_figures", text: "Spending saw a fall of 9% on the year, and of about a third from the peak; the bill is made up of £2bn in hotels and of £1bn in support.",
			want: []wantMention{{quote: "9%", value: fp(-9), qualifier: "exact", unit: "percent", statistic: "percent_change"}, hq("about a third", "approximately", -100.0/3, "percent").stat("percent_change"), ex("£2bn", 2e9, "GBP"), ex("£1bn", 1e9, "GBP")}},
		{name: "change/a_count_below_a_reference", text: "Net migration now stands 415,000 below the peak.",
			want: []wantMention{{quote: "415,000", value: fp(-415000), qualifier: "exact", unit: "persons", statistic: "change"}}},
		{name: "change/a_count_below_what_is_no_figure", text: "About 90,000 children below school age arrived with their parents.",
			want: []wantMention{hq("About 90,000", "approximately", 90000, "persons").vt("90,000").stat("level")}},
		{name: "change/percentages_of_a_sentence_about_growth", text: "Growth outpaced Wales (0.4%) and fell short of London, at 1.2%.",
			want: []wantMention{{quote: "0.4%", value: fp(0.4), low: fp(0.4), high: fp(0.4), qualifier: "exact", unit: "percent", statistic: "percent_change"},
				{quote: "1.2%", value: fp(1.2), low: fp(1.2), high: fp(1.2), qualifier: "exact", unit: "percent", statistic: "percent_change"}}},
		{name: "change/growth_in_a_place", text: "Growth in Wales was 0.5%, behind Scotland (0.6%).",
			want: []wantMention{{quote: "0.5%", value: fp(0.5), low: fp(0.5), high: fp(0.5), qualifier: "exact", unit: "percent", statistic: "percent_change"},
				{quote: "0.6%", value: fp(0.6), low: fp(0.6), high: fp(0.6), qualifier: "exact", unit: "percent", statistic: "percent_change"}}},
		{name: "share/a_part_of_the_increase", text: "Of the 402,100 increase, births accounted for less than 6%.",
			want: []wantMention{{quote: "402,100", value: fp(402100), low: fp(402100), high: fp(402100), qualifier: "exact", unit: "persons"},
				{quote: "less than 6%", value: fp(6), high: fp(6), qualifier: "less_than", unit: "percent", statistic: "share"}}},
		{name: "change/a_revision_of", text: "That is a revision of 121,000 on the first estimate.",
			want: []wantMention{{quote: "121,000", value: fp(121000), qualifier: "exact", unit: "persons", statistic: "change"}}},
		{name: "avg/into_a_single_dinghy", text: "Gangs now put 70 or more people into a single dinghy.",
			want: []wantMention{hq("70 or more", "at_least", 70, "persons").vt("70").stat("average")}},
		{name: "not/if_condition", text: "The bill would reach £610m if 300 people were relocated.",
			want: []wantMention{ex("£610m", 610e6, "GBP")}},
		{name: "not/the_first_n", text: "It comes to £1.8m for each of the first 300 people sent.",
			want: []wantMention{ex("£1.8m", 1.8e6, "GBP")}},
		{name: "not/duration_range", text: "Flights will leave within 10 to 12 weeks, the minister said.",
			want: nil},
		{name: "hedge/something_like", text: "The schemes brought in something like 350,000 people.",
			want: []wantMention{hq("something like 350,000", "approximately", 350000, "persons").vt("350,000")}},
		{name: "not/emergency_number", text: "Anyone at risk should call 999 or dial 111 for advice.",
			want: nil},
		{name: "wait/average_months", text: "The average wait for a decision is now 18 months.",
			want: []wantMention{{quote: "18 months", value: fp(18), qualifier: "exact", unit: "other", valueText: "18"}}},
		{name: "wait/average_hours_compared_with_days", text: "At the processing site the average stay was 21 hours last year, officials said, compared with nearly three days in 2022.",
			want: []wantMention{{quote: "21 hours", value: fp(21), qualifier: "exact", unit: "other", valueText: "21"}, {quote: "nearly three days", value: fp(3), qualifier: "almost", unit: "other", valueText: "three"}}},
		{name: "wait/threshold_in_words_is_not", text: "Some 9,000 people had been waiting more than six months for a decision.",
			want: []wantMention{hq("Some 9,000", "approximately", 9000, "persons")}},
		{name: "wait/framing_months_are_not", text: "In the next six months, officials expect 4,000 more arrivals; one man waited for 12 weeks.",
			want: []wantMention{ex("4,000", 4000, "persons")}},
		{name: "share/waiting_more_than_a_year", text: "Of those waiting, 61% had waited more than six months and about one in four more than a year.",
			want: []wantMention{{quote: "61%", value: fp(61), qualifier: "exact", unit: "percent", statistic: "share"}, {quote: "about one in four", value: fp(25), qualifier: "approximately", unit: "percent", statistic: "share"}}},
		{name: "change/fewer_than_a_year_earlier", text: "A total of 66,000 claims were waiting, 31% fewer than a year earlier.",
			want: []wantMention{ex("66,000", 66000, "persons"), {quote: "31%", value: fp(-31), qualifier: "exact", unit: "percent", statistic: "percent_change"}}},
		{name: "hedge/a_little_under", text: "Crossings rose by a little under 30% on the year.",
			want: []wantMention{{quote: "a little under 30%", value: fp(30), qualifier: "almost", unit: "percent", statistic: "percent_change", valueText: "30%"}}},
		{name: "unit/base_of_a_percentage_is_a_count", text: "That was 25% more than 2023's 29,437.",
			want: []wantMention{{quote: "25%", value: fp(25), qualifier: "exact", unit: "percent", statistic: "percent_change"}, ex("29,437", 29437, "persons")}},
		{name: "not/age_after_a_name", text: "Sam Okoro, 51, a Border Force officer, said 700 people were brought ashore.",
			want: []wantMention{ex("700", 700, "persons")}},
		{name: "not/age_before_a_verb_of_the_person", text: "Amina, 31, fled Sudan in 2024.\n\nOne dog walker, 58, said 40 people came ashore.",
			want: []wantMention{ex("40", 40, "persons")}},
		{name: "furniture/poll_votes_bookmark_and_promo", text: "The count was 3,020.\n\nVote now - 1,944 votes so far\n\nTotal votes: 8,212\n\nBookmark | Comments (210) | Share 2.1k\n\nEnjoyed this? Try 6 issues for £6",
			want: []wantMention{ex("3,020", 3020, "persons")}},
		{name: "not/claims_made_are_not_asylum_claims", text: "Three claims from the debate, checked. Some 4,100 asylum claims were lodged, and two claims were withdrawn in the asylum queue.",
			want: []wantMention{hq("Some 4,100", "approximately", 4100, "persons"), ex("two", 2, "persons")}},
		{name: "furniture/notices_inside_a_paragraph_and_page_counts", text: "The count was 3,020.\n\n1.4k shares | 262 View comments\n\nThe Ledger is an independent charity. If you found this useful, please support our work from £4 a month.\n\nSubscribe today: 10 issues for £10\n\nRelated fact checks: Asylum backlog: 5 things you need to know",
			want: []wantMention{ex("3,020", 3020, "persons")}},
		{name: "furniture/comment_share_bar", text: "The count was 3,020.\n\nComment | Share 3.4k",
			want: []wantMention{ex("3,020", 3020, "persons")}},
		{name: "words/answer_to_a_question", text: "How many people were sent in the end? Three. All three went voluntarily.",
			want: []wantMention{ex("Three", 3, "persons"), ex("three", 3, "persons")}},
		{name: "not/claim_label", text: "Claim 2: the scheme cost £640m.",
			want: []wantMention{ex("£640m", 640e6, "GBP")}},
		{name: "not/comment_count", text: "Comments (312)",
			want: nil},
		{name: "not/comment_count_own_line", text: "Have your say\nComments 2,317\n\nSome 2,317 people were refused.",
			want: []wantMention{{quote: "Some 2,317", value: fp(2317), qualifier: "approximately", unit: "persons"}}},
		{name: "not/confidence_level", text: "The 95% confidence interval runs from 130,000 to 210,000.",
			want: []wantMention{{quote: "from 130,000 to 210,000", value: nil, low: fp(130000), high: fp(210000), qualifier: "range", unit: "persons"}}},
		{name: "not/a_likely_range_is_no_share", text: "The ONS's 95% range for the estimate is 140,000 to 220,000.",
			want: []wantMention{{quote: "140,000 to 220,000", value: nil, low: fp(140000), high: fp(220000), qualifier: "range", unit: "persons"}}},
		{name: "not/arithmetic_and_spans_of_time", text: "Multiplied by 52, that comes to £90m. Kent has borne the cost for a quarter of a century, and Dover for half a century.",
			want: []wantMention{ex("£90m", 90e6, "GBP")}},
		{name: "not/column_references", text: "Source: HC Deb, 4 March 2026, cols 301-355", want: none()},
		{name: "not/those_first_n", text: "It comes to £1.7m for each of those first 300 people.",
			want: []wantMention{ex("£1.7m", 1.7e6, "GBP")}},
		{name: "not/each_of_the_first_n", text: "The auditors put it at £1.7m for each of the first 300 people sent.",
			want: []wantMention{ex("£1.7m", 1.7e6, "GBP")}},
		{name: "count/the_first_n", text: "Auditors estimated that removing the first 300 people would cost £541m.",
			want: []wantMention{ex("300", 300, "persons"), ex("£541m", 541e6, "GBP")}},
		{name: "table/thousands", text: "Table 2: Migration to the UK (thousands)\nImmigration: 902; 790\n\nSome 790 people applied.",
			want: []wantMention{ex("902", 902000, "persons").vt("902"), ex("790", 790000, "persons").vt("790"), hq("Some 790", "approximately", 790, "persons").vt("790")}},
		{name: "table/title_comma_thousands", text: "Table 3: Long-term migration, Wales, thousands\n\n  Immigration   41   38\n\nSome 38 people applied.",
			want: []wantMention{ex("41", 41000, "persons").vt("41"), ex("38", 38000, "persons").vt("38"), hq("Some 38", "approximately", 38, "persons").vt("38")}},
		{name: "table/title_over_a_header_of_bars", text: "Emigration from Scotland, by year, thousands\nYear | Emigration\n2024 | 47\n\nSome 47 people left.",
			want: []wantMention{ex("47", 47000, "persons").vt("47"), hq("Some 47", "approximately", 47, "persons").vt("47")}},
		{name: "qual/revised_up_to_is_not_a_ceiling", text: "The estimate has been revised up to 214,000, and the bill could be up to £9m.",
			want: []wantMention{ex("214,000", 214000, ""), hq("up to £9m", "at_most", 9e6, "GBP").bounds(nil, fp(9e6))}},
		{name: "range/raise_from_to_is_two_levels", text: "The contract will raise the number the site can hold from 1,400 to 2,100 people by the spring.",
			want: []wantMention{ex("1,400", 1400, "persons"), ex("2,100", 2100, "persons")}},
		{name: "range/doubled_from_to_is_two_levels", text: "Enforced removals have doubled, from 4,120 to 8,240, in two years.",
			want: []wantMention{ex("doubled", 2, "").stat("ratio"), ex("4,120", 4120, ""), ex("8,240", 8240, "")}},
		{name: "unit/times_viewed", text: "The clip had been viewed 2.4m times by Friday.",
			want: []wantMention{ex("2.4m", 2.4e6, "other")}},
		{name: "share/one_noun_in_ten", text: "By 2022, fewer than one claim in ten was decided within six months.",
			want: []wantMention{{quote: "fewer than one claim in ten", value: fp(10), qualifier: "less_than", unit: "percent", statistic: "share"}}},
		{name: "share/four_in_every_five", text: "Roughly four in every five arrivals were men.",
			want: []wantMention{{quote: "Roughly four in every five", value: fp(80), qualifier: "approximately", unit: "percent", statistic: "share"}}},
		{name: "ratio/twice_that", text: "The full cost was more than twice that.",
			want: []wantMention{{quote: "more than twice", value: fp(2), qualifier: "more_than", statistic: "ratio"}}},
		{name: "ratio/a_sixth_of_that", text: "A hotel night cost £145; a shared room roughly a sixth of that.",
			want: []wantMention{ex("£145", 145, "GBP"), {quote: "roughly a sixth", value: fp(1.0 / 6), qualifier: "approximately", statistic: "ratio"}}},
		{name: "ratio/half_the_peak", text: "The backlog is now less than half the peak of about 175,000.",
			want: []wantMention{{quote: "less than half", value: fp(0.5), qualifier: "less_than", statistic: "ratio"}, hq("about 175,000", "approximately", 175000, "persons")}},
		{name: "period/so_far_in_a_year", text: "Some 17,000 people have made the journey so far in 2024.",
			want: []wantMention{hq("Some 17,000", "approximately", 17000, "persons").during("2024-01-01", "2024-07-17")}},
		{name: "period/bracketed_base", text: "Arrivals are up 9% on 2022 (16,500).",
			want: []wantMention{{quote: "9%", value: fp(9), qualifier: "exact", unit: "percent", statistic: "percent_change"}, ex("16,500", 16500, "persons").during("2022-01-01", "2022-12-31")}},
		{name: "not/page_furniture_counts", text: "4 min read\n\nImage 1 of 5: Migrants at Dover.\n\nShare 1.2k\n\nPage 2 of 3\n\nPosted 2h ago · 56 comments",
			want: nil},
		{name: "not/what_a_person_has", text: "Nadia came with her three children, and their two sons stayed in Kabul. Officials counted nine families.",
			want: []wantMention{ex("nine", 9, "")}},
		{name: "share/less_than_half_full", text: "The barge has been less than half full since it opened, but the glass is half full.",
			want: []wantMention{{quote: "less than half", value: fp(50), high: fp(50), qualifier: "less_than", unit: "percent"}}},
		{name: "count/down_from_a_number_word", text: "Just two hotels are still open, down from eight in March.",
			want: []wantMention{ex("two", 2, ""), ex("eight", 8, "")}},
		{name: "not/how_many_parts_a_country_has", text: "Of the 317 local authorities in England, 40 shrank; 19 of Scotland's 32 council areas grew, as did 14 of Wales' 22 councils and 6 of the remaining 11 boroughs, across the 27 member states.",
			want: []wantMention{ex("40", 40, ""), ex("19", 19, ""), ex("14", 14, ""), ex("6", 6, "")}},
		{name: "not/ages_joined_by_or", text: "Most of the 312 children in the county's care are boys aged 15 or 16.",
			want: []wantMention{ex("312", 312, "persons")}},
		{name: "not/the_age_someone_arrives_at", text: "A worker who arrives at 24 pays in £310,000 over a lifetime, and Joan, who is 68 and retired, agrees.",
			want: []wantMention{ex("£310,000", 310000, "GBP")}},
		{name: "not/ages_in_words_and_digits", text: "Four people, two of them boys aged nine and 14, were taken to hospital.",
			want: []wantMention{ex("Four", 4, "persons"), ex("two", 2, "persons")}},
		{name: "not/age_in_a_relative_clause", text: "The minister, who is 48, said 1,000 more people would be returned.",
			want: []wantMention{ex("1,000", 1000, "persons")}},
		{name: "ratio/half_its_year_peak", text: "Net migration could fall to 350,000, less than half its 2022 peak.",
			want: []wantMention{ex("350,000", 350000, "persons"), {quote: "less than half", value: fp(0.5), qualifier: "less_than", statistic: "ratio"}}},
		{name: "hedge/will_pass", text: "Crossings this year will pass 28,000 within days.",
			want: []wantMention{hq("pass 28,000", "more_than", 28000, "persons")}},
		{name: "hedge/passes_in_a_headline", text: "Scotland's population passes 5.5m as arrivals rise",
			want: []wantMention{hq("passes 5.5m", "more_than", 5.5e6, "persons").vt("5.5m")}},
		{name: "hedge/or_so", text: "Some boats carried 5,500 or so people in August alone, officials guessed.",
			want: []wantMention{hq("5,500 or so", "approximately", 5500, "persons").vt("5,500")}},
		{name: "hedge/or_more", text: "Officials expect 2,000 or more arrivals in the next fortnight.",
			want: []wantMention{hq("2,000 or more", "at_least", 2000, "persons").vt("2,000")}},
		{name: "hedge/or_more_than_is_a_comparison", text: "They counted 2,000 or more than that.",
			want: []wantMention{ex("2,000", 2000, "persons")}},
		{name: "hedge/plus", text: "Now each dinghy routinely carries 70-plus people.",
			want: []wantMention{hq("70-plus", "more_than", 70, "persons").vt("70")}},
		{name: "range/or", text: "A few years ago we saw 30 or 40 on a dinghy.",
			want: []wantMention{{quote: "30 or 40", value: nil, low: fp(30), high: fp(40), qualifier: "range", unit: "persons", statistic: "average"}}},
		{name: "range/or_not_far_apart", text: "Officials counted 3 or 300 depending on the source.",
			want: []wantMention{ex("3", 3, "persons"), ex("300", 300, "persons")}},
		{name: "vague/a_few_dozen", text: "Only a few dozen have been removed so far.",
			want: []wantMention{{quote: "a few dozen", value: nil, low: fp(24), high: fp(60), qualifier: "vague", unit: "persons"}}},
		{name: "ratio/double_the", text: "Spending reached £4.1bn, nearly double the amount two years earlier.",
			want: []wantMention{ex("£4.1bn", 4.1e9, "GBP"), {quote: "nearly double", value: fp(2), qualifier: "almost", statistic: "ratio"}}},
		{name: "ratio/times_what", text: "That is more than three times what was spent in 2018/19.",
			want: []wantMention{{quote: "more than three times", value: fp(3), qualifier: "more_than", statistic: "ratio"}}},
		{name: "ratio/double_as_adjective_is_not", text: "The report found double standards in how claims were judged.",
			want: nil},
		{name: "money/usd_trillion", text: "Money sent home by migrants is worth $1.2 trillion worldwide.",
			want: []wantMention{ex("$1.2 trillion", 1.2e12, "USD")}},
		{name: "money/eur_sign_billion", text: "The EU pledged €3 billion to Ankara under the deal.",
			want: []wantMention{ex("€3 billion", 3e9, "EUR")}},
		{name: "money/eur_sign_m", text: "Brussels added €45m for coastal patrols.",
			want: []wantMention{ex("€45m", 45e6, "EUR")}},
		{name: "money/usd_sign_million", text: "The agency appealed for $25 million.",
			want: []wantMention{ex("$25 million", 25e6, "USD")}},
		// DEBATABLE: "US$" prefix; the sign and its country code form the currency.
		{name: "money/usd_US_prefix", text: "The UN refugee agency asked donors for US$5m.",
			want: []wantMention{ex("US$5m", 5e6, "USD")}},
		// DEBATABLE (here and below): a currency word after the number belongs
		// to the quote, as "of pounds" does in "tens of millions of pounds".
		{name: "money/pounds_word", text: "The government paid 500 pounds to each volunteer host.",
			want: []wantMention{ex("500 pounds", 500, "GBP")}},
		{name: "money/million_pounds_word", text: "The contract is worth 300 million pounds.",
			want: []wantMention{ex("300 million pounds", 3e8, "GBP")}},
		{name: "money/euros_word", text: "Each returning family received 2,000 euros.",
			want: []wantMention{ex("2,000 euros", 2000, "EUR")}},
		{name: "money/million_euros_word", text: "Rome set aside 40 million euros for reception centres.",
			want: []wantMention{ex("40 million euros", 4e7, "EUR")}},
		{name: "money/dollars_word", text: "Smugglers charged 3,000 dollars for a seat.",
			want: []wantMention{ex("3,000 dollars", 3000, "USD")}},
		{name: "money/billion_pounds_word", text: "Critics put the bill at 1.4 billion pounds.",
			want: []wantMention{ex("1.4 billion pounds", 1.4e9, "GBP")}},
		{name: "money/two_amounts", text: "Rwanda received £240m up front and a further £50m last year.",
			want: []wantMention{ex("£240m", 2.4e8, "GBP"), ex("£50m", 5e7, "GBP")}},
		{name: "scale/m_attached_people", text: "Net inflows added 1.2m people to the population.",
			want: []wantMention{ex("1.2m", 1.2e6, "persons").vt("1.2m")}},
		{name: "scale/k_attached_decimal", text: "Crossings hit 12.9k in the quarter, the dashboard shows.",
			want: []wantMention{ex("12.9k", 12900, "persons")}},
		{name: "scale/million_people", text: "The city is home to 4.5 million people.",
			want: []wantMention{ex("4.5 million", 4.5e6, "persons")}},
		{name: "scale/thousand_word", text: "Officials counted 3 thousand people at the camp.",
			want: []wantMention{ex("3 thousand", 3000, "persons")}},
		{name: "scale/million_nbsp", text: "The population grew by 4.5\u00a0million people.",
			// growth of the population is its own measure (population_change), whose figure is a level
			want: []wantMention{ex("4.5\u00a0million", 4.5e6, "persons").stat("level")}},
		{name: "scale/bn_people", text: "Worldwide, 1.1bn people lack a birth certificate.",
			want: []wantMention{ex("1.1bn", 1.1e9, "persons")}},

		// ---------------------------------------------------------------
		// Number words
		{name: "words/twenty_five_sentence_start", text: "Twenty-five migrants were rescued off Dover.",
			want: []wantMention{ex("Twenty-five", 25, "persons")}},
		{name: "words/forty_two_lower", text: "The lifeboat picked up forty-two people.",
			want: []wantMention{ex("forty-two", 42, "persons")}},
		{name: "words/ninety_nine", text: "The dinghy was carrying ninety-nine migrants.",
			want: []wantMention{ex("ninety-nine", 99, "persons")}},
		{name: "words/three_boats", text: "Three boats were intercepted before dawn.",
			want: []wantMention{ex("Three", 3, "boats")}},
		{name: "words/two_boats_mid", text: "Patrols turned back two boats near Calais.",
			want: []wantMention{ex("two", 2, "boats")}},
		{name: "words/seven_children", text: "Seven children were among those brought ashore.",
			want: []wantMention{ex("Seven", 7, "persons")}},
		{name: "words/eleven_people", text: "Police arrested eleven people at the port.",
			want: []wantMention{ex("eleven", 11, "persons")}},
		{name: "words/fifteen_bodies", text: "Fifteen bodies have been recovered from the sea.",
			want: []wantMention{ex("Fifteen", 15, "persons")}},
		{name: "words/seventy_three_men", text: "The coastguard said seventy-three men were on board.",
			want: []wantMention{ex("seventy-three", 73, "persons")}},
		{name: "words/two_hundred", text: "Two hundred people gathered outside the hotel.",
			want: []wantMention{ex("Two hundred", 200, "persons")}},
		{name: "words/a_hundred", text: "A hundred people slept in the station.",
			want: []wantMention{ex("A hundred", 100, "persons")}},
		{name: "words/hundred_and_fifty", text: "Three hundred and fifty people were moved to the barge.",
			want: []wantMention{ex("Three hundred and fifty", 350, "persons")}},
		{name: "words/a_thousand", text: "Officials expect a thousand migrants to be relocated.",
			want: []wantMention{ex("a thousand", 1000, "persons")}},
		{name: "words/twelve_thousand", text: "The camp once housed twelve thousand people.",
			want: []wantMention{ex("twelve thousand", 12000, "persons")}},
		{name: "words/a_dozen", text: "Guards found a dozen migrants hiding in the trailer.",
			want: []wantMention{ex("a dozen", 12, "persons")}},
		{name: "words/about_a_dozen_boats", text: "About a dozen boats set off from the beach.",
			want: []wantMention{hq("About a dozen", "approximately", 12, "boats")}},
		{name: "words/a_million", text: "Britain has taken in a million people from Hong Kong and Ukraine.",
			want: []wantMention{ex("a million", 1e6, "persons")}},
		{name: "words/half_a_million", text: "The backlog could reach half a million people.",
			want: []wantMention{ex("half a million", 5e5, "persons")}},
		{name: "words/five_million", text: "Five million people now hold settled status.",
			want: []wantMention{ex("Five million", 5e6, "persons")}},
		// DEBATABLE: "a quarter of a million" is one number, 250,000.
		{name: "words/quarter_of_a_million", text: "A quarter of a million people applied for the scheme.",
			want: []wantMention{ex("A quarter of a million", 250000, "persons")}},
		{name: "words/more_than_a_million", text: "More than a million people arrived in the year.",
			want: []wantMention{hq("More than a million", "more_than", 1e6, "persons")}},
		{name: "words/nearly_half_a_million", text: "Nearly half a million visas went to dependants.",
			want: []wantMention{hq("Nearly half a million", "almost", 5e5, "persons")}},
		{name: "words/forty_per_cent", text: "Forty per cent of claims were refused.",
			want: []wantMention{ex("Forty per cent", 40, "percent").stat("share")}},
		{name: "words/twenty_percent", text: "Roughly speaking, twenty percent of arrivals were children.",
			want: []wantMention{ex("twenty percent", 20, "percent").stat("share")}},
		{name: "words/council_areas_are_counted", text: "Populations fell in five council areas and two local authorities.",
			want: []wantMention{ex("five", 5, "other"), ex("two", 2, "other")}},
		{name: "words/neg_how_many_council_areas_a_country_has", text: "The population grew in 15 of Wales's 22 local authorities and in Scotland's 32 council areas.",
			want: []wantMention{ex("15", 15, "persons")}},
		{name: "words/relocations_are_people", text: "The three voluntary relocations cost a great deal.",
			want: []wantMention{ex("three", 3, "persons")}},
		{name: "count/n_strong", text: "Residents signed a 2,400-strong petition and a 3.1k-strong one.",
			want: []wantMention{ex("2,400", 2400, "persons"), ex("3.1k", 3100, "persons")}},
		{name: "change/a_fraction_less_than_a_financial_year", text: "Spending was a fifth less than 2024-25's total.",
			want: []wantMention{{quote: "a fifth", value: fp(-20), qualifier: "exact", unit: "percent", statistic: "percent_change"}}},
		{name: "words/neg_a_third_year_is_an_ordinal", text: "Visas have fallen for a third year in a row, and a fourth time since 2020.", want: none()},
		{name: "neg/conversion_rate_and_note_markers", text: "Notes\n[4] Audit office report.\n\n(1 euro = 0.87 pounds)", want: none()},
		{name: "range/hedged_range", text: "She expects net migration of around 140,000 to 190,000 a year, at a cost of something like £2bn-3bn.",
			want: []wantMention{{quote: "140,000 to 190,000", low: fp(140000), high: fp(190000), qualifier: "range", unit: "persons"}, {quote: "£2bn-3bn", low: fp(2e9), high: fp(3e9), qualifier: "range", unit: "GBP"}}},
		{name: "qualifier/little_more_than", text: "Little more than a quarter were students.",
			want: []wantMention{hq("Little more than a quarter", "more_than", 25, "percent").stat("share").bounds(fp(25), nil)}},
		{name: "furniture/dont_miss_links", text: "The count was 2,140.\n\nDON'T MISS\nMigrant camp plan for 300 men scrapped\nGangs charge £3k a seat\n\nGot a story? Email us.",
			want: []wantMention{ex("2,140", 2140, "persons")}},
		{name: "list/places_and_their_figures", text: "Leeds housed 2,310, Bradford 940, Hull 615 and York 120.",
			want: []wantMention{ex("2,310", 2310, "persons"), ex("940", 940, "persons"), ex("615", 615, "persons"), ex("120", 120, "persons")}},
		{name: "change/a_halving", text: "Set against 2023, the fall is a striking halving.",
			want: []wantMention{{quote: "halving", value: fp(-50), qualifier: "exact", unit: "percent", statistic: "percent_change"}}},
		{name: "change/neg_halving_as_an_aim", text: "The plan aims at halving the backlog, with the goal of halving waits.", want: none()},
		{name: "sign/negative_before_the_number", text: "Net migration of EU nationals was negative 41,000.",
			want: []wantMention{{quote: "negative 41,000", value: fp(-41000), low: fp(-41000), high: fp(-41000), qualifier: "exact", unit: "persons", statistic: "level"}}},
		{name: "change/a_fraction_slower_than", text: "That pace is about a quarter slower than the year before.",
			want: []wantMention{{quote: "about a quarter", value: fp(-25), qualifier: "approximately", unit: "percent", statistic: "percent_change"}}},
		{name: "change/raise_by", text: "Fuller data led the ONS to raise its estimate by 14,000 and lower another by 9,000.",
			want: []wantMention{{quote: "14,000", value: fp(14000), low: fp(14000), high: fp(14000), qualifier: "exact", unit: "persons", statistic: "change"},
				{quote: "9,000", value: fp(-9000), low: fp(-9000), high: fp(-9000), qualifier: "exact", unit: "persons", statistic: "change"}}},
		{name: "change/adds_to_the_cost", text: "The audit adds £31m to the cost of the scheme.",
			want: []wantMention{{quote: "£31m", value: fp(31e6), low: fp(31e6), high: fp(31e6), qualifier: "exact", unit: "GBP", statistic: "change"}}},
		{name: "share/one_in_n_of_those_on_board", text: "About one in three of those on board were children.",
			want: []wantMention{{quote: "About one in three", value: fp(100.0 / 3), qualifier: "approximately", unit: "percent", statistic: "share"}}},
		{name: "range/by_a_range_of_changes", text: "Forecasters cut growth by 0.1 to 0.2 percentage points, after it rose by 41,200 to 68,981,400.",
			want: []wantMention{{quote: "0.1 to 0.2 percentage points", low: fp(0.1), high: fp(0.2), qualifier: "range", unit: "percent"},
				{quote: "41,200", value: fp(41200), low: fp(41200), high: fp(41200), qualifier: "exact", unit: "persons", statistic: "level"},
				ex("68,981,400", 68981400, "persons")}},
		{name: "neg/one_in_six_months", text: "Ministers may be defending a different one in six months' time.", want: none()},
		{name: "furniture/support_blurb_and_welsh_read_more", text: "The count was 3,020.\n\nDarllenwch fwy / Read more: Cardiff admissions drop by 1,500\n\nSupport independent journalism. Become a supporter from £3 a month.",
			want: []wantMention{ex("3,020", 3020, "persons")}},
		{name: "furniture/a_list_of_links_under_a_heading", text: "The count was 3,020.\n\nRelated explainers\n- Do 8 in 10 people who cross claim asylum?\n- Is the backlog really 90,000?\n\nSupport The Weekly Post: subscribe from £1 a week\n\nRead next: the 7 charts that explain the Budget\n\nSome 410 arrived on Sunday.",
			want: []wantMention{ex("3,020", 3020, "persons"), {quote: "Some 410", value: fp(410), qualifier: "approximately", unit: "persons"}}},
		{name: "words/hotels_and_centres_counted_where_people_are_too", text: "Six hotels in Leeds still house asylum seekers. Three Glasgow hotels have shut, and ministers will reopen two centres. Some 410 families were housed at two hotels in the town, down from 530.",
			want: []wantMention{{quote: "Six", value: fp(6), qualifier: "exact", unit: "other"}, {quote: "Three", value: fp(3), qualifier: "exact", unit: "other"}, {quote: "two", value: fp(2), qualifier: "exact", unit: "other"},
				hq("Some 410", "approximately", 410, "persons"), {quote: "two", value: fp(2), qualifier: "exact", unit: "other"}, ex("530", 530, "persons")}},
		{name: "table/a_chart_series_of_years_and_values_in_thousands", text: "Net migration has fallen.\n\nChart: Arrivals. UK, year to June, '000. Immigration: 2022 1,210; 2023 1,004; 2024 870. Source: ONS\n\nIn 2024 1,200 people crossed.",
			want: []wantMention{ex("1,210", 1210000, "persons"), ex("1,004", 1004000, "persons"), ex("870", 870000, "persons")}},
		{name: "units/households_are_not_persons", text: "Some 3,150 refugee households asked the council for help, and 1,020 people slept rough.",
			want: []wantMention{{quote: "Some 3,150", value: fp(3150), qualifier: "approximately", unit: "other"}, ex("1,020", 1020, "persons")}},
		{name: "furniture/further_reading_most_viewed_and_web_addresses", text: "The count was 3,020, says the [guide](https://www.example.gov.uk/migration-statistics--7).\n\nFurther reading:\n- The 250k question (Backchannel, 2025)\n\nMost viewed\n1. Pay offer of 6% rejected\n\nSome 410 arrived on Sunday.",
			want: []wantMention{ex("3,020", 3020, "persons"), {quote: "Some 410", value: fp(410), qualifier: "approximately", unit: "persons"}}},
		{name: "table/cells_of_a_plain_text_table_in_thousands", text: "Net migration rose.\n\nArrivals by route ('000, calendar years)\n                2024   2025\nWork             210    185\nStudy            160    150\n\nCall 01632 960 123 for more, or 020 7946 0000.",
			want: []wantMention{ex("210", 210000, "persons"), ex("185", 185000, "persons"), ex("160", 160000, "persons"), ex("150", 150000, "persons")}},
		{name: "words/neg_one_of_the", text: "It was one of the busiest weeks of the summer.", want: none()},
		{name: "words/neg_day_one", text: "From day one, the policy faced legal challenges.", want: none()},
		{name: "words/neg_no_one", text: "No one was injured in the incident.", want: none()},
		{name: "words/neg_one_off", text: "A one-off payment was offered to councils.", want: none()},
		{name: "words/neg_at_one_point", text: "At one point the queue stretched to the port gates.", want: none()},
		{name: "words/neg_one_another", text: "The two parties blamed one another for the delays.", want: none()},
		{name: "words/neg_the_first_boat", text: "The first boat arrived at dawn.", want: none()},
		{name: "words/neg_second_time", text: "It was the second time the hotel had been targeted.", want: none()},
		{name: "words/neg_two_weeks", text: "The hearing was adjourned for two weeks.", want: none()},
		{name: "words/neg_once_or_twice", text: "The minister visited the camp once or twice.", want: none()},
		{name: "words/neg_on_the_one_hand", text: "On the one hand, the numbers are down.", want: none()},

		// ---------------------------------------------------------------
		// Percentages
		{name: "pct/sign", text: "The refusal rate was 47%.",
			want: []wantMention{ex("47%", 47, "percent")}},
		{name: "pct/per_cent_hedged", text: "About 23 per cent of arrivals were children.",
			want: []wantMention{hq("About 23 per cent", "approximately", 23, "percent").stat("share")}},
		{name: "pct/percent_word", text: "Only 9 percent of applicants were women.",
			want: []wantMention{ex("9 percent", 9, "percent").stat("share")}},
		{name: "pct/decimal_per_cent", text: "Unemployment among recent arrivals was 3.7 per cent.",
			want: []wantMention{ex("3.7 per cent", 3.7, "percent")}},
		{name: "pct/decimal_sign", text: "Refusals made up 12.5% of decisions.",
			want: []wantMention{ex("12.5%", 12.5, "percent").stat("share")}},
		{name: "pct/below_one", text: "Just 0.4% of claims were withdrawn.",
			want: []wantMention{ex("0.4%", 0.4, "percent").stat("share")}},
		{name: "pct/in_parentheses", text: "Albanians (12%) were the largest single nationality.",
			want: []wantMention{ex("12%", 12, "percent").stat("share")}},
		// DEBATABLE: a change of a percent quantity is percent_change by gold_map.py.
		{name: "pct/points_rise", text: "The grant rate rose by 3 percentage points.",
			want: []wantMention{ex("3 percentage points", 3, "percent").stat("percent_change")}},
		{name: "pct/points_fall", text: "The share of women fell 2.5 percentage points.",
			want: []wantMention{ex("2.5 percentage points", -2.5, "percent").stat("percent_change")}},
		{name: "pct/of_these", text: "There were 43,000 arrivals and 84% of these came by small boat.",
			want: []wantMention{ex("43,000", 43000, "persons"), ex("84%", 84, "percent").stat("share")}},
		{name: "pct/sixty_percent_of", text: "Around the country, 60% of hotels used for asylum have closed.",
			want: []wantMention{ex("60%", 60, "percent").stat("share")}},
		{name: "pct/two_percents", text: "Men made up 73% of arrivals and children 18%.",
			want: []wantMention{ex("73%", 73, "percent"), ex("18%", 18, "percent")}},

		// ---------------------------------------------------------------
		// Qualifiers
		{name: "qual/over", text: "Over 500 people were rescued in the Channel.",
			want: []wantMention{hq("Over 500", "more_than", 500, "persons").vt("500")}},
		{name: "qual/more_than", text: "More than 1,300 migrants crossed on a single day.",
			want: []wantMention{hq("More than 1,300", "more_than", 1300, "persons")}},
		{name: "qual/more_than_lower", text: "The charity has helped more than 20,000 people.",
			want: []wantMention{hq("more than 20,000", "more_than", 20000, "persons")}},
		{name: "qual/almost", text: "The population grew by almost 720,000 people.",
			want: []wantMention{hq("almost 720,000", "almost", 720000, "persons")}},
		{name: "qual/almost_capital", text: "Almost 900 people were moved out of hotels.",
			want: []wantMention{hq("Almost 900", "almost", 900, "persons")}},
		{name: "qual/nearly", text: "Nearly 3,000 people were returned to Albania.",
			want: []wantMention{hq("Nearly 3,000", "almost", 3000, "persons")}},
		{name: "qual/about", text: "Officials say about 40,000 people are in hotels.",
			want: []wantMention{hq("about 40,000", "approximately", 40000, "persons")}},
		{name: "qual/around", text: "Around 700 migrants were waiting at the port.",
			want: []wantMention{hq("Around 700", "approximately", 700, "persons")}},
		{name: "qual/approximately", text: "Approximately 1.5 million people have arrived since the pandemic.",
			want: []wantMention{hq("Approximately 1.5 million", "approximately", 1.5e6, "persons")}},
		{name: "qual/roughly_pct", text: "Roughly 20% of claims are from Afghans.",
			want: []wantMention{hq("Roughly 20%", "approximately", 20, "percent").stat("share")}},
		{name: "qual/some", text: "Some 4,000 people were still waiting for a decision.",
			want: []wantMention{hq("Some 4,000", "approximately", 4000, "persons")}},
		{name: "qual/up_to", text: "The barge can hold up to 500 men.",
			want: []wantMention{hq("up to 500", "at_most", 500, "persons")}},
		{name: "qual/up_to_money", text: "Councils can claim up to £6,000 for each family.",
			want: []wantMention{hq("up to £6,000", "at_most", 6000, "GBP").vt("£6,000")}},
		{name: "qual/at_least", text: "At least 27 people died when the dinghy sank.",
			want: []wantMention{hq("At least 27", "at_least", 27, "persons")}},
		{name: "qual/at_least_money", text: "The claimant was awarded at least £10,000.",
			want: []wantMention{hq("at least £10,000", "at_least", 10000, "GBP")}},
		{name: "qual/fewer_than", text: "Fewer than 300 boats made the crossing.",
			want: []wantMention{hq("Fewer than 300", "less_than", 300, "boats")}},
		{name: "qual/less_than_pct", text: "Less than 1% of those refused were removed.",
			want: []wantMention{hq("Less than 1%", "less_than", 1, "percent")}},
		{name: "qual/under", text: "Under 2,000 people were removed in the quarter.",
			want: []wantMention{hq("Under 2,000", "less_than", 2000, "persons")}},
		{name: "qual/under_pct", text: "The approval rate fell to under 5%.",
			want: []wantMention{hq("under 5%", "less_than", 5, "percent")}},
		{name: "qual/just_over", text: "Just over 1,000 people crossed last weekend.",
			want: []wantMention{hq("Just over 1,000", "more_than", 1000, "persons")}},
		{name: "qual/just_under", text: "Just under 2,000 people crossed last weekend.",
			// "just under X" is close to X from below: almost, with X as the upper bound
			want: []wantMention{hq("Just under 2,000", "almost", 2000, "persons")}},
		{name: "qual/an_estimated_is_exact", text: "An estimated 462,000 people left the country.",
			want: []wantMention{ex("462,000", 462000, "persons")}},
		{name: "qual/an_estimated_mid_sentence", text: "Officials said an estimated 1,500 people were living in the camp.",
			want: []wantMention{ex("1,500", 1500, "persons")}},
		{name: "qual/nears", text: "Channel crossings this year nears 35,000, while the appeals queue is closer to 48,000.",
			want: []wantMention{hq("nears 35,000", "almost", 35000, "persons"), hq("closer to 48,000", "approximately", 48000, "persons")}},
		{name: "qual/barely_and_nearer", text: "Barely one in every 25 arrivals has been returned, and the bill is nearer £6billion.",
			want: []wantMention{hq("Barely one in every 25", "approximately", 4, "percent"), hq("nearer £6billion", "approximately", 6e9, "GBP")}},
		{name: "qual/a_record_is_exact", text: "Last year saw a record 45,774 arrivals.",
			want: []wantMention{ex("45,774", 45774, "persons")}},
		{name: "qual/c_dot_space", text: "The hotel housed c. 600 asylum seekers.",
			want: []wantMention{hq("c. 600", "approximately", 600, "persons")}},
		// DEBATABLE: "c.600" written without a space.
		{name: "qual/c_dot_no_space", text: "The hotel housed c.600 asylum seekers.",
			want: []wantMention{hq("c.600", "approximately", 600, "persons")}},
		{name: "qual/circa", text: "The site held circa 600 migrants.",
			want: []wantMention{hq("circa 600", "approximately", 600, "persons")}},
		// DEBATABLE: "approx." with its stop.
		{name: "qual/approx_dot", text: "The centre holds approx. 300 people.",
			want: []wantMention{hq("approx. 300", "approximately", 300, "persons")}},
		{name: "qual/more_than_gbp_bn", text: "The scheme has cost more than £1bn.",
			want: []wantMention{hq("more than £1bn", "more_than", 1e9, "GBP")}},
		{name: "qual/over_gbp_million_valuetext", text: "Kigali was paid over £100 million before the first flight.",
			want: []wantMention{hq("over £100 million", "more_than", 1e8, "GBP").vt("£100 million")}},
		{name: "qual/nearly_pct", text: "Nearly 40% of claims were from people who came by boat.",
			want: []wantMention{hq("Nearly 40%", "almost", 40, "percent").stat("share")}},
		{name: "qual/about_gbp_m", text: "The charity spends about £2m on legal advice.",
			want: []wantMention{hq("about £2m", "approximately", 2e6, "GBP")}},
		{name: "qual/around_million", text: "Around 1.3 million people moved to the UK.",
			want: []wantMention{hq("Around 1.3 million", "approximately", 1.3e6, "persons")}},
		{name: "qual/more_than_boats", text: "More than 50 boats set off in one day.",
			want: []wantMention{hq("More than 50", "more_than", 50, "boats")}},
		{name: "qual/nearly_small_boats", text: "Nearly 100 small boats were detected in June.",
			want: []wantMention{hq("Nearly 100", "almost", 100, "boats")}},
		{name: "qual/over_half", text: "Over half of those detained were later released.",
			want: []wantMention{hq("Over half", "more_than", 50, "percent").stat("share")}},
		{name: "qual/more_than_half", text: "More than half of the claims were granted.",
			want: []wantMention{hq("More than half", "more_than", 50, "percent").stat("share")}},
		{name: "qual/almost_half", text: "Almost half of those who came were from two countries.",
			want: []wantMention{hq("Almost half", "almost", 50, "percent").stat("share")}},
		{name: "qual/almost_a_quarter", text: "Almost a quarter of the hotels are in the north west.",
			want: []wantMention{hq("Almost a quarter", "almost", 25, "percent").stat("share")}},
		{name: "qual/roughly_a_third", text: "Roughly a third of applicants were women.",
			want: []wantMention{hq("Roughly a third", "approximately", third, "percent").stat("share")}},
		// DEBATABLE: the contract's list does not name these hedges; plain English gives the bound.
		{name: "qual/no_more_than", text: "No more than 50 people may stay at the site.",
			want: []wantMention{hq("No more than 50", "at_most", 50, "persons")}},
		{name: "qual/no_fewer_than", text: "No fewer than 200 people were moved in a week.",
			want: []wantMention{hq("No fewer than 200", "at_least", 200, "persons")}},
		{name: "qual/well_over", text: "Well over 100,000 claims are waiting for a decision.",
			want: []wantMention{hq("Well over 100,000", "more_than", 100000, "persons")}},
		{name: "qual/neg_some_of_the", text: "Some of the 3,000 people housed there have been moved.",
			want: []wantMention{ex("3,000", 3000, "persons")}},
		{name: "qual/neg_over_the_weekend", text: "Over the weekend 800 people crossed.",
			want: []wantMention{ex("800", 800, "persons")}},
		{name: "qual/neg_under_the_scheme", text: "Under the scheme, 4,000 people have been relocated.",
			want: []wantMention{ex("4,000", 4000, "persons")}},
		{name: "qual/neg_up_to_date", text: "The figures, brought up to date in June, show 6,000 arrivals.",
			want: []wantMention{ex("6,000", 6000, "persons")}},
		{name: "qual/neg_about_a_report", text: "Asked about the report, she said 350 people had been moved.",
			want: []wantMention{ex("350", 350, "persons")}},

		// ---------------------------------------------------------------
		// Ranges
		{name: "range/between_and", text: "Between 3,300 and 5,300 people arrive by air without documents.",
			want: []wantMention{rg("Between 3,300 and 5,300", 3300, 5300, "persons")}},
		{name: "range/between_lower", text: "Officials process between 500 and 700 people a week.",
			want: []wantMention{rg("between 500 and 700", 500, 700, "persons").per("week")}},
		{name: "range/x_to_y", text: "Estimates put the number at 3,000 to 5,000 people.",
			want: []wantMention{rg("3,000 to 5,000", 3000, 5000, "persons")}},
		{name: "range/hyphen", text: "Each boat carries 40-60 people.",
			want: []wantMention{rg("40-60", 40, 60, "persons")}},
		{name: "range/en_dash", text: "Each boat carries 40–60 people.",
			want: []wantMention{rg("40–60", 40, 60, "persons")}},
		// DEBATABLE: "from" belongs to the range quote as "between" does.
		{name: "range/from_to_money", text: "Estimates of the cost range from £2 billion to £3 billion.",
			want: []wantMention{rg("from £2 billion to £3 billion", 2e9, 3e9, "GBP")}},
		{name: "range/gbp_m_to_m", text: "Each flight costs £3m to £5m.",
			want: []wantMention{rg("£3m to £5m", 3e6, 5e6, "GBP")}},
		{name: "range/shared_scale", text: "Forecasters expect 3 to 5 million people to move.",
			want: []wantMention{rg("3 to 5 million", 3e6, 5e6, "persons")}},
		{name: "range/between_bn", text: "The bill will be between £1bn and £2bn.",
			want: []wantMention{rg("between £1bn and £2bn", 1e9, 2e9, "GBP")}},
		{name: "range/between_shared_scale", text: "Between 2 and 3 million people hold the visa.",
			want: []wantMention{rg("Between 2 and 3 million", 2e6, 3e6, "persons")}},
		{name: "range/pct_hyphen", text: "Typically 20-30% of claims succeed on appeal.",
			want: []wantMention{rg("20-30%", 20, 30, "percent")}},
		{name: "range/pct_between", text: "Between 10% and 15% of arrivals are children.",
			want: []wantMention{rg("Between 10% and 15%", 10, 15, "percent")}},
		// DEBATABLE: "from" in the quote, as above.
		{name: "range/boats_per_day", text: "Patrols see from 10 to 20 boats a day in summer.",
			want: []wantMention{rg("from 10 to 20", 10, 20, "boats").per("day")}},
		{name: "range/between_per_year", text: "Between 1,000 and 1,500 people are removed each year.",
			want: []wantMention{rg("Between 1,000 and 1,500", 1000, 1500, "persons").per("year")}},
		{name: "range/increased_from_to_two_levels", text: "The number of dependants increased from 125,000 to 219,000.",
			want: []wantMention{ex("125,000", 125000, "persons").stat("level"), ex("219,000", 219000, "persons").stat("level")}},
		{name: "range/fell_from_to_two_levels", text: "Arrivals fell from 45,000 in 2022 to 29,000 in 2023.",
			want: []wantMention{ex("45,000", 45000, "persons").stat("level"), ex("29,000", 29000, "persons").stat("level")}},
		{name: "range/rose_from_pct_two_levels", text: "The refusal rate rose from 5% to 8%.",
			want: []wantMention{ex("5%", 5, "percent"), ex("8%", 8, "percent")}},
		{name: "range/went_up_from_to_two_levels", text: "The backlog went up from 90,000 to 130,000 in a year.",
			want: []wantMention{ex("90,000", 90000, "persons").stat("level"), ex("130,000", 130000, "persons").stat("level")}},
		{name: "range/neg_between_years", text: "Crossings were rare between 2016 and 2018.", want: none()},
		{name: "range/neg_from_years", text: "She served as minister from 2018 to 2023.", want: none()},
		{name: "range/neg_year_dash_year", text: "The 2018-2023 strategy was dropped.", want: none()},

		// ---------------------------------------------------------------
		// Vague multiples
		{name: "vague/tens_of_thousands", text: "Tens of thousands of people are waiting in hotels.",
			want: []wantMention{vg("Tens of thousands", 20000, 90000, "persons")}},
		{name: "vague/tens_of_thousands_lower", text: "The ruling could affect tens of thousands of migrants.",
			want: []wantMention{vg("tens of thousands", 20000, 90000, "persons")}},
		{name: "vague/hundreds_of", text: "Hundreds of people marched through the town.",
			want: []wantMention{vg("Hundreds", 200, 900, "persons")}},
		{name: "vague/hundreds_mid", text: "The storm left hundreds of migrants stranded.",
			want: []wantMention{vg("hundreds", 200, 900, "persons")}},
		{name: "vague/thousands_of", text: "Thousands of migrants are living in the camps near Calais.",
			want: []wantMention{vg("Thousands", 2000, 9000, "persons")}},
		{name: "vague/thousands_more", text: "Officials fear thousands more will attempt the crossing.",
			want: []wantMention{vg("thousands", 2000, 9000, "persons")}},
		{name: "vague/hundreds_of_thousands", text: "Hundreds of thousands of people have come on work visas.",
			want: []wantMention{vg("Hundreds of thousands", 200000, 900000, "persons")}},
		{name: "vague/millions_of_pounds", text: "The council has spent millions of pounds on security.",
			want: []wantMention{vg("millions of pounds", 2e6, 9e6, "GBP")}},
		{name: "vague/tens_of_millions_of_pounds", text: "Cancelling the deal saved tens of millions of pounds.",
			want: []wantMention{vg("tens of millions of pounds", 2e7, 9e7, "GBP")}},
		{name: "vague/hundreds_of_millions_of_pounds", text: "The barge contract cost hundreds of millions of pounds.",
			want: []wantMention{vg("hundreds of millions of pounds", 2e8, 9e8, "GBP")}},
		{name: "vague/billions_of_pounds", text: "Taxpayers have spent billions of pounds on the system.",
			want: []wantMention{vg("billions of pounds", 2e9, 9e9, "GBP")}},
		{name: "vague/tens_of_millions_of_euros", text: "Italy paid tens of millions of euros to Libya.",
			want: []wantMention{vg("tens of millions of euros", 2e7, 9e7, "EUR")}},
		{name: "vague/hundreds_of_boats", text: "Hundreds of boats have been seized by French police.",
			want: []wantMention{vg("Hundreds", 200, 900, "boats")}},

		// ---------------------------------------------------------------
		// Rates
		{name: "rate/per_year", text: "Housing asylum seekers costs £4billion per year.",
			want: []wantMention{ex("£4billion", 4e9, "GBP").per("year")}},
		{name: "rate/a_day", text: "Hotels cost the taxpayer £8 million a day.",
			want: []wantMention{ex("£8 million", 8e6, "GBP").per("day")}},
		{name: "rate/annually", text: "The system costs £3bn annually.",
			want: []wantMention{ex("£3bn", 3e9, "GBP").per("year")}},
		{name: "rate/each_week", text: "About 200 people each week are moved out of hotels.",
			want: []wantMention{hq("About 200", "approximately", 200, "persons").per("week")}},
		{name: "rate/a_month", text: "Landlords were paid £1,200 a month per room.",
			want: []wantMention{ex("£1,200", 1200, "GBP").per("month")}},
		{name: "rate/per_day_people", text: "Officers processed 50 people per day.",
			want: []wantMention{ex("50", 50, "persons").per("day")}},
		{name: "rate/every_day", text: "In August, 100 people arrived every day.",
			want: []wantMention{ex("100", 100, "persons").per("day")}},
		{name: "rate/a_week_allowance", text: "Asylum seekers receive £49.18 a week.",
			want: []wantMention{ex("£49.18", 49.18, "GBP").per("week")}},
		{name: "rate/per_annum", text: "The contract is worth £15m per annum.",
			want: []wantMention{ex("£15m", 15e6, "GBP").per("year")}},
		{name: "rate/hyphenated_a_year", text: "The £4billion-a-year asylum bill keeps growing.",
			want: []wantMention{ex("£4billion", 4e9, "GBP").per("year")}},
		{name: "rate/a_year_money", text: "The UK spends £2.3 billion a year on hotels.",
			want: []wantMention{ex("£2.3 billion", 2.3e9, "GBP").per("year")}},
		{name: "rate/each_year_people", text: "Roughly 10,000 people are returned each year.",
			want: []wantMention{hq("Roughly 10,000", "approximately", 10000, "persons").per("year")}},
		{name: "rate/per_week_people", text: "The centre takes in 75 people per week.",
			want: []wantMention{ex("75", 75, "persons").per("week")}},
		{name: "rate/neg_a_year_earlier", text: "There were 30,000 arrivals, up from 25,000 a year earlier.",
			want: []wantMention{ex("30,000", 30000, "persons").stat("level").per("-"), ex("25,000", 25000, "persons").stat("level").per("-")}},
		{name: "rate/neg_a_year_ago", text: "A year ago, 5,000 people were in hotels.",
			want: []wantMention{ex("5,000", 5000, "persons").per("-")}},
		{name: "rate/neg_in_a_year", text: "The population grew by 610,000 in a year.",
			want: []wantMention{ex("610,000", 610000, "persons")}},
		{name: "rate/none_for_level", text: "The backlog stood at 118,000 claims.",
			want: []wantMention{ex("118,000", 118000, "persons").per("-")}},

		// ---------------------------------------------------------------
		// Changes and shares
		{name: "change/up_pct", text: "Crossings were up 20% on last year.",
			want: []wantMention{ex("20%", 20, "percent").stat("percent_change")}},
		{name: "change/down_pct", text: "Applications were down 36% on the year before.",
			want: []wantMention{ex("36%", -36, "percent").stat("percent_change")}},
		{name: "change/more_deaths_than_births", text: "Across the county there were 2,700 more deaths than births, but 900 more births than deaths in the city.",
			want: []wantMention{ex("2,700", -2700, "persons").stat("change"), ex("900", 900, "persons").stat("change")}},
		{name: "change/outnumber_by", text: "Deaths are projected to outnumber births by around 120,000, while births outnumbered deaths by 3,000 in Belfast.",
			want: []wantMention{hq("around 120,000", "approximately", -120000, "persons").stat("change"), ex("3,000", 3000, "persons").stat("change")}},
		{name: "change/more_died_than_born", text: "That meant 12,600 more people died than were born.",
			want: []wantMention{ex("12,600", -12600, "persons").stat("change")}},
		{name: "change/shorter_after", text: "The queue was more than a quarter shorter than a year earlier.",
			want: []wantMention{hq("more than a quarter", "more_than", -25, "percent").stat("percent_change").bounds(nil, fp(-25))}},
		{name: "unit/networks_broken_up", text: "French police have broken up 37 smuggling networks since January.",
			want: []wantMention{ex("37", 37, "other").stat("level")}},
		{name: "change/higher_after", text: "Net migration for that year is now estimated to be 68,000 higher.",
			want: []wantMention{ex("68,000", 68000, "persons").stat("change")}},
		{name: "change/two_higher_after", text: "Net migration estimates for the two years are now 19,000 and 68,000 higher, respectively.",
			want: []wantMention{ex("19,000", 19000, "persons").stat("change"), ex("68,000", 68000, "persons").stat("change")}},
		{name: "change/revised_up_by", text: "The estimate was revised up by 166,000.",
			want: []wantMention{ex("166,000", 166000, "persons").stat("change")}},
		{name: "change/revised_down_by", text: "The figure was revised down by 10,000.",
			want: []wantMention{ex("10,000", -10000, "persons").stat("change")}},
		{name: "change/rose_by", text: "The number of people in hotels rose by 4,000.",
			want: []wantMention{ex("4,000", 4000, "persons").stat("change")}},
		{name: "change/fell_by", text: "Removals fell by 2,500 over the period.",
			want: []wantMention{ex("2,500", -2500, "persons").stat("change")}},
		{name: "change/a_rise_of_pct", text: "That is a rise of 12% on the previous quarter.",
			want: []wantMention{ex("12%", 12, "percent").stat("percent_change")}},
		{name: "change/a_fall_of_a_third", text: "Claims from Albanians saw a fall of a third.",
			want: []wantMention{ex("a third", -third, "percent").stat("percent_change")}},
		{name: "change/pct_more_than_in", text: "In 2024 there were 19% more detections than in 2023.",
			want: []wantMention{ex("19%", 19, "percent").stat("percent_change")}},
		{name: "change/pct_lower_than", text: "Grants were 12% lower than a year before.",
			want: []wantMention{ex("12%", -12, "percent").stat("percent_change")}},
		{name: "change/an_increase_of", text: "That is an increase of 1,500 people.",
			want: []wantMention{ex("1,500", 1500, "persons").stat("change")}},
		{name: "change/fewer_than_last_year", text: "Some areas saw 3,000 fewer arrivals than last year.",
			want: []wantMention{ex("3,000", -3000, "persons").stat("change")}},
		{name: "change/more_than_in", text: "There were 2,000 more crossings than in 2023.",
			want: []wantMention{ex("2,000", 2000, "persons").stat("change")}},
		{name: "change/a_pct_increase", text: "The figures show a 25% increase in applications.",
			want: []wantMention{ex("25%", 25, "percent").stat("percent_change")}},
		{name: "change/a_drop_of", text: "Officials reported a drop of 10% in detections.",
			want: []wantMention{ex("10%", -10, "percent").stat("percent_change")}},
		{name: "change/cut_by", text: "The budget was cut by 40%.",
			want: []wantMention{ex("40%", -40, "percent").stat("percent_change")}},
		{name: "change/a_decrease_of", text: "There was a decrease of 5,000 in the backlog.",
			want: []wantMention{ex("5,000", -5000, "persons").stat("change")}},
		{name: "change/rose_to_is_level", text: "The backlog rose to 52,000 claims.",
			want: []wantMention{ex("52,000", 52000, "persons").stat("level")}},
		{name: "change/rose_pct", text: "Applications rose 8% in the quarter.",
			want: []wantMention{ex("8%", 8, "percent").stat("percent_change")}},
		{name: "change/fell_pct", text: "Returns fell 15% in the quarter.",
			want: []wantMention{ex("15%", -15, "percent").stat("percent_change")}},
		// DEBATABLE: "doubled" could be read as a ratio of 2 (statistic ratio);
		// here only the stated figure counts.
		{name: "change/doubled_to_is_level", text: "The number doubled to 10,000 people.",
			want: []wantMention{ex("10,000", 10000, "persons").stat("level")}},
		{name: "change/up_by_more_than", text: "Crossings rose by more than 10%.",
			want: []wantMention{hq("more than 10%", "more_than", 10, "percent").stat("percent_change")}},
		// DEBATABLE: a fall of more than 1,000 is a change below -1,000, so the
		// implied bound is high = -1000, not low.
		{name: "change/fell_by_more_than", text: "Removals fell by more than 1,000.",
			want: []wantMention{hq("more than 1,000", "more_than", -1000, "persons").stat("change").bounds(nil, fp(-1000))}},
		{name: "change/up_from_level_pair", text: "Arrivals were 31,000, up from 26,000.",
			want: []wantMention{ex("31,000", 31000, "persons").stat("level"), ex("26,000", 26000, "persons").stat("level")}},
		{name: "change/grew_by_in_year_to", text: "The population grew in the year to June by 500,000.",
			// population growth is the measure population_change; its figure is a level
			want: []wantMention{ex("500,000", 500000, "persons").stat("level")}},
		{name: "change/down_to_is_level", text: "The number in hotels is down to 35,000.",
			want: []wantMention{ex("35,000", 35000, "persons").stat("level")}},
		{name: "share/half_of_all", text: "Half of all claims came from five countries.",
			want: []wantMention{ex("Half", 50, "percent").stat("share")}},
		{name: "share/a_third_of", text: "A third of applicants were under 30.",
			want: []wantMention{ex("A third", third, "percent").stat("share")}},
		{name: "share/two_thirds_of", text: "Two-thirds of claims were granted at first decision.",
			want: []wantMention{ex("Two-thirds", 200.0/3, "percent").stat("share")}},
		{name: "share/three_quarters_of", text: "Three-quarters of those arriving were men.",
			want: []wantMention{ex("Three-quarters", 75, "percent").stat("share")}},
		{name: "share/a_quarter_of", text: "A quarter of hotels have now closed.",
			want: []wantMention{ex("A quarter", 25, "percent").stat("share")}},
		{name: "avg/an_average_of", text: "Boats carried an average of 50 people.",
			want: []wantMention{ex("50", 50, "persons").stat("average")}},
		{name: "avg/on_average", text: "On average, 48 people were packed into each dinghy.",
			want: []wantMention{ex("48", 48, "persons").stat("average")}},
		{name: "avg/average_cost", text: "The average cost was £41,000 per person.",
			want: []wantMention{ex("£41,000", 41000, "GBP").stat("average")}},

		// ---------------------------------------------------------------
		// More forms
		{name: "more/gbp_full_digits_million", text: "The grant was £1,000,000 in all.",
			want: []wantMention{ex("£1,000,000", 1e6, "GBP")}},
		{name: "more/half_point_million", text: "Some 0.5 million people hold the visa.",
			want: []wantMention{hq("Some 0.5 million", "approximately", 5e5, "persons")}},
		{name: "more/one_million_words", text: "One million people have applied for settled status.",
			want: []wantMention{ex("One million", 1e6, "persons")}},
		{name: "more/thirty_thousand_words", text: "Thirty thousand people marched in London.",
			want: []wantMention{ex("Thirty thousand", 30000, "persons")}},
		{name: "more/sixty_one_thousand_words", text: "The figure was sixty-one thousand people.",
			want: []wantMention{ex("sixty-one thousand", 61000, "persons")}},
		{name: "more/gbp_list_of_three", text: "Spending was £2.1bn, £1.8bn and £1.6bn in the three years.",
			want: []wantMention{ex("£2.1bn", 2.1e9, "GBP"), ex("£1.8bn", 1.8e9, "GBP"), ex("£1.6bn", 1.6e9, "GBP")}},
		{name: "more/a_net_figure", text: "The UK gained a net 685,000 people.",
			want: []wantMention{ex("685,000", 685000, "persons")}},
		{name: "more/a_provisional_figure", text: "A provisional 728,000 people arrived.",
			want: []wantMention{ex("728,000", 728000, "persons")}},
		{name: "more/gbp_m_decimal", text: "The pilot cost £1.5m.",
			want: []wantMention{ex("£1.5m", 1.5e6, "GBP")}},
		{name: "more/per_cent_sentence_end", text: "The grant rate for Syrians was 99 per cent.",
			want: []wantMention{ex("99 per cent", 99, "percent")}},
		{name: "more/a_month_count", text: "The scheme took 6,000 people a month.",
			want: []wantMention{ex("6,000", 6000, "persons").per("month")}},
		// DEBATABLE: "several thousand" read like "thousands" (2000–9000).
		{name: "more/several_thousand", text: "Several thousand people are stuck in Calais.",
			want: []wantMention{vg("Several thousand", 2000, 9000, "persons")}},
		// DEBATABLE: a multiple is a ratio; the quote is the multiplier phrase.
		{name: "more/three_times_ratio", text: "Crossings were three times the level seen in 2020.",
			want: []wantMention{ex("three times", 3, "").stat("ratio")}},
		{name: "more/fraction_as_large_ratio", text: "Immigration was 851,000. Emigration was 668,000, nearly four-fifths as large.",
			want: []wantMention{ex("851,000", 851000, "persons"), ex("668,000", 668000, "persons"), hq("nearly four-fifths", "almost", 0.8, "").stat("ratio")}},
		{name: "more/risen_times_ratio", text: "Requests for help have risen nearly four times in two years.",
			want: []wantMention{hq("nearly four times", "almost", 4, "").stat("ratio")}},
		{name: "change/percent_down_at_end", text: "Crossings in the first half were 18,300, so the total is about 9% down.",
			want: []wantMention{ex("18,300", 18300, "persons"), hq("about 9%", "approximately", -9, "percent").stat("percent_change")}},
		{name: "change/lose_a_percent", text: "The islands are expected to lose 7 per cent of their residents by 2040.",
			want: []wantMention{ex("7 per cent", -7, "percent").stat("percent_change")}},
		{name: "change/quoted_fraction_below_peak", text: `The minister said visas were "more than two-thirds" below their peak.`,
			want: []wantMention{hq("more than two-thirds", "more_than", -66.66666666666667, "percent").stat("percent_change").bounds(nil, fp(-66.66666666666667))}},
		{name: "more/fraction_of_the_number_claimed_ratio", text: "The post said a million had left. The true figure, 120,000, was well under a fifth of the number claimed, and less than a fifth of what the post claimed.",
			want: []wantMention{ex("a million", 1000000, "persons"), ex("120,000", 120000, "persons"), hq("well under a fifth", "less_than", 0.2, "").stat("ratio"), hq("less than a fifth", "less_than", 0.2, "").stat("ratio")}},
		{name: "unit/that_is_down_from_the_count_before", text: "Officials said 151 hotels were still in use. That is down from 210 when the government took office.",
			want: []wantMention{ex("151", 151, "other"), ex("210", 210, "other")}},
		{name: "change/or_fraction_restates_a_fall_clause_later", text: "On the revised figures, net migration fell by 84,000 over the twelve months, or roughly a third.",
			want: []wantMention{ex("84,000", -84000, "persons").stat("change"), hq("roughly a third", "approximately", -33.333333333333336, "percent").stat("percent_change")}},
		{name: "change/base_of_ratio_is_a_loss_too", text: "That is a net loss of 98,000 Britons in a single year, nearly four times the 25,000 recorded in 2019.",
			want: []wantMention{ex("98,000", -98000, "persons"), hq("nearly four times", "almost", 4, "").stat("ratio"), ex("25,000", -25000, "persons").during("2019-01-01", "2019-12-31")}},
		{name: "vague/six_figures", text: "Officials admitted the queue of claims ran to six figures at its peak.",
			want: []wantMention{vg("six figures", 100000, 999999, "persons")}},
		{name: "change/a_halving_in_a_year", text: "Ministers hailed what looked like a halving in a single year.",
			want: []wantMention{{quote: "halving", value: fp(-50), qualifier: "exact", unit: "percent", statistic: "percent_change"}}},
		{name: "more/costs_times_earnings_ratio", text: "A starter flat now costs roughly nine times average pay.",
			want: []wantMention{hq("roughly nine times", "approximately", 9, "").stat("ratio")}},
		{name: "unit/small_boat_arrivals_are_people", text: "Some 1,240 small boat arrivals have been flown back under the deal.",
			want: []wantMention{hq("Some 1,240", "approximately", 1240, "persons")}},
		{name: "unit/and_a_count_nearest_in_size", text: "The weekend added 1,480, with 790 arriving on Saturday in 13 boats and 690 following on Sunday.",
			want: []wantMention{ex("1,480", 1480, "persons"), ex("790", 790, "persons"), ex("13", 13, "boats"), ex("690", 690, "persons")}},
		{name: "change/down_by_another", text: "The new rules will bring the total down by another 40,000 or so by 2029.",
			want: []wantMention{hq("40,000 or so", "approximately", -40000, "persons").stat("change").during("2029-01-01", "2029-12-31")}},
		{name: "change/fall_of_an_average", text: "Average rents in the city have fallen by 12% since 2014.",
			want: []wantMention{ex("12%", -12, "percent").stat("percent_change").during("2014-01-01", "2024-07-17")}},
		{name: "change/gapped_place_keeps_the_sign", text: "Wales recorded 4,800 more deaths than births and Scotland 9,100.",
			want: []wantMention{ex("4,800", -4800, "persons").stat("change"), ex("9,100", -9100, "persons").stat("change")}},
		{name: "more/fraction_that_of_ratio", text: "Growth was less than half that of the previous year, and the diaspora is roughly a third that size.",
			want: []wantMention{hq("less than half", "less_than", 0.5, "").stat("ratio"), hq("roughly a third", "approximately", 1.0/3, "").stat("ratio")}},
		{name: "more/set_against_a_peak_ratio", text: "Set against the 906,000 peak of mid-2023, it is less than a fifth.",
			want: []wantMention{ex("906,000", 906000, "persons").during("2023-06-30", "2023-06-30"), hq("less than a fifth", "less_than", 0.2, "").stat("ratio").during("2023-06-30", "2023-06-30")}},
		{name: "change/signed_percent_in_a_table", text: "Measure | 2025 | 2026 | Change\nReturns | 31,200 | 34,100 | +9%\nCrossings | 41,800 | 36,300 | -13%",
			want: []wantMention{ex("31,200", 31200, "persons"), ex("34,100", 34100, "persons"), ex("+9%", 9, "percent").stat("percent_change"),
				ex("41,800", 41800, "persons"), ex("36,300", 36300, "persons"), ex("-13%", -13, "percent").stat("percent_change")}},
		{name: "change/pc_and_collapsed", text: "Care visas plunge 61pc. Grants to care workers have collapsed by 61 per cent in a year.",
			want: []wantMention{ex("61pc", -61, "percent").stat("percent_change"), ex("61 per cent", -61, "percent").stat("percent_change")}},
		{name: "change/apposed_fraction_restates_the_cut", text: "Last November the estimate was cut by 84,000, almost exactly a fifth, to 338,000.",
			want: []wantMention{ex("84,000", -84000, "persons").stat("change"), hq("almost exactly a fifth", "approximately", -20, "percent").stat("percent_change"), ex("338,000", 338000, "persons")}},
		{name: "unit/label_names_what_the_figure_counts", text: "SEPTEMBER IN NUMBERS\nArrivals: 5,210\nBoats: 88\nDays with crossings: 14\nCoastguard incidents: 64",
			want: []wantMention{ex("5,210", 5210, "persons"), ex("88", 88, "boats"), ex("14", 14, "other"), ex("64", 64, "other")}},
		{name: "unit/a_label_that_names_a_period_is_no_unit", text: "Crossings so far\nYear to date: 9,310",
			want: []wantMention{ex("9,310", 9310, "persons")}},
		{name: "change/signed_counts_in_a_table_in_thousands", text: "Table 2: Net migration, UK, thousands\n\nPeriod | First estimate | Latest | Revision\nYE Dec 2024 | 345 | 336 | -9\nYE June 2025 | 204 | 226 | +22",
			want: []wantMention{ex("345", 345000, "persons").during("2024-01-01", "2024-12-31"), ex("336", 336000, "persons").during("2024-01-01", "2024-12-31"), ex("-9", -9000, "persons").stat("change").during("2024-01-01", "2024-12-31"),
				ex("204", 204000, "persons").during("2024-07-01", "2025-06-30"), ex("226", 226000, "persons").during("2024-07-01", "2025-06-30"), ex("+22", 22000, "persons").stat("change").during("2024-07-01", "2025-06-30")}},
		{name: "change/the_net_outflow_was", text: "For EU nationals the net outflow was 71,000.",
			want: []wantMention{ex("71,000", -71000, "persons")}},
		{name: "change/deaths_now_exceed_births_and_gapped", text: "In Scotland deaths now exceed births by some 10,000 a year, and in Wales by roughly 2,800.",
			want: []wantMention{hq("some 10,000", "approximately", -10000, "persons").stat("change").per("year"), hq("roughly 2,800", "approximately", -2800, "persons").stat("change")}},
		{name: "share/half_of_that_fall", text: "Net migration fell by 610,000. Almost half of that fall took place before the election.",
			want: []wantMention{ex("610,000", -610000, "persons").stat("change"), hq("Almost half", "almost", 50, "percent").stat("share")}},
		{name: "neg/mixed_number_of_years_and_double_as_a_verb", text: "It is a fraction of the 910,000 of three and a half years ago. You cannot double the work and expect waits to fall.",
			want: []wantMention{ex("910,000", 910000, "persons")}},
		{name: "change/downgrade_of", text: "The estimate was cut again, a downgrade of 23%.",
			want: []wantMention{ex("23%", -23, "percent").stat("percent_change")}},
		{name: "change/net_loss_of", text: "The region had a net loss of 12,400 people to the rest of the UK, and Bristol a net gain of 3,100.",
			want: []wantMention{ex("12,400", -12400, "persons").stat("level"), ex("3,100", 3100, "persons").stat("level")}},
		{name: "more/neg_4x4", text: "A 4x4 was stopped at the border.", want: none()},
		{name: "more/neg_boeing", text: "The charter used a Boeing 767.", want: none()},
		{name: "more/neg_room_101", text: "He was held in Room 101.", want: none()},
		{name: "more/neg_road_a2", text: "Traffic backed up on the A2.", want: none()},
		{name: "more/neg_stage_2", text: "The plan is now at stage 2.", want: none()},
		{name: "more/neg_phone_dashes", text: "Call 0300-123-7000 for help.", want: none()},
		{name: "more/neg_time_train", text: "She caught the 7.15pm train.", want: none()},
		{name: "more/neg_year_invasion", text: "After the 2022 invasion many fled west.", want: none()},
		{name: "more/neg_age_in_his_40s", text: "A man in his 40s was charged.", want: none()},
		{name: "more/neg_age_year_olds", text: "Most were 17-year-olds.", want: none()},
		{name: "more/neg_20_minute", text: "He had a 20-minute interview.", want: none()},
		{name: "more/neg_12_month_pilot", text: "The 12-month pilot ends soon.", want: none()},
		{name: "more/neg_three_year_deal", text: "Kigali signed a three-year deal.", want: none()},
		{name: "more/neg_past_12_months", text: "Arrivals have slowed over the past 12 months.", want: none()},
		{name: "more/neg_last_five_years", text: "The route has changed in the last five years.", want: none()},
		{name: "more/neg_windrush_1948", text: "The Windrush arrived in 1948.", want: none()},
		{name: "more/neg_level_4", text: "The alert was raised to level 4.", want: none()},
		{name: "more/neg_the_pound", text: "The pound fell against the euro.", want: none()},
		{name: "more/twelve_months_frame", text: "Net migration was 728,000 in the 12 months to June 2024.",
			want: []wantMention{ex("728,000", 728000, "persons").during("2023-07-01", "2024-06-30")}},
		// DEBATABLE: the year of "March" is taken from the publication date.
		{name: "more/three_months_frame", text: "In the three months to March, 5,400 people crossed.",
			want: []wantMention{ex("5,400", 5400, "persons").during("2024-01-01", "2024-03-31")}},
		{name: "period/year_to_june", text: "Immigration was 1.2 million in the year to June 2024.",
			want: []wantMention{ex("1.2 million", 1.2e6, "persons").during("2023-07-01", "2024-06-30")}},
		{name: "period/year_ending_september", text: "Grants totalled 70,000 in the year ending September 2023.",
			want: []wantMention{ex("70,000", 70000, "persons").during("2022-10-01", "2023-09-30")}},
		{name: "period/financial_year_slash_2324", text: "The Home Office spent £4.7bn in 2023/24.",
			want: []wantMention{ex("£4.7bn", 4.7e9, "GBP").during("2023-04-01", "2024-03-31")}},
		// DEBATABLE: "Q1 2024" is the calendar quarter.
		{name: "period/quarter_label", text: "There were 7,000 arrivals in Q1 2024.",
			want: []wantMention{ex("7,000", 7000, "persons").during("2024-01-01", "2024-03-31")}},
		// DEBATABLE: an open period; only its start is checked.
		{name: "period/since_year", text: "Since 2018, 120,000 people have crossed.",
			want: []wantMention{ex("120,000", 120000, "persons").during("2018-01-01", "")}},
		// DEBATABLE: a span of months in one year.
		{name: "period/between_months", text: "Between July and September 2023, 11,000 people crossed.",
			want: []wantMention{ex("11,000", 11000, "persons").during("2023-07-01", "2023-09-30")}},
		{name: "attr/said_the_home_office", text: "“Some 2,000 people were removed,” said the Home Office.",
			want: []wantMention{hq("Some 2,000", "approximately", 2000, "persons").by("Home Office")}},
		{name: "attr/according_to_ons_abbrev", text: "According to the ONS, 1.2 million people arrived.",
			want: []wantMention{ex("1.2 million", 1.2e6, "persons").by("ONS")}},

		// ---------------------------------------------------------------
		// Years counted as a quantity (the gold labels keep "75 years")
		{name: "years/record_in_years", text: "It was the biggest rise in 75 years.",
			want: []wantMention{ex("75 years", 75, "years")}},
		{name: "years/highest_in_years", text: "Arrivals are at their highest level in 20 years.",
			want: []wantMention{ex("20 years", 20, "years")}},

		// ---------------------------------------------------------------
		// Negatives: dates
		{name: "neg/date_full", text: "The figures were published on 17 July 2024.", want: none()},
		{name: "neg/date_month_first", text: "The vote is set for July 5.", want: none()},
		{name: "neg/date_ordinal", text: "It happened on 5th July.", want: none()},
		{name: "neg/date_ordinal_of_month", text: "The hearing is on the 3rd of June.", want: none()},
		{name: "neg/date_weekday", text: "The minister spoke on Monday 3 June.", want: none()},
		{name: "neg/date_iso", text: "Last updated 2024-07-17.", want: none()},
		{name: "neg/date_slashes", text: "The letter was dated 12/04/2024.", want: none()},
		{name: "neg/date_month_year", text: "The policy changed in March 2024.", want: none()},
		{name: "neg/date_ordinal_alone", text: "The deadline is the 14th.", want: none()},
		{name: "neg/date_day_month_abbrev", text: "Published 4 Sept 2023.", want: none()},
		{name: "neg/date_american_full", text: "The order was signed on January 20, 2025.", want: none()},
		// Negatives: years
		{name: "neg/year_in", text: "Crossings were high in 2023.", want: none()},
		{name: "neg/year_since", text: "The route has been used since 2018.", want: none()},
		{name: "neg/year_financial", text: "Spending rose in the 2022/23 financial year.", want: none()},
		{name: "neg/year_mid", text: "The estimate refers to mid-2023.", want: none()},
		{name: "neg/year_decade", text: "Migration was much lower in the 1990s.", want: none()},
		{name: "neg/year_by", text: "The target must be met by 2030.", want: none()},
		{name: "neg/year_short_range", text: "The change took effect in 2010-11.", want: none()},
		{name: "neg/year_election", text: "Immigration was a big issue at the 2019 election.", want: none()},
		{name: "neg/year_terrorism_act", text: "He was charged under the 2000 Terrorism Act.", want: none()},
		{name: "neg/year_refugee_convention", text: "The UK signed the 1951 Refugee Convention.", want: none()},
		{name: "neg/year_sentence_start", text: "2023 was the busiest year on record.", want: none()},
		{name: "neg/year_in_parentheses", text: "The inspector's report (2023) was critical.", want: none()},
		{name: "neg/year_euro", text: "Fans travelled to Germany for Euro 2024.", want: none()},
		{name: "neg/year_quarter_label", text: "The data cover Q3 2023.", want: none()},
		{name: "neg/year_summer_of", text: "The summer of 2022 was a turning point.", want: none()},
		// DEBATABLE: "2023 arrivals" could be read as 2,023 arrivals; here it is the year.
		{name: "neg/year_before_count_noun", text: "The report on 2023 arrivals was delayed.", want: none()},
		{name: "neg/year_class_of", text: "The class of 2024 was the first to be affected.", want: none()},
		// Negatives: times
		{name: "neg/time_am", text: "The boat landed at 10.30am.", want: none()},
		{name: "neg/time_colon", text: "The first dinghy was spotted at 10:45.", want: none()},
		{name: "neg/time_pm", text: "The statement was issued at 9pm.", want: none()},
		{name: "neg/time_24h_gmt", text: "Flights resumed at 14:00 GMT.", want: none()},
		{name: "neg/time_spaced_am", text: "The coach left at 6 am.", want: none()},
		{name: "neg/time_dot_no_suffix", text: "The hearing began at 10.30 on Tuesday.", want: none()},
		// Negatives: ages
		{name: "neg/age_aged", text: "A boy aged 16 was among them.", want: none()},
		{name: "neg/age_year_old", text: "A 25-year-old man was arrested.", want: none()},
		{name: "neg/age_children_under_18", text: "The rules apply to children under 18.", want: none()},
		{name: "neg/age_years_old", text: "He said he was 17 years old.", want: none()},
		{name: "neg/age_between", text: "Most were men aged between 18 and 25.", want: none()},
		{name: "neg/age_over_65s", text: "The scheme excludes the over-65s.", want: none()},
		{name: "neg/age_under_18s", text: "Councils care for unaccompanied under-18s.", want: none()},
		{name: "neg/age_word_year_old", text: "A five-year-old girl was among the passengers.", want: none()},
		{name: "neg/age_at_the_age_of", text: "She left school at the age of 16.", want: none()},
		{name: "neg/age_over_18", text: "Only people over 18 can apply.", want: none()},
		// Negatives: ordinals
		{name: "neg/ordinal_3rd", text: "It ranked 3rd in the table.", want: none()},
		{name: "neg/ordinal_the_3rd", text: "This is the 3rd such report.", want: none()},
		{name: "neg/ordinal_first_time", text: "For the first time, the barge was empty.", want: none()},
		{name: "neg/ordinal_21st_century", text: "It was the worst disaster of the 21st century.", want: none()},
		{name: "neg/ordinal_second_highest", text: "It was the second-highest total on record.", want: none()},
		// Negatives: labels
		{name: "neg/label_section", text: "The power is in section 3 of the Act.", want: none()},
		{name: "neg/label_article_8", text: "He relied on Article 8 of the convention.", want: none()},
		{name: "neg/label_clause_4", text: "MPs voted to remove clause 4.", want: none()},
		{name: "neg/label_paragraph_12", text: "See paragraph 12 of the guidance.", want: none()},
		{name: "neg/label_rule_39", text: "The court issued a Rule 39 order.", want: none()},
		{name: "neg/label_part_5", text: "Part 5 of the bill deals with detention.", want: none()},
		{name: "neg/label_schedule_2", text: "The powers sit in Schedule 2.", want: none()},
		{name: "neg/label_table_figure", text: "Table 2 and Figure 3 show the trend.", want: none()},
		{name: "neg/label_page", text: "The chart is on page 12.", want: none()},
		{name: "neg/label_version", text: "The guidance is now at version 2.0.", want: none()},
		{name: "neg/label_no_10", text: "No 10 declined to comment.", want: none()},
		{name: "neg/label_number_10", text: "Number 10 said the plan would go ahead.", want: none()},
		{name: "neg/label_downing_street", text: "Protesters gathered outside 10 Downing Street.", want: none()},
		{name: "neg/label_covid", text: "Crossings slowed during COVID-19.", want: none()},
		{name: "neg/label_covid_lower", text: "The Covid-19 rules ended in 2022.", want: none()},
		{name: "neg/label_mi5", text: "MI5 was asked to review the case.", want: none()},
		{name: "neg/label_g7", text: "The G7 leaders discussed migration.", want: none()},
		{name: "neg/label_channel_4", text: "Channel 4 broadcast the documentary.", want: none()},
		{name: "neg/label_radio_4", text: "She told BBC Radio 4 the plan was unworkable.", want: none()},
		{name: "neg/label_terminal_5", text: "He was detained at Terminal 5.", want: none()},
		{name: "neg/label_m20", text: "Lorries queued on the M20.", want: none()},
		{name: "neg/label_nine_eleven", text: "Security changed after 9/11.", want: none()},
		{name: "neg/label_24_7", text: "The centre is staffed 24/7.", want: none()},
		{name: "neg/label_postcode", text: "The hotel is in CT17 9AA.", want: none()},
		{name: "neg/label_street_address", text: "The office is at 221 Marsham Street.", want: none()},
		{name: "neg/label_flight_code", text: "The charter was flight BA2490.", want: none()},
		// Negatives: phone numbers
		{name: "neg/phone_freephone", text: "For advice call 0800 123 4567.", want: none()},
		{name: "neg/phone_london", text: "The press office is on 020 7946 0958.", want: none()},
		{name: "neg/phone_international", text: "Call +44 20 7946 0958 for details.", want: none()},
		{name: "neg/phone_mobile", text: "Text 07700 900123 to donate.", want: none()},
		// Negatives: durations and thresholds
		{name: "neg/duration_next_six_months", text: "The plan will be reviewed in the next six months.", want: none()},
		{name: "neg/duration_within_72_hours", text: "Claims must be lodged within 72 hours.", want: none()},
		{name: "neg/duration_for_three_days", text: "The port was closed for three days.", want: none()},
		{name: "neg/duration_over_two_weeks", text: "The talks took place over two weeks.", want: none()},
		{name: "neg/duration_18_months", text: "He was held for 18 months.", want: none()},
		{name: "neg/duration_28_day", text: "Refugees get a 28-day notice to leave.", want: none()},
		{name: "neg/duration_years_ago", text: "The camp closed two years ago.", want: none()},
		{name: "neg/duration_decade", text: "The backlog has grown for a decade.", want: none()},
		{name: "neg/duration_45_minutes", text: "The interview lasted 45 minutes.", want: none()},
		{name: "neg/duration_seven_days_a_week", text: "Staff work seven days a week.", want: none()},
		{name: "neg/duration_24_hours_a_day", text: "The port is watched 24 hours a day.", want: none()},
		{name: "neg/duration_under_24_hours", text: "The decision was made in under 24 hours.", want: none()},
		{name: "neg/duration_five_years", text: "Refugees get leave to remain for five years.", want: none()},
		{name: "neg/duration_10_year_route", text: "Care workers face a 10-year route to settlement.", want: none()},
		// Negatives: list numbering
		{name: "neg/list_numbering", text: "1. Main points", want: none()},
		{name: "neg/list_numbering_paren", text: "2) Background", want: none()},
		{name: "neg/list_numbering_mid_doc", text: "This bulletin has three parts.\n3. Asylum claims", want: none()},
		{name: "neg/list_numbering_markdown_heading", text: "## 4. Things you need to know", want: none()},

		// ---------------------------------------------------------------
		// Statistics next to things that are not
		{name: "mix/date_then_count", text: "On 17 July 2024, 1,200 people crossed the Channel.",
			want: []wantMention{ex("1,200", 1200, "persons")}},
		{name: "mix/count_then_date", text: "A total of 882 people crossed on 2 June.",
			want: []wantMention{ex("882", 882, "persons")}},
		{name: "mix/year_then_count", text: "In 2023, 29,437 people crossed in small boats.",
			want: []wantMention{ex("29,437", 29437, "persons")}},
		{name: "mix/age_and_count", text: "Some 4,000 children under 18 arrived alone.",
			want: []wantMention{hq("Some 4,000", "approximately", 4000, "persons")}},
		{name: "mix/duration_and_count", text: "Within 72 hours, 300 people had been moved.",
			want: []wantMention{ex("300", 300, "persons")}},
		{name: "mix/more_than_2000", text: "More than 2000 people signed the petition.",
			want: []wantMention{hq("More than 2000", "more_than", 2000, "persons")}},
		{name: "mix/list_then_figure", text: "1. Main points\nNet migration fell to 685,000.",
			want: []wantMention{ex("685,000", 685000, "persons")}},
		{name: "mix/list_then_figure_crlf", text: "1. Main points\r\nNet migration was 685,000.\r\n",
			want: []wantMention{ex("685,000", 685000, "persons")}},
		{name: "mix/section_then_count", text: "Under section 3, 450 people were detained.",
			want: []wantMention{ex("450", 450, "persons")}},
		{name: "mix/time_then_count", text: "By 10.30am, 150 people had arrived at the port.",
			want: []wantMention{ex("150", 150, "persons")}},
		{name: "mix/financial_year_and_cost", text: "In the 2022/23 financial year the asylum system cost £3.97 billion.",
			want: []wantMention{ex("£3.97 billion", 3.97e9, "GBP")}},
		{name: "mix/covid_then_count", text: "During the COVID-19 pandemic, 8,466 people crossed.",
			want: []wantMention{ex("8,466", 8466, "persons")}},
		{name: "mix/ordinal_then_hedged", text: "For the third day running, more than 400 people crossed.",
			want: []wantMention{hq("more than 400", "more_than", 400, "persons")}},
		{name: "mix/article_then_pct", text: "Claims under Article 8 made up 14% of the total.",
			want: []wantMention{ex("14%", 14, "percent").stat("share")}},
		{name: "mix/phone_then_count", text: "The helpline (0800 123 4567) took 9,000 calls.",
			want: []wantMention{ex("9,000", 9000, "other")}},
		{name: "mix/age_then_count", text: "A 25-year-old man was one of 65 people on the boat.",
			want: []wantMention{ex("65", 65, "persons")}},
		{name: "mix/terrorism_act_and_count", text: "Under the 2000 Terrorism Act, 212 people were stopped at ports.",
			want: []wantMention{ex("212", 212, "persons")}},
		{name: "mix/mid_year_and_population", text: "By mid-2023 the population was 60.9 million.",
			want: []wantMention{ex("60.9 million", 60.9e6, "persons")}},
		{name: "mix/channel_4_and_count", text: "Channel 4 reported that 90 people were on board.",
			want: []wantMention{ex("90", 90, "persons")}},
		{name: "mix/unicode_dash_before", text: "The charity’s count — 3,400 people — was higher.",
			want: []wantMention{ex("3,400", 3400, "persons")}},
		{name: "mix/unicode_letters_before", text: "In Zürich and Malmö, officials counted 1,500 people.",
			want: []wantMention{ex("1,500", 1500, "persons")}},
		{name: "mix/emoji_before", text: "🚤 Over 600 people crossed today.",
			want: []wantMention{hq("Over 600", "more_than", 600, "persons")}},
		{name: "mix/curly_quotes_around", text: "The figure of “7,000 people” was disputed.",
			want: []wantMention{ex("7,000", 7000, "persons")}},
		{name: "mix/years_and_money", text: "Between 2019 and 2023 the bill rose to £4.7bn.",
			want: []wantMention{ex("£4.7bn", 4.7e9, "GBP")}},

		// ---------------------------------------------------------------
		// Attribution
		{name: "attr/said_colon_quote", text: "Jane Smith said: “We have seen over 500 people cross in a single week.”",
			want: []wantMention{hq("over 500", "more_than", 500, "persons").by("Jane Smith")}},
		{name: "attr/said_colon_straight_quote", text: "Jane Smith said: \"Over 500 people crossed in a single week.\"",
			want: []wantMention{hq("Over 500", "more_than", 500, "persons").by("Jane Smith")}},
		{name: "attr/quote_over_two_paragraphs",
			text: "Sam Patel said: “More than 1,200 people used our helpline in June.\n\n“Around 300 of them had nowhere to sleep.”\n\nThe Home Office has been approached for comment.",
			want: []wantMention{
				hq("More than 1,200", "more_than", 1200, "persons").by("Sam Patel"),
				hq("Around 300", "approximately", 300, "persons").by("Sam Patel"),
			}},
		{name: "attr/according_to_ons", text: "Net migration fell to 685,000, according to the Office for National Statistics.",
			want: []wantMention{ex("685,000", 685000, "persons").by("Office for National Statistics")}},
		{name: "attr/according_to_first", text: "According to the Home Office, 2,500 people were returned in the quarter.",
			want: []wantMention{ex("2,500", 2500, "persons").by("Home Office")}},
		{name: "attr/publisher_voice", text: "The number of people crossing the Channel has risen to 29,000.",
			want: []wantMention{ex("29,000", 29000, "persons").by("-")}},
		{name: "attr/speaker_after_quote", text: "“About 700 people crossed on Tuesday alone,” said Tom Baker.",
			want: []wantMention{hq("About 700", "approximately", 700, "persons").by("Tom Baker")}},
		{name: "attr/name_then_said_after_quote", text: "“We removed 4,000 people last year,” Maria Lopez said.",
			want: []wantMention{ex("4,000", 4000, "persons").by("Maria Lopez")}},
		{name: "attr/pronoun_refers_back",
			text: "Priya Shah runs a refugee charity in Dover.\n\n“We fed around 300 people last week,” she said.",
			want: []wantMention{hq("around 300", "approximately", 300, "persons").by("Priya Shah")}},
		{name: "attr/quote_then_publisher",
			text: "Maria Lopez said: “We removed 4,000 people last year.”\n\nSeparately, 3,800 people left voluntarily in the year to March.",
			want: []wantMention{ex("4,000", 4000, "persons").by("Maria Lopez"), ex("3,800", 3800, "persons").by("-")}},
		{name: "attr/figures_show", text: "Home Office figures show 5,000 people crossed in June.",
			want: []wantMention{ex("5,000", 5000, "persons").by("Home Office")}},
		{name: "attr/estimates_verb", text: "The Migration Observatory estimates that net migration will fall to 250,000.",
			want: []wantMention{ex("250,000", 250000, "persons").by("Migration Observatory")}},
		{name: "attr/forecasts_verb", text: "The OBR forecasts net migration of 340,000 a year.",
			want: []wantMention{ex("340,000", 340000, "persons").by("OBR")}},
		{name: "attr/an_estimated_is_no_source", text: "An estimated 462,000 people emigrated in the year.",
			want: []wantMention{ex("462,000", 462000, "persons").by("-")}},
		{name: "attr/official_figures_show_no_one", text: "Official estimates show 685,000 people emigrated.",
			want: []wantMention{ex("685,000", 685000, "persons").by("-")}},
		{name: "attr/org_said", text: "The ONS said net migration was 685,000.",
			want: []wantMention{ex("685,000", 685000, "persons").by("ONS")}},
		{name: "attr/publisher_after_quote_para",
			text: "Tom Baker said: “Over 900 people came ashore.”\n\nThe total for the year is now 14,000.",
			want: []wantMention{hq("Over 900", "more_than", 900, "persons").by("Tom Baker"), ex("14,000", 14000, "persons").by("-")}},
		// DEBATABLE: the title before the name is left out, as the contract's
		// example ("James Cleverly") suggests.
		{name: "attr/title_before_name", text: "Home Secretary Maria Lopez said 1,100 people had been removed.",
			want: []wantMention{ex("1,100", 1100, "persons").by("Maria Lopez")}},
		{name: "attr/two_speakers",
			text: "Jane Smith said: “At least 40 people drowned.”\n\nTom Baker said: “Nearly 2,000 were rescued.”",
			want: []wantMention{hq("At least 40", "at_least", 40, "persons").by("Jane Smith"), hq("Nearly 2,000", "almost", 2000, "persons").by("Tom Baker")}},

		// ---------------------------------------------------------------
		// Periods, published 2024-07-17 unless stated
		{name: "period/a_change_and_the_level_it_reached", text: "The population rose by 0.6% to 3,240,000 in the year to mid-2023.",
			want: []wantMention{{quote: "0.6%", value: fp(0.6), low: fp(0.6), high: fp(0.6), qualifier: "exact", unit: "percent", periodStart: "2022-07-01", periodEnd: "2023-06-30"},
				ex("3,240,000", 3240000, "persons").during("2022-07-01", "2023-06-30")}},
		{name: "period/neg_since_after_a_superlative", text: "Glasgow's population reached 641,200, its highest level since the early 1980s.",
			want: []wantMention{ex("641,200", 641200, "persons").during("-", "-")}},
		{name: "period/neg_in_a_relative_clause", text: "Work visas fell to 61,000, reflecting the ban on dependants, which came into force in March 2024.",
			want: []wantMention{ex("61,000", 61000, "persons").during("-", "-")}},
		{name: "period/in_year", text: "In 2023, 29,437 people crossed the Channel in small boats.",
			want: []wantMention{ex("29,437", 29437, "persons").during("2023-01-01", "2023-12-31")}},
		{name: "period/in_2024_same_year", text: "In 2024, 10,448 people had crossed by the end of May.",
			want: []wantMention{ex("10,448", 10448, "persons").during("2024-01-01", "")}},
		{name: "period/year_ending_june", text: "Net migration was 740,000 in the year ending June 2023.",
			want: []wantMention{ex("740,000", 740000, "persons").during("2022-07-01", "2023-06-30")}},
		{name: "period/financial_year_slash", text: "The asylum system cost £3.97 billion in 2022/23.",
			want: []wantMention{ex("£3.97 billion", 3.97e9, "GBP").during("2022-04-01", "2023-03-31")}},
		{name: "period/last_year", text: "Last year 29,000 people crossed.",
			want: []wantMention{ex("29,000", 29000, "persons").during("2023-01-01", "2023-12-31")}},
		{name: "period/last_year_no_pub", pub: "none", text: "Last year 29,000 people crossed.",
			want: []wantMention{ex("29,000", 29000, "persons").during("-", "-")}},
		{name: "period/month_year", text: "In March 2024, 1,700 people crossed.",
			want: []wantMention{ex("1,700", 1700, "persons").during("2024-03-01", "2024-03-31")}},
		{name: "period/year_to_mid", text: "The population grew by 610,000 in the year to mid-2023.",
			want: []wantMention{ex("610,000", 610000, "persons").during("2022-07-01", "2023-06-30")}},
		{name: "period/last_month", text: "Last month 3,800 people crossed.",
			want: []wantMention{ex("3,800", 3800, "persons").during("2024-06-01", "2024-06-30")}},
		{name: "period/year_ending_march", text: "Returns totalled 25,000 in the year ending March 2024.",
			want: []wantMention{ex("25,000", 25000, "persons").during("2023-04-01", "2024-03-31")}},
		{name: "period/year_ending_december", text: "Immigration was 1,200,000 in the year ending December 2023.",
			want: []wantMention{ex("1,200,000", 1.2e6, "persons").during("2023-01-01", "2023-12-31")}},
		// DEBATABLE: "2023-24" with a hyphen read as a financial year.
		{name: "period/financial_year_hyphen", text: "Hotels cost £3.1bn in the 2023-24 financial year.",
			want: []wantMention{ex("£3.1bn", 3.1e9, "GBP").during("2023-04-01", "2024-03-31")}},
		// DEBATABLE: "the first half of 2024" resolved to January–June.
		{name: "period/first_half", text: "In the first half of 2024, 13,000 people crossed.",
			want: []wantMention{ex("13,000", 13000, "persons").during("2024-01-01", "2024-06-30")}},
		{name: "period/in_year_older", text: "Some 45,000 people crossed in 2022.",
			want: []wantMention{hq("Some 45,000", "approximately", 45000, "persons").during("2022-01-01", "2022-12-31")}},
		{name: "period/last_year_other_pub", pub: "2023-02-01", text: "Last year 45,000 people crossed.",
			want: []wantMention{ex("45,000", 45000, "persons").during("2022-01-01", "2022-12-31")}},
		{name: "period/month_last_year", text: "In August last year, 8,600 people crossed.",
			want: []wantMention{ex("8,600", 8600, "persons").during("2023-08-01", "2023-08-31")}},
		{name: "hedge/exactly", text: "Take 210,000 from 940,000 and you get exactly 730,000.",
			want: []wantMention{ex("210,000", 210000, "persons"), ex("940,000", 940000, "persons"), ex("exactly 730,000", 730000, "persons")}},
		{name: "hedge/getting_on_for", text: "Asylum support still costs getting on for £4bn a year.",
			want: []wantMention{hq("getting on for £4bn", "almost", 4e9, "GBP").per("year")}},
		{name: "change/ahead_of", text: "That puts this year 23% ahead of the same date in 2024.",
			want: []wantMention{ex("23%", 23, "percent").stat("percent_change")}},
		{name: "change/or_percent_restates", text: "Net migration was 250,000, a fall of 75,000, or 23%.",
			want: []wantMention{ex("250,000", 250000, "persons").stat("level"), ex("75,000", -75000, "persons").stat("change"),
				ex("23%", -23, "percent").stat("percent_change")}},
		{name: "change/subject_is_the_change", text: "The drop between the year ending June 2024 and the year ending June 2025 was 41%.",
			want: []wantMention{ex("41%", -41, "percent").stat("percent_change")}},
		{name: "change/subject_is_the_change_after_an_opening_phrase", text: "Once prices are allowed for, the decline across the two financial years was 9.5%.",
			want: []wantMention{ex("9.5%", -9.5, "percent").stat("percent_change")}},
		{name: "count/just_one_hotel_down_from_seven_hotels", text: "Only one hotel in the county is still in use, down from seven hotels at the peak. One hotel manager moved guests from two hotels in Leeds.",
			want: []wantMention{ex("one", 1, "other"), ex("seven", 7, "other")}},
		{name: "furniture/a_table_row_that_starts_with_sponsored", text: "The count was 3,020.\n\nSponsored content: Win a trip worth £5,000\n\nRoute | 2030 | 2031\nSponsored study | 310,400 | 298,700\n",
			want: []wantMention{ex("3,020", 3020, "persons"), ex("310,400", 310400, "persons"), ex("298,700", 298700, "persons")}},
		{name: "change/took_off", text: "Deaths outnumbered births, so natural change took 4,100 people off the population; the new contract knocked £310m off the bill.",
			want: []wantMention{ex("4,100", -4100, "persons").stat("change"), ex("£310m", -310e6, "GBP").stat("change")}},
		{name: "ratio/double_a_possessive", text: "Sunday's count was more than double Saturday's figure, and nearly double last year's.",
			want: []wantMention{{quote: "more than double", value: fp(2), low: fp(2), qualifier: "more_than", unit: "other", statistic: "ratio"},
				{quote: "nearly double", value: fp(2), high: fp(2), qualifier: "almost", unit: "other", statistic: "ratio"}}},
		{name: "change/a_fraction_fewer_people_than", text: "Some 18,200 people were in hotels, about a quarter fewer people than a year before.",
			want: []wantMention{{quote: "Some 18,200", value: fp(18200), qualifier: "approximately", unit: "persons"}, {quote: "about a quarter", value: fp(-25), qualifier: "approximately", unit: "percent", statistic: "percent_change"}}},
		{name: "level/net_departures_of_two_groups", text: "The rise was offset by net departures of 91,000 Britons and 14,000 EU citizens.",
			want: []wantMention{ex("91,000", -91000, "persons").stat("level"), ex("14,000", -14000, "persons").stat("level")}},
		{name: "change/largest_falls_in_brackets", text: "The largest falls are projected for Arbroath (4.2%) and Forfar (3.9%). The county as a whole will grow, led by Carnoustie (2.1%).",
			want: []wantMention{ex("4.2%", -4.2, "percent").stat("percent_change"), ex("3.9%", -3.9, "percent").stat("percent_change"), ex("2.1%", 2.1, "percent").stat("percent_change")}},
		{name: "change/an_elided_verb_before_by", text: "The county is projected to grow by 4.1%, Selby on its own by 2.6% and Craven by 1.9%. Costs fell by 3%, driven by 120 sites closing.",
			want: []wantMention{ex("4.1%", 4.1, "percent").stat("percent_change"), ex("2.6%", 2.6, "percent").stat("percent_change"), ex("1.9%", 1.9, "percent").stat("percent_change"),
				ex("3%", -3, "percent").stat("percent_change"), ex("120", 120, "other").stat("level")}},
		{name: "neg/pages_of_a_report", text: "Read the full briefing (PDF, 44 pages) or the 12-page summary.", want: none()},
		{name: "furniture/support_it_from", text: "The count was 3,020.\n\nOur reporting is free to read. Support it from just £2.", want: []wantMention{ex("3,020", 3020, "persons")}},
		{name: "hedge/colloquial", text: "It took the best part of 3,000 staff and north of £70m, somewhere around 450 beds in all.",
			want: []wantMention{{quote: "the best part of 3,000", value: fp(3000), high: fp(3000), qualifier: "almost", unit: "persons"},
				{quote: "north of £70m", value: fp(70e6), low: fp(70e6), qualifier: "more_than", unit: "GBP"},
				{quote: "somewhere around 450", value: fp(450), qualifier: "approximately", unit: "other"}}},
		{name: "share/one_in_thousands", text: "About one in 3,500 residents is an asylum seeker, against one in 2026 terms.",
			want: []wantMention{{quote: "About one in 3,500", value: fp(100.0 / 3500), qualifier: "approximately", unit: "percent", statistic: "share"}}},
		{name: "ratio/times_lower", text: "The rate in the county is 12 times lower than in the city.",
			want: []wantMention{{quote: "12 times", value: fp(12), low: fp(12), high: fp(12), qualifier: "exact", unit: "other", statistic: "ratio"}}},
		{name: "neg/a_report_s_numbered_paragraphs_and_references", text: "Summary\n\nHC 412 | Session 2031–32\n\n4 The Department spent £2.1 billion (paragraphs 3.2 to 3.5).\n\n5 Almost 40 Afghans arrived.",
			want: []wantMention{ex("£2.1 billion", 2.1e9, "GBP"), {quote: "Almost 40", value: fp(40), high: fp(40), qualifier: "almost", unit: "persons"}}},
		{name: "neg/an_estimate_raised_for_a_year_to_a_figure", text: "The ONS raised its estimate for calendar year 2031 to 204,000.",
			want: []wantMention{ex("204,000", 204000, "persons")}},
		{name: "level/a_net_flow_by_its_verb", text: "In all, a net 41,000 EU citizens and 95,000 Britons left, while a net 7,000 students arrived.",
			want: []wantMention{ex("41,000", -41000, "persons").stat("level"), ex("95,000", -95000, "persons").stat("level"), ex("7,000", 7000, "persons").stat("level")}},
		{name: "rate/per_a_base", text: "Ireland received 2.8 claims per 1,000 residents, against 11 per 100,000 in Poland.",
			want: []wantMention{ex("2.8", 2.8, "other"), ex("11", 11, "other")}},
		{name: "range/words_or_words", text: "We see four or five families a week, and two or three boats a night.",
			want: []wantMention{{quote: "four or five", low: fp(4), high: fp(5), qualifier: "range", unit: "persons"}, {quote: "two or three", low: fp(2), high: fp(3), qualifier: "range", unit: "boats"}}},
		{name: "level/gone_from_a_to_b", text: "We have gone from 310 to 480 people in a year.",
			want: []wantMention{ex("310", 310, "persons"), ex("480", 480, "persons")}},
		{name: "change/basis_points", text: "Ten-year yields rose 4 basis points, and the two-year rate fell 12 bps.",
			want: []wantMention{ex("4 basis points", 0.04, "percent").stat("percent_change"), ex("12 bps", -0.12, "percent").stat("percent_change")}},
		{name: "share/one_in_ten_after_a_rise", text: "Applications rose again, and nearly four in every ten claims came from visa holders.",
			want: []wantMention{hq("nearly four in every ten", "almost", 40, "percent").stat("share")}},
		{name: "average/and_from", text: "Boats carried an average of 54 people last year, up from 49 in 2023 and from just 14 in 2020.",
			want: []wantMention{ex("54", 54, "persons").stat("average"), ex("49", 49, "persons").stat("average"), ex("14", 14, "persons").stat("average")}},
		{name: "ratio/fraction_of_a_record_figure", text: "It leaves net migration at less than a quarter of the record 906,000 reached in 2023.",
			want: []wantMention{{quote: "less than a quarter", value: fp(0.25), qualifier: "less_than", statistic: "ratio"}, ex("906,000", 906000, "persons")}},
		{name: "ratio/half_the_average", text: "The OBR assumes about 300,000 a year, roughly half the average of the years after the pandemic.",
			want: []wantMention{hq("about 300,000", "approximately", 300000, "persons"), {quote: "roughly half", value: fp(0.5), qualifier: "approximately", statistic: "ratio"}}},
		{name: "ratio/fraction_of_their_former_level", text: "Student dependant visas fell to 19,000, less than an eighth of their former level.",
			want: []wantMention{ex("19,000", 19000, "persons"), {quote: "less than an eighth", value: fp(0.125), qualifier: "less_than", statistic: "ratio"}}},
		{name: "ratio/fraction_of_the_figure_peak", text: "Net migration was around a fifth of the 890,000 peak, and spending a little over half of the figure quoted by the minister.",
			want: []wantMention{{quote: "around a fifth", value: fp(0.2), qualifier: "approximately", statistic: "ratio"}, ex("890,000", 890000, "persons"),
				{quote: "a little over half", value: fp(0.5), qualifier: "more_than", statistic: "ratio"}}},
		{name: "ratio/fraction_of_a_figure_of_another_time", text: "Only 6,300 care visas were issued, a quarter of the 25,200 a year before and under a tenth of the 70,100 granted at the 2023 peak.",
			want: []wantMention{ex("6,300", 6300, "persons"), {quote: "a quarter", value: fp(0.25), qualifier: "exact", statistic: "ratio"}, ex("25,200", 25200, "persons"),
				{quote: "under a tenth", value: fp(0.1), qualifier: "less_than", statistic: "ratio"}, ex("70,100", 70100, "persons")}},
		{name: "ratio/fraction_of_a_revised_figure", text: "The new estimate is under half of the revised 512,000 for 2024.",
			want: []wantMention{{quote: "under half", value: fp(0.5), qualifier: "less_than", statistic: "ratio"}, ex("512,000", 512000, "persons")}},
		{name: "share/fraction_of_the_people_who", text: "Eritreans were a quarter of the 28,000 who crossed in 2025.",
			want: []wantMention{{quote: "a quarter", value: fp(25), qualifier: "exact", statistic: "share"}, ex("28,000", 28000, "persons")}},
		{name: "change/shrinking_by", text: "Inverclyde had the steepest decline, its population shrinking by 0.6%.",
			want: []wantMention{{quote: "0.6%", value: fp(-0.6), qualifier: "exact", unit: "percent", statistic: "percent_change"}}},
		{name: "ratio/fraction_of_a_years_level", text: "The number of dependants is now about a quarter of its 2023 level of 201,000.",
			want: []wantMention{{quote: "about a quarter", value: fp(0.25), qualifier: "approximately", statistic: "ratio"}, ex("201,000", 201000, "persons")}},
		{name: "share/fraction_of_the_total", text: "Hotels took about a third of the total asylum bill of £4.2bn.",
			want: []wantMention{{quote: "about a third", value: fp(100.0 / 3), qualifier: "approximately", statistic: "share"}, ex("£4.2bn", 4.2e9, "GBP")}},
		{name: "share/fraction_base_of_a_fall", text: "Only around one in four Syrian claims succeeded, down from more than half in the year to June 2025.",
			want: []wantMention{{quote: "around one in four", value: fp(25), qualifier: "approximately", statistic: "share"}, {quote: "more than half", value: fp(50), qualifier: "more_than", statistic: "share"}}},
		{name: "share/one_noun_in_every_large_number", text: "Set against that flow, the four who flew amount to roughly one arrival in every 27,000.",
			want: []wantMention{ex("four", 4, "persons"), {quote: "roughly one arrival in every 27,000", value: fp(100.0 / 27000), qualifier: "approximately", statistic: "share"}}},
		{name: "skip/one_in_a_year", text: "Just one in 2024 was sent back to France.",
			want: nil},
		{name: "ratio/fraction_of_a_dated_peak", text: "The queue stood at 61,000, just over a third of the June 2023 peak of 171,000.",
			want: []wantMention{ex("61,000", 61000, "persons"), {quote: "just over a third", value: fp(1.0 / 3), qualifier: "more_than", statistic: "ratio"}, ex("171,000", 171000, "persons")}},
		{name: "change/cut_in_half", text: "\"We have cut that daily bill almost in half,\" she said.",
			want: []wantMention{{quote: "half", value: fp(-50), qualifier: "exact", unit: "percent", statistic: "percent_change"}}},
		{name: "unit/the_noun_a_noun_modifies", text: "Police seized more than 4,000 boat engines and stopped four launches.",
			want: []wantMention{{quote: "more than 4,000", value: fp(4000), qualifier: "more_than", unit: "other"}, ex("four", 4, "boats")}},
		{name: "period/list_items_after_of_these", text: "Long-term emigration totalled 651,000 in 2025. Of these:\n\n- 285,000 were non-EU nationals\n- 198,000 were British nationals",
			want: []wantMention{ex("651,000", 651000, "persons").during("2025-01-01", "2025-12-31"), ex("285,000", 285000, "persons").during("2025-01-01", "2025-12-31"),
				ex("198,000", 198000, "persons").during("2025-01-01", "2025-12-31")}},
		{name: "ratio/fraction_of_the_all_time_high", text: "That is less than a fifth of the all-time high of 906,000, and 27 is less than half the current level.",
			want: []wantMention{{quote: "less than a fifth", value: fp(0.2), qualifier: "less_than", statistic: "ratio"}, ex("906,000", 906000, "persons"),
				ex("27", 27, "persons"), {quote: "less than half", value: fp(0.5), qualifier: "less_than", statistic: "ratio"}}},
		{name: "level/made_up_of", text: "The £295m paid to Rwanda was made up of £245m in 2022/23 and a further £50m in April 2024.",
			want: []wantMention{ex("£295m", 295e6, "GBP"), ex("£245m", 245e6, "GBP").stat("level"), ex("£50m", 50e6, "GBP").stat("level")}},
		{name: "change/growth_at_and_bracketed_list", text: "Midlothian saw the fastest growth, at 1.7%, followed by East Lothian (1.2%) and the City of Edinburgh (1.0%).",
			want: []wantMention{ex("1.7%", 1.7, "percent").stat("percent_change"), ex("1.2%", 1.2, "percent").stat("percent_change"), ex("1.0%", 1, "percent").stat("percent_change")}},
		{name: "level/negative_net_migration", text: "EU citizens had negative net migration of about 117,000, and British citizens of about 80,000.",
			want: []wantMention{hq("about 117,000", "approximately", -117000, "persons"), hq("about 80,000", "approximately", -80000, "persons")}},
		{name: "level/negative_elsewhere_in_the_sentence", text: "Despite negative headlines, a total of 30,000 people applied.",
			want: []wantMention{ex("30,000", 30000, "persons")}},
		{name: "change/sliding", text: "Work-related immigration slid 44 per cent to 140,000.",
			want: []wantMention{ex("44 per cent", -44, "percent").stat("percent_change"), ex("140,000", 140000, "persons")}},
		{name: "not/salary_threshold", text: "The minimum salary for a skilled worker visa is to rise from £41,700 to about £45,000, while 52,300 visas were issued.",
			want: []wantMention{ex("52,300", 52300, "persons")}},
		{name: "money/average_salary_is_a_statistic", text: "The average salary of care workers was £24,000 last year.",
			want: []wantMention{ex("£24,000", 24000, "GBP")}},
		{name: "not/comment_count_in_brackets", text: "Related Topics / Immigration\n\nComments (1,184)\n\nSome 1,200 people crossed.",
			want: []wantMention{hq("Some 1,200", "approximately", 1200, "persons")}},
		{name: "not/age_of_a_name_opening_a_line", text: "Mohammed, 24, a Sudanese man, has waited since 2024 with 130 others.",
			want: []wantMention{ex("130", 130, "persons")}},
		{name: "change/fraction_before_a_change_noun", text: "Figures show a two-thirds drop in a year, and a one-third rise in costs.",
			want: []wantMention{ex("two-thirds", -200.0/3, "percent").stat("percent_change"), ex("one-third", 100.0/3, "percent").stat("percent_change")}},
		{name: "wait/months_on_average", text: "Claims decided in 2025 had been waiting 14.2 months on average. The pilot will run for six months on a trial basis.",
			want: []wantMention{{quote: "14.2 months", value: fp(14.2), qualifier: "exact", statistic: "average"}}},
		{name: "change/more_than_last_year", text: "Some 2,000 more people arrived this year than last, and 61,000 more Britons departed than returned.",
			want: []wantMention{hq("Some 2,000", "approximately", 2000, "persons").stat("change"), ex("61,000", -61000, "persons").stat("level")}},
		{name: "level/more_than_someone_expected", text: "Some 2,000 more people arrived this summer than the Home Office expected.",
			want: []wantMention{hq("Some 2,000", "approximately", 2000, "persons").stat("level")}},
		{name: "level/more_decisions_than_claims", text: "The Home Office would need to make 4,500 more initial decisions a month than it receives new claims.",
			want: []wantMention{ex("4,500", 4500, "persons").stat("level")}},
		{name: "ratio/fraction_of_an_earlier_growth", text: "The population grew by 228,100. This was roughly a third of the growth in the year to mid-2024.",
			want: []wantMention{ex("228,100", 228100, "persons"), {quote: "roughly a third", value: fp(1.0 / 3), qualifier: "approximately", statistic: "ratio"}}},
		{name: "share/fraction_of_a_fall_since", text: "Roughly two-thirds of the fall since 2023 came from higher emigration.",
			want: []wantMention{{quote: "Roughly two-thirds", value: fp(200.0 / 3), qualifier: "approximately", statistic: "share"}}},
		{name: "share/fraction_of_a_fall_in_a_measure_since_its_peak", text: "Close to a third of the drop in work visas since the peak reflects the care-worker ban.",
			want: []wantMention{{quote: "Close to a third", value: fp(100.0 / 3), qualifier: "almost", statistic: "share"}}},
		{name: "average/the_figure_goes_on_and_a_year_before_a_boat", text: "This year 452 boats have landed, carrying an average of 57 people each. Last year the figure was 53, and in 2019 a boat typically held barely a dozen people.",
			want: []wantMention{ex("452", 452, "boats"), ex("57", 57, "persons").stat("average"), ex("53", 53, "persons").stat("average"),
				hq("barely a dozen", "approximately", 12, "persons").stat("average").during("2019-01-01", "2019-12-31")}},
		{name: "num/after_this_year", text: "So far this year 452 boats have reached the UK. Pupils in Year 9 were surveyed.",
			want: []wantMention{ex("452", 452, "boats")}},
		{name: "share/fraction_of_them_after_a_fall", text: "There were 104,800 claims in the year, a fall of 4%, around a third of them lodged by people who came by dinghy.",
			want: []wantMention{ex("104,800", 104800, "persons"), ex("4%", -4, "percent").stat("percent_change"), hq("around a third", "approximately", 100.0/3, "percent").stat("share")}},
		{name: "change/cut_by_a_third_of", text: "The backlog was cut by a third of its size.",
			want: []wantMention{ex("a third", -100.0/3, "percent").stat("percent_change")}},
		{name: "change/percent_more_without_than", text: "Local families are paying 4.99 per cent more in council tax this year, while hundreds more migrants crossed.",
			want: []wantMention{ex("4.99 per cent", 4.99, "percent").stat("percent_change"), {quote: "hundreds", value: nil, low: fp(200), high: fp(900), qualifier: "vague", unit: "persons", statistic: "level"}}},
		{name: "ratio/present_tense_multiplying_verbs", text: "UK net migration roughly halves as students leave, while the appeals queue nearly doubles.",
			want: []wantMention{hq("roughly halves", "approximately", -50, "percent").stat("percent_change"), {quote: "nearly doubles", value: fp(2), qualifier: "almost", statistic: "ratio"}}},
		{name: "level/lost_a_net", text: "London lost a net 84,200 residents to other parts of the UK.",
			want: []wantMention{ex("84,200", -84200, "persons").stat("level")}},
		{name: "level/net_flow_far_than", text: "A further 3,800 more people left England and Wales for Scotland and Northern Ireland than moved in the other direction.",
			want: []wantMention{ex("3,800", -3800, "persons").stat("level")}},
		{name: "ratio/fraction_of_that_record", text: "Net migration peaked at 906,000, and the latest estimate is less than a quarter of that record.",
			want: []wantMention{ex("906,000", 906000, "persons"), {quote: "less than a quarter", value: fp(0.25), qualifier: "less_than", statistic: "ratio"}}},
		{name: "ratio/fraction_of_the_estimate", text: "The final bill was about a third of the estimate.",
			want: []wantMention{{quote: "about a third", value: fp(1.0 / 3), qualifier: "approximately", statistic: "ratio"}}},
		{name: "ratio/times_with_a_grouped_number", text: "Each relocation cost more than 15,000 times as much as one return.",
			want: []wantMention{{quote: "more than 15,000 times", value: fp(15000), qualifier: "more_than", statistic: "ratio"}}},
		{name: "qual/headline_top", text: "Small boat arrivals top 51,000 as summer ends",
			want: []wantMention{hq("top 51,000", "more_than", 51000, "persons")}},
		{name: "not/the_top_10", text: "The top 10 nationalities made up most claims.",
			want: []wantMention{}},
		{name: "sign/deaths_exceeded_births", text: "In Wales deaths exceeded births by 2,900.",
			want: []wantMention{ex("2,900", -2900, "persons").stat("change")}},
		{name: "not/abbreviated_month_and_day", text: "The bodies were recovered near Calais on Sept. 14, police said.",
			want: []wantMention{}},
		{name: "unit/half_a_billion_in_a_sentence_about_money", text: "He claimed Britain had paid Kigali half a billion.",
			want: []wantMention{ex("half a billion", 500e6, "GBP")}},
		{name: "sign/net_outflow_of", text: "Some 180,000 Britons emigrated, giving a net outflow of 95,000.",
			want: []wantMention{hq("Some 180,000", "approximately", 180000, "persons"), ex("95,000", -95000, "persons")}},
		{name: "sign/a_collapse_of", text: "Sponsorship applications dropped to 3,100, a collapse of 64% in a year.",
			want: []wantMention{ex("3,100", 3100, "persons"), ex("64%", -64, "percent").stat("percent_change")}},
		{name: "sign/net_outflows_of_two", text: "Fewer Poles and Romanians came than went, net outflows of 14,500 and 9,200 respectively.",
			want: []wantMention{ex("14,500", -14500, "persons"), ex("9,200", -9200, "persons")}},
		{name: "sign/not_after_a_gain", text: "Arrivals exceeded departures by 14,500, and 9,200 people were granted visas.",
			want: []wantMention{ex("14,500", 14500, "persons"), ex("9,200", 9200, "persons")}},
		{name: "qual/barely_more_than", text: "Removals were barely more than a third of the figure promised.",
			want: []wantMention{{quote: "barely more than a third", value: fp(1.0 / 3), qualifier: "more_than", statistic: "ratio"}}},
		{name: "not/note_number_in_sources", text: "Source: Home Office annual accounts, note 12 (asylum support).",
			want: []wantMention{}},
		{name: "count/including_a_part_of_the_count_before", text: "At least 31 people have drowned this year, including six on a single night in March.",
			want: []wantMention{hq("At least 31", "at_least", 31, "persons"), ex("six", 6, "persons")}},
		{name: "count/including_counts_what_the_whole_counts", text: "The inspectors visited 14 hotels, including three in Essex.",
			want: []wantMention{ex("14", 14, "other"), ex("three", 3, "other")}},
		{name: "count/including_with_no_count_before", text: "The bill has several parts, including three new offences.",
			want: []wantMention{}},
		{name: "share/a_thirtieth", text: "The scheme might have moved 800 people a year, less than a fortieth of the arrivals.",
			want: []wantMention{ex("800", 800, "persons"), {quote: "less than a fortieth", value: fp(2.5), qualifier: "less_than", unit: "percent", statistic: "share"}}},
		{name: "not/fiftieth_anniversary", text: "The charity marks its fiftieth anniversary this year.",
			want: []wantMention{}},
		{name: "count/number_word_then_fate", text: "Four dead and two missing after dinghy sinks off Calais",
			want: []wantMention{ex("Four", 4, "persons"), ex("two", 2, "persons")}},
		{name: "count/number_word_then_verb_is_not_a_count", text: "Three decide to stay, the report says.",
			want: []wantMention{}},
		{name: "average/sixty_of_us_in_the_boat", text: "\"They put more than sixty of us in the boat,\" he said.",
			want: []wantMention{hq("more than sixty", "more_than", 60, "persons").stat("average")}},
		{name: "ratio/times_too_high", text: "On the official measure, his figure is more than three times too high.",
			want: []wantMention{{quote: "more than three times", value: fp(3), qualifier: "more_than", statistic: "ratio"}}},
		{name: "change/fraction_lower", text: "Net migration was 207,400; it was two-thirds lower than in the previous year.",
			want: []wantMention{ex("207,400", 207400, "persons"), ex("two-thirds", -200.0/3, "percent").stat("percent_change")}},
		{name: "not/links_under_a_heading", text: "Officials returned 2,100 people.\n\nMore on this story\nFour migrants flown to Rwanda under voluntary scheme\nFirst 50 people returned to France under the deal\n\nRead more\n\nHotel housing 150 asylum seekers to close\n\nSome 1,300 people crossed on Friday.",
			want: []wantMention{ex("2,100", 2100, "persons"), hq("Some 1,300", "approximately", 1300, "persons")}},
		{name: "not/links_under_a_short_heading", text: "Some 640 people crossed on Tuesday.\n\nMore from Politics\nTwo men charged after dinghy lands at Lydd\nWas 1 in 4 new homes really let to migrants?\nHotels: 6 charts on the cost\n\nLatest\nCouncil to spend £2m on bus lanes\n\nMore from Albania crossed than from anywhere else, 1,180 in all.",
			want: []wantMention{hq("Some 640", "approximately", 640, "persons"), ex("1,180", 1180, "persons")}},
		{name: "unit/an_elided_rate_is_no_count", text: "Spain took 1.9 claims per 1,000 residents. Greece took 3.1, far more than its neighbours, and Portugal 0.8.",
			want: []wantMention{ex("1.9", 1.9, "other"), ex("3.1", 3.1, "other"), ex("0.8", 0.8, "other")}},
		{name: "ratio/for_every_clause_before_the_figure", text: "Put another way, for every asylum seeker removed, 4.5 arrived.",
			want: []wantMention{ex("4.5", 4.5, "other").stat("ratio")}},
		{name: "unit/a_median_age_is_in_years", text: "The median age in Cornwall is 48.7, against 40.1 in Bristol.",
			want: []wantMention{ex("48.7", 48.7, "years"), ex("40.1", 40.1, "years")}},
		{name: "ratio/a_fraction_of_another_figure", text: "Refusals reached 9,800, half the 19,600 of 2023, and about a third the level of the peak.",
			want: []wantMention{ex("9,800", 9800, "persons"), ex("half", 0.5, "other").stat("ratio"), ex("19,600", 19600, "persons"), {quote: "about a third", value: fp(1.0 / 3), qualifier: "approximately", unit: "other", statistic: "ratio"}}},
		{name: "share/half_the_people", text: "Half the migrants held at Manston were Albanian.",
			want: []wantMention{ex("Half", 50, "percent").stat("share")}},
		{name: "count/after_a_possessive_month", text: "Arrivals picked up in spring, with April's 910 the highest of the year.",
			want: []wantMention{ex("910", 910, "persons")}},
		{name: "not/over_two_years", text: "Some 80,000 people left over 2023 and 2024.",
			want: []wantMention{hq("Some 80,000", "approximately", 80000, "persons")}},
		{name: "not/furniture_inside_a_list_of_links", text: "Some 90 people landed.\n\nRelated\n\nWatch: On board a Border Force cutter (3:05)\n\nDover: 4 things the new figures tell us\n\nThe count for the year is 21,400.",
			want: []wantMention{hq("Some 90", "approximately", 90, "persons"), ex("21,400", 21400, "persons")}},
		{name: "average/a_label_per_boat", text: "Crossings this year\nPeople: 24,810\nBoats: 402\nAverage per boat: 61.7",
			want: []wantMention{ex("24,810", 24810, "persons"), ex("402", 402, "boats"), ex("61.7", 61.7, "persons").stat("average")}},
		{name: "unit/a_median_age_far_before", text: "The median age of those granted settlement on family routes last year was about 34.",
			want: []wantMention{hq("about 34", "approximately", 34, "years")}},
		{name: "unit/the_number_in_hotels", text: "Some 900 people were in 14 hotels in Leeds. Nationally the number in hotels fell to 27,450. Some 52,000 people were housed by the state, and the number in use fell from 330 to 205.",
			want: []wantMention{hq("Some 900", "approximately", 900, "persons"), ex("14", 14, "other"), ex("27,450", 27450, "persons"), hq("Some 52,000", "approximately", 52000, "persons"), ex("330", 330, "other"), ex("205", 205, "other")}},
		{name: "ratio/the_ratio_stands_at", text: "The support ratio now stands at about 2.9.",
			want: []wantMention{{quote: "about 2.9", value: fp(2.9), qualifier: "approximately", unit: "other", statistic: "ratio"}}},
		{name: "average/people_each_on_average", text: "This summer the dinghies carried 58 people each on average, and boats now routinely carry more than 70 people.",
			want: []wantMention{ex("58", 58, "persons").stat("average"), hq("more than 70", "more_than", 70, "persons").stat("average")}},
		{name: "change/a_record_beaten_by", text: "Tuesday's count beat the previous daily high of 1,102, set in 2023, by 96.",
			want: []wantMention{ex("1,102", 1102, "persons"), ex("96", 96, "persons").stat("change")}},
		{name: "years/how_long_a_case_takes", text: "Appeals now take about eleven months to be heard. A family can wait more than three years for a council house. Take the twelve months to March: 5,200 people were waiting more than six months.",
			want: []wantMention{hq("about eleven months", "approximately", 11, "other"), {quote: "more than three years", value: fp(3), qualifier: "more_than", unit: "years"}, ex("5,200", 5200, "persons")}},
		{name: "table/a_row_of_days", text: "Crossings by day\nMon 310 | Tue 702 | Wed 1,044 | Thu 58",
			want: []wantMention{ex("310", 310, "persons"), ex("702", 702, "persons"), ex("1,044", 1044, "persons"), ex("58", 58, "persons")}},
		{name: "not/a_hedged_year_and_an_age_range", text: "Removals hit 1,530 in May, the most since at least 2017. Some 31% of 16-to-24-year-olds said they would move abroad.",
			want: []wantMention{ex("1,530", 1530, "persons"), hq("Some 31%", "approximately", 31, "percent").stat("share")}},
		{name: "count/others_in_words", text: "Rescuers lifted 44 people from the water. Nine others swam ashore.",
			want: []wantMention{ex("44", 44, "persons"), ex("Nine", 9, "persons")}},
		{name: "ratio/for_every_ten_almost_eight", text: "For every ten people who arrived last year, almost eight left. For every Briton who came home, nearly three departed.",
			want: []wantMention{{quote: "almost eight", value: fp(0.8), high: fp(0.8), qualifier: "almost", unit: "other", statistic: "ratio"}, {quote: "nearly three", value: fp(3), high: fp(3), qualifier: "almost", unit: "other", statistic: "ratio"}}},
		{name: "ratio/a_hedged_verb_of_multiplying", text: "If the camp fills, the village's population will nearly double. Claims did roughly treble between 2020 and 2023.",
			want: []wantMention{{quote: "nearly double", value: fp(2), high: fp(2), qualifier: "almost", unit: "other", statistic: "ratio"}, {quote: "roughly treble", value: fp(3), qualifier: "approximately", unit: "other", statistic: "ratio"}}},
		{name: "furniture/notices_in_a_paragraph", text: "Some 90 people landed.\n\nThis piece ran in our June issue. Subscribe: 10 issues for £10.\n\nJoin our Telegram channel - 8.1k members\n\nCould you give £4 a month to keep us going?",
			want: []wantMention{hq("Some 90", "approximately", 90, "persons")}},
		{name: "years/a_wait_that_reached", text: "The average wait for an appeal hearing has reached 10.8 months.",
			want: []wantMention{ex("10.8 months", 10.8, "other")}},
		{name: "table/a_column_per_10000_residents", text: "Area | People supported | Per 10,000 residents\nHalton | 822 | 63.9\nWirral | 1,104 | 34.1",
			want: []wantMention{ex("822", 822, "persons"), ex("63.9", 63.9, "other"), ex("1,104", 1104, "persons"), ex("34.1", 34.1, "other")}},
		{name: "change/a_record_smashed_by", text: "The week's total smashed the previous high of 2,950, set in 2024, by 412.",
			want: []wantMention{ex("2,950", 2950, "persons"), ex("412", 412, "persons").stat("change")}},
		{name: "furniture/appeals_and_page_counts", text: "Some 70 people landed. Our journalism is free to read, and readers can chip in from £3 a month. We rely on donations from readers like you, from £4 a month.\n\nJoin the discussion (96)\n\nShares: 2,310\n\nShared 84 times\n\nDownload the report (PDF, 730 KB)\n\nThe council spent £9 on each visit, it said.",
			want: []wantMention{hq("Some 70", "approximately", 70, "persons"), ex("£9", 9, "GBP")}},
		{name: "not/the_claims_a_fact_check_checks", text: "Hotel costs: five claims from the debate checked\n\nWe looked at four of them. Ministers said 38,000 people were in hotels.",
			want: []wantMention{ex("38,000", 38000, "persons")}},
		{name: "change/places_added_an_extra_and_a_change_of", text: "Ministers will add 480 beds. The estimate was raised to 238,000, an extra 19,000 people, a change of 8.7%. Net migration added 41,200 people.",
			want: []wantMention{ex("480", 480, "other").stat("change"), ex("238,000", 238000, "persons"), ex("19,000", 19000, "persons").stat("change"), ex("8.7%", 8.7, "percent").stat("percent_change"), ex("41,200", 41200, "persons")}},
		{name: "change/a_fall_comma_of_and_a_downward_revision", text: "Torfaen had the sharpest fall, of 0.9%. The first estimate was cut to 352,000, a downward revision of 77,000.",
			want: []wantMention{ex("0.9%", -0.9, "percent").stat("percent_change"), ex("352,000", 352000, "persons"), ex("77,000", -77000, "persons").stat("change")}},
		{name: "not/an_ordinal_quarter_and_a_delivery_offer", text: "Hotel use fell for a third quarter running, to 26,100 people. Get the paper delivered to your door from just £3 a week.",
			want: []wantMention{ex("26,100", 26100, "persons")}},
		{name: "unit/a_label_that_ends_with_a_day", text: "IN NUMBERS\nDays with crossings: 19\nBusiest day: 1,207",
			want: []wantMention{ex("19", 19, "other"), ex("1,207", 1207, "persons")}},
		{name: "furniture/a_text_that_ends_on_a_notice_word", text: "Some 75 people landed.\n\nIt ran in our May issue. Subscribe",
			want: []wantMention{hq("Some 75", "approximately", 75, "persons")}},
		{name: "change/a_list_of_places_after_a_comparison", text: "Scotland grew by 0.7%, against 1.1% in England, 0.6% in Wales and 0.4% in Northern Ireland.",
			want: []wantMention{ex("0.7%", 0.7, "percent").stat("percent_change"), ex("1.1%", 1.1, "percent").stat("percent_change"), ex("0.6%", 0.6, "percent").stat("percent_change"), ex("0.4%", 0.4, "percent").stat("percent_change")}},
		{name: "not/an_average_of_those_crushed_aboard", text: "Some 29 people have lost their lives on the route this year, including five who were crushed aboard an overcrowded dinghy near Gravelines.",
			want: []wantMention{hq("Some 29", "approximately", 29, "persons"), ex("five", 5, "persons").stat("level")}},
		{name: "rate/for_every_1000_residents", text: "The city houses roughly 4.1 asylum seekers for every 1,000 residents.",
			want: []wantMention{hq("roughly 4.1", "approximately", 4.1, "other")}},
		{name: "furniture/a_share_line_heads_no_list_of_links", text: "Crossings slow\n\nShare\nSave\n\nA reporter\nHome affairs\n\nKey points\n- 18,240 people have crossed since January\n- That is 11% down on last year",
			want: []wantMention{ex("18,240", 18240, "persons"), ex("11%", -11, "percent").stat("percent_change")}},
		{name: "change/halved_to_a_level", text: "Study dependant visas halved to 14,200. Net migration nearly halves to 189,000.",
			want: []wantMention{ex("halved", -50, "percent").stat("percent_change"), ex("14,200", 14200, "persons"), {quote: "nearly halves", value: fp(-50), low: fp(-50), qualifier: "almost", unit: "percent", statistic: "percent_change"}, ex("189,000", 189000, "persons")}},
		{name: "not/half_done", text: "Arrivals fell to 31,200, but the minister said the job was only half done.",
			want: []wantMention{ex("31,200", 31200, "persons")}},
		{name: "qualifier/up_to_after_a_verb_is_no_hedge", text: "That adds up to £240m. The population edges up to 1.88m, and boats carry up to 70 people.",
			want: []wantMention{ex("£240m", 240e6, "GBP"), ex("1.88m", 1.88e6, "persons"), {quote: "up to 70", value: fp(70), high: fp(70), qualifier: "at_most", unit: "persons"}}},
		{name: "rate/n_for_every_10000_is_no_share", text: "Bolton houses 52 asylum seekers for every 10,000 residents; Oldham has one for every 160.",
			want: []wantMention{ex("52", 52, "other"), ex("one for every 160", 100.0/160, "percent").stat("share")}},
		{name: "sign/a_net_outflow_a_clause_before", text: "EU citizens showed a net outflow as well, of 47,000.",
			want: []wantMention{ex("47,000", -47000, "persons")}},
		{name: "change/a_fraction_restating_a_drop", text: "From 612,000 to 198,000 is a drop of 68%, or more than two-thirds.",
			want: []wantMention{ex("612,000", 612000, "persons"), ex("198,000", 198000, "persons"), ex("68%", -68, "percent").stat("percent_change"), {quote: "more than two-thirds", value: fp(-200.0 / 3), high: fp(-200.0 / 3), qualifier: "more_than", unit: "percent", statistic: "percent_change"}}},
		{name: "ratio/a_fraction_of_a_figure_named_before", text: "The queue peaked at 170,000 in 2023. Today it is about a third of that size. The hotel bill was £1.8bn, barely more than a quarter of the sum he gave. Migration made up nearly half of the growth.",
			want: []wantMention{ex("170,000", 170000, "persons"), {quote: "about a third", value: fp(1.0 / 3), qualifier: "approximately", unit: "other", statistic: "ratio"}, ex("£1.8bn", 1.8e9, "GBP"), {quote: "barely more than a quarter", value: fp(0.25), low: fp(0.25), qualifier: "more_than", unit: "other", statistic: "ratio"}, {quote: "nearly half", value: fp(50), high: fp(50), qualifier: "almost", unit: "percent", statistic: "share"}}},
		{name: "not/rounded_to_thousands_and_ages_or_over", text: "Figures are rounded to thousands. One in five people are now 65 or over.",
			want: []wantMention{ex("One in five", 20, "percent")}},
		{name: "unit/the_number_of_asylum_hotels_from_to", text: "Ministers have cut the number of asylum hotels from more than 350 to 190.",
			want: []wantMention{hq("more than 350", "more_than", 350, "other"), ex("190", 190, "other")}},
		{name: "change/ahead_of_a_name_on", text: "Midlothian grew fastest, by 1.4%, ahead of East Lothian on 1.1%.",
			want: []wantMention{{quote: "1.4%", value: fp(1.4), qualifier: "exact", unit: "percent", statistic: "percent_change"}, {quote: "1.1%", value: fp(1.1), qualifier: "exact", unit: "percent", statistic: "percent_change"}}},
		{name: "change/followed_by_a_name_at", text: "Peterborough was the fastest-growing local authority, with a rise of 1.9%, followed by Tower Hamlets at 1.7%.",
			want: []wantMention{ex("1.9%", 1.9, "percent").stat("percent_change"), ex("1.7%", 1.7, "percent").stat("percent_change")}},
		{name: "years/since_a_superlative_in_words", text: "It was the weakest growth in five years. Emigration has doubled in two years.",
			want: []wantMention{{quote: "five years", value: fp(5), qualifier: "exact", unit: "years"}, {quote: "doubled", value: fp(2), qualifier: "exact", statistic: "ratio"}}},
		{name: "change/bracket_restates_a_fraction", text: "Arrivals of dependants are down by almost three-quarters (74%) from 254,000.",
			want: []wantMention{hq("almost three-quarters", "almost", -75, "percent").bounds(fp(-75), nil).stat("percent_change"), ex("74%", -74, "percent").stat("percent_change"), ex("254,000", 254000, "persons")}},
		{name: "share/of_these_after_a_change", text: "There were 50,640 detected irregular arrivals in the year, up 32%, and 86% of these came on small boats.",
			want: []wantMention{ex("50,640", 50640, "persons"), ex("32%", 32, "percent").stat("percent_change"), ex("86%", 86, "percent").stat("share")}},
		{name: "change/verb_elided_after_and", text: "Skilled Worker visas fell by 36% to 50,140, and Health and Care Worker visas by 77% to 9,440.",
			want: []wantMention{ex("36%", -36, "percent").stat("percent_change"), ex("50,140", 50140, "persons"), ex("77%", -77, "percent").stat("percent_change"), ex("9,440", 9440, "persons")}},
		{name: "change/saving_or_percent", text: "Spending fell to £4.1bn. That is a saving of £620 million, or roughly 13 per cent.",
			want: []wantMention{ex("£4.1bn", 4.1e9, "GBP"), ex("£620 million", -620e6, "GBP").stat("change"), hq("roughly 13 per cent", "approximately", -13, "percent").stat("percent_change")}},
		{name: "change/lost_residents", text: "Over the past decade the county has lost more than 2,500 residents.",
			want: []wantMention{hq("more than 2,500", "more_than", -2500, "persons").bounds(nil, fp(-2500))}},
		{name: "change/fewer_without_than", text: "A modest change in departures, say 40,000 fewer people leaving, would lift it again.",
			want: []wantMention{ex("40,000", -40000, "persons").stat("change")}},
		{name: "period/base_a_year_earlier", text: "Net migration was 431,000 in the year to June 2025, down 49% from 860,000 a year earlier.",
			want: []wantMention{ex("431,000", 431000, "persons").during("2024-07-01", "2025-06-30"), ex("49%", -49, "percent").during("2024-07-01", "2025-06-30"),
				ex("860,000", 860000, "persons").during("2023-07-01", "2024-06-30")}},
		{name: "period/change_against_the_same_point_last_year", pub: "2025-09-01", text: "So far this year 28,000 people have crossed, 40% more than at the same point last year.",
			want: []wantMention{ex("28,000", 28000, "persons").during("2025-01-01", ""), ex("40%", 40, "percent").stat("percent_change").during("2025-01-01", "")}},
		{name: "not/age_after_a_person", text: "One Border Force veteran, 52, told us that 1,100 people crossed.",
			want: []wantMention{ex("1,100", 1100, "persons")}},
		{name: "not/age_after_she_is", text: "She is 71 and has seen 40,000 people cross this year.",
			want: []wantMention{ex("40,000", 40000, "persons")}},
		{name: "not/year_span_end", text: "Many who came on study visas during 2021–23 are leaving; 131,000 left last year.",
			want: []wantMention{ex("131,000", 131000, "persons")}},
		{name: "not/the_other_half", text: "Emigration is the other half of the equation: 600,000 people left.",
			want: []wantMention{ex("600,000", 600000, "persons")}},
		{name: "hedge/about_after_a_verb_is_a_preposition", text: "Labour boasts about 37,600 returns, but 41,000 people crossed.",
			want: []wantMention{ex("37,600", 37600, "persons"), ex("41,000", 41000, "persons")}},
		{name: "hedge/well_under_and_a_little_short_of", text: "It was well under 20,000 in 2023 and a little short of 30,000 in 2024.",
			want: []wantMention{hq("well under 20,000", "less_than", 20000, "persons"), hq("a little short of 30,000", "almost", 30000, "persons")}},
		{name: "hedge/tops", text: "The asylum bill tops £4billion a year.",
			want: []wantMention{hq("tops £4billion", "more_than", 4e9, "GBP").per("year")}},
		{name: "share/out_of", text: "Nine out of ten of those who crossed were men.",
			want: []wantMention{ex("Nine out of ten", 90, "percent").stat("share")}},
		{name: "vague/several_hundred_thousand", text: "Estimates can move by several hundred thousand between releases.",
			want: []wantMention{vg("several hundred thousand", 200e3, 900e3, "persons")}},
		{name: "change/or_fraction_restates_a_fall", text: "On that basis the fall is 202,000, or a little over half.",
			want: []wantMention{ex("202,000", -202000, "persons").stat("change"), hq("a little over half", "more_than", -50, "percent").stat("percent_change").bounds(nil, fp(-50))}},
		{name: "sign/minus_word", text: "Net migration of Britons stood at minus 71,000.",
			want: []wantMention{ex("minus 71,000", -71000, "persons")}},
		{name: "net/more_departing_than_arriving", text: "EU nationals were net leavers, with 68,000 more departing than arriving.",
			want: []wantMention{ex("68,000", -68000, "persons").stat("level")}},
		{name: "change/decline_after_percent", text: "The ONS linked that 39% decline to the closure of the route.",
			want: []wantMention{ex("39%", -39, "percent").stat("percent_change")}},
		{name: "change/cutting_by", text: "Ministers boast of cutting the backlog by two thirds.",
			want: []wantMention{ex("two thirds", -200.0/3, "percent").stat("percent_change")}},
		{name: "ratio/times_original_estimate_in_a_headline", text: "Hotel contracts to cost £12.1bn, four times original estimate",
			want: []wantMention{ex("£12.1bn", 12.1e9, "GBP"), {quote: "four times", value: fp(4), qualifier: "exact", statistic: "ratio"}}},
		{name: "share/one_thing_for_every", text: "The district houses one refugee family for every 250 households.",
			want: []wantMention{{quote: "one refugee family for every 250", value: fp(0.4), qualifier: "exact", unit: "percent", statistic: "share"}}},
		{name: "share/one_thing_in_every", text: "Roughly one small boat arrival in every 20 was a child travelling alone.",
			want: []wantMention{{quote: "Roughly one small boat arrival in every 20", value: fp(5), qualifier: "approximately", unit: "percent", statistic: "share"}}},
		{name: "share/one_for_every", text: "A further 14,800 visas went to dependants, around one for every 25 main applicants.",
			want: []wantMention{ex("14,800", 14800, "persons"), hq("around one for every 25", "approximately", 4, "percent").stat("share")}},
		{name: "ratio/equivalent_to_and_the_size_of", text: "Departures were equivalent to about three-quarters of arrivals; a decade ago they were roughly half the size of them.",
			want: []wantMention{{quote: "about three-quarters", value: fp(0.75), qualifier: "approximately", statistic: "ratio"}, {quote: "roughly half", value: fp(0.5), qualifier: "approximately", statistic: "ratio"}}},
		{name: "ratio/two_and_a_half_times", text: "The total was roughly two and a half times the £290m paid to Kigali.",
			want: []wantMention{{quote: "roughly two and a half times", value: fp(2.5), qualifier: "approximately", statistic: "ratio"}, ex("£290m", 290e6, "GBP")}},
		{name: "net/more_left_than_came_back", text: "An estimated 64,000 more British nationals left than came back.",
			want: []wantMention{ex("64,000", -64000, "persons").stat("level")}},
	}
}

func TestRecognise(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	cases := recogniseCases()
	seen := map[string]bool{}
	for _, c := range cases {
		if seen[c.name] {
			t.Fatalf("duplicate case name %q", c.name)
		}
		seen[c.name] = true
	}
	for _, c := range cases {
		c := c
		t.Run(c.name, func(t *testing.T) {
			pub := publishedOf(t, c.pub)
			ms := x.Extract(c.text, pub)
			checkOffsets(t, c.text, ms)

			var got, want []string
			for _, m := range ms {
				got = append(got, m.Quote)
			}
			for _, w := range c.want {
				want = append(want, w.quote)
			}
			if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
				t.Errorf("quotes: got %s, want %s\n  text: %q", listQuotes(got), listQuotes(want), c.text)
			}
			// field checks on the mentions whose quote matches, in order
			j := 0
			for _, w := range c.want {
				k := j
				for k < len(ms) && ms[k].Quote != w.quote {
					k++
				}
				if k == len(ms) {
					continue
				}
				checkMention(t, w, ms[k])
				j = k + 1
			}
		})
	}
}

func publishedOf(t *testing.T, s string) time.Time {
	switch s {
	case "":
		s = defaultPub
	case "none":
		return time.Time{}
	}
	p, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatalf("bad pub %q", s)
	}
	return p
}

func listQuotes(qs []string) string {
	if len(qs) == 0 {
		return "[]"
	}
	parts := make([]string, len(qs))
	for i, q := range qs {
		parts[i] = fmt.Sprintf("%q", q)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// checkOffsets checks that every mention's quote is the text at its offsets.
func checkOffsets(t *testing.T, text string, ms []model.Mention) {
	t.Helper()
	rs := []rune(text)
	for _, m := range ms {
		if m.Start < 0 || m.End > len(rs) || m.Start >= m.End {
			t.Errorf("offsets: %q has bad offsets [%d:%d] in a text of %d code points", m.Quote, m.Start, m.End, len(rs))
			continue
		}
		if s := string(rs[m.Start:m.End]); s != m.Quote {
			t.Errorf("offsets: text[%d:%d] = %q, quote %q", m.Start, m.End, s, m.Quote)
		}
	}
}

func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

func fmtPtr(p *float64) string {
	if p == nil {
		return "null"
	}
	return fmt.Sprintf("%g", *p)
}

func checkFloat(t *testing.T, quote, field string, got, want *float64) {
	t.Helper()
	switch {
	case want == nil && got == nil:
	case want == nil || got == nil || !near(*got, *want):
		t.Errorf("%s: %q: got %s, want %s", field, quote, fmtPtr(got), fmtPtr(want))
	}
}

func checkString(t *testing.T, quote, field, got, want string) {
	t.Helper()
	switch want {
	case "":
		return
	case "-":
		if got != "" {
			t.Errorf("%s: %q: got %q, want empty", field, quote, got)
		}
	default:
		if got != want {
			t.Errorf("%s: %q: got %q, want %q", field, quote, got, want)
		}
	}
}

func checkDate(t *testing.T, quote, field string, got model.Date, want string) {
	t.Helper()
	g := ""
	if !got.IsZero() {
		g = got.Format("2006-01-02")
	}
	checkString(t, quote, field, g, want)
}

func checkMention(t *testing.T, w wantMention, m model.Mention) {
	t.Helper()
	checkFloat(t, w.quote, "value", m.Value, w.value)
	lo, hi := w.low, w.high
	if lo == nil && hi == nil && w.value != nil {
		lo, hi = impliedBounds(w.qualifier, *w.value)
	}
	if lo != nil {
		checkFloat(t, w.quote, "value_low", m.Low, lo)
	}
	if hi != nil {
		checkFloat(t, w.quote, "value_high", m.High, hi)
	}
	checkString(t, w.quote, "qualifier", m.Qualifier, w.qualifier)
	checkString(t, w.quote, "unit", m.Unit, w.unit)
	checkString(t, w.quote, "statistic", m.Statistic, w.statistic)
	checkString(t, w.quote, "per_period", m.PerPeriod, w.perPeriod)
	checkString(t, w.quote, "value_text", m.ValueText, w.valueText)
	checkString(t, w.quote, "attributed_to", m.AttributedTo, w.attributed)
	checkDate(t, w.quote, "period_start", m.PeriodStart, w.periodStart)
	checkDate(t, w.quote, "period_end", m.PeriodEnd, w.periodEnd)
}
