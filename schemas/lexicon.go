package schemas

import (
	"encoding/json"
	"fmt"
)

// Measure is one entry of the measure vocabulary with its cue words.
type Measure struct {
	Name             string   `json:"name"`
	Description      string   `json:"description"`
	Units            []string `json:"units"`
	DefaultGeography *string  `json:"default_geography"`
	GeographyFixed   bool     `json:"geography_fixed,omitempty"`
	// GeographyNational says that a figure of this measure is about a
	// country, never a place within one: a county or town its sentence
	// names is where people landed or were taken ("740 crossed the Channel
	// and landed in Kent" is a count of arrivals in the United Kingdom),
	// and the local place a document is about is not the figure's.
	GeographyNational bool `json:"geography_national,omitempty"`
	// GeographyFromDocument says that, when its sentence names no place, a
	// figure of this measure is about the part of the United Kingdom the
	// document is about ("net migration was 45,000" in a piece on
	// Scotland), and only failing that about DefaultGeography.
	GeographyFromDocument bool   `json:"geography_from_document,omitempty"`
	ChangeMeasure         string `json:"change_measure,omitempty"`
	// Stock says the measure is counted at a point in time (the asylum
	// backlog at the end of June, the population at mid-year), not over a
	// period: a figure for a period is the stock at its end, a change is
	// from the stock before the period starts, and stocks are never added
	// up. The extractor and the checks both read it.
	Stock bool               `json:"stock,omitempty"`
	Cues  map[string]float64 `json:"cues"`
	// Requires lists phrases one of which must stand in the sentence or the
	// four before it for the measure to be chosen: a payment is to Rwanda
	// only when Rwanda is named.
	Requires []string `json:"requires,omitempty"`
	// CountedAbroad says that other countries count this measure too: a
	// sentence that names another country and none of the required names
	// can still be about it ("Spain received the most claims, 62,400").
	// Without it, such a sentence is not about a measure with required
	// names ("Italy's deal with Albania, budgeted at €650m", not Rwanda's).
	CountedAbroad bool `json:"counted_abroad,omitempty"`
	// CueUnits, when set, limits the mentions this measure's cues speak for
	// to those of these units: "detained" says a count of people is not one
	// of the vocabulary's measures, but says nothing about a sum of money.
	CueUnits []string `json:"cue_units,omitempty"`
	// MoneyCues are cues that speak for sums of money (pounds, euros,
	// dollars) whatever CueUnits says: a council's "shortfall of £1.4m" or
	// "£476m for French patrols" is none of the vocabulary's measures,
	// though "detained" says nothing about money.
	MoneyCues map[string]float64 `json:"money_cues,omitempty"`
	// MaxPersons, when set, is the most people a figure of this measure
	// counts: a flow of a year is never tens of millions of people ("The
	// 72 million question" is a population).
	MaxPersons float64 `json:"max_persons,omitempty"`
	// NotPersonal says that a sum paid to each person ("up to £3,000 each
	// to relocate", "can receive £3,000") is not a figure of this measure,
	// which counts payments between governments or a scheme's total.
	NotPersonal bool `json:"not_personal,omitempty"`
	// NoRates says that a sum per day, week or year ("£7bn a year") is not a
	// figure of this measure, which is a total.
	NoRates bool `json:"no_rates,omitempty"`
	// NotInternal says that people moving from one part of the UK to
	// another ("5,400 more moved to Wales from England") are not a figure of
	// this measure, which counts moves to or from abroad: they are other.
	NotInternal bool `json:"not_internal,omitempty"`
	// GroupIn lists measures whose shares this measure only names the
	// group of: "under 5% of those who crossed have been returned" and "a
	// third of claims came from small-boat arrivals" are shares of returns
	// and of claims, not of small-boat arrivals.
	GroupIn []string `json:"group_in,omitempty"`
	// WholeIn lists measures whose shares this measure names the group of
	// only when they name the whole the share is of: "a third of claims
	// came from small-boat arrivals" is a share of claims, but "96% of
	// small-boat arrivals claimed asylum" one of the arrivals.
	WholeIn []string `json:"whole_in,omitempty"`
	// NarrowedBy lists narrower measures: a figure of this measure whose
	// sentence names one of a narrower measure's required names, and no
	// other country, is that measure's ("tens of thousands would have been
	// removed" under the Rwanda scheme are relocations, not returns).
	NarrowedBy []string `json:"narrowed_by,omitempty"`
	// TopicUnits are the units in which a figure whose sentence (and the
	// one before) has no cue at all is taken to be of this measure when the
	// document is mostly about it: a count of people with no cue in a
	// story on small boats is one of the crossings, but a sum with no cue
	// in a story on the cost of asylum is as often a council's bill or a
	// contract's, and is other.
	TopicUnits []string `json:"topic_units,omitempty"`
	// NotCues are phrases that hold one of the measure's cues but do not
	// speak for it: "left" says emigration, "left behind" and "left
	// homeless" do not; "first decision" says the backlog, "granted at the
	// first decision" does not.
	NotCues []string `json:"not_cues,omitempty"`
}

// Place is one entry of the geography lexicon.
type Place struct {
	Name    string   `json:"name"`
	Code    string   `json:"code"`
	Aliases []string `json:"aliases"`
	// SentenceOnly makes the aliases the place of a figure whose sentence
	// names them, without counting towards the place a document is about:
	// "the cost of a prison place" is England and Wales's, but a story on
	// foreign offenders that names it is still about the UK.
	SentenceOnly bool `json:"sentence_only,omitempty"`
	// Body says the aliases name bodies whose figures are of the place
	// ("NISRA", "Skills for Care"), not the place itself: the place of a
	// figure whose sentence names one, unless the sentence speaks of a
	// town or council ("NRS put the city's population at 150,390" is the
	// city's). An entry with Body (or SentenceOnly) stands for the entry of
	// the same name before it, with the same code.
	Body bool `json:"body,omitempty"`
	// Capitalised says the aliases name the place only as written with a
	// capital ("North West", a table's row; not "the north west of the
	// city"). An entry with Capitalised stands for the entry of the same
	// name before it, with the same code.
	Capitalised bool `json:"capitalised,omitempty"`
}

// RelativePeriod is a phrase resolved against the publication date.
type RelativePeriod struct {
	Phrase string `json:"phrase"`
	Rule   string `json:"rule"`
}

// PeriodWords is the period lexicon.
type PeriodWords struct {
	Months   map[string]int    `json:"months"`
	Weekdays map[string]int    `json:"weekdays"`
	Relative []RelativePeriod  `json:"relative"`
	Rates    map[string]string `json:"rates"`
	// Seasons are the first and last months of each season ("winter":
	// [12, 2] runs from December into the next year)
	Seasons map[string][2]int `json:"seasons"`
}

func decodeLexicon(path string, v any) error {
	b, err := files.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// Measures returns the measure vocabulary in file order.
func Measures() ([]Measure, error) {
	var doc struct {
		Measures []Measure `json:"measures"`
	}
	err := decodeLexicon("lexicon/measures.json", &doc)
	return doc.Measures, err
}

// MeasureNames returns the names of the measure vocabulary.
func MeasureNames() []string {
	ms, err := Measures()
	if err != nil {
		panic(err)
	}
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Name
	}
	return out
}

// Geography is the geography lexicon: the places, and the words that,
// right after a place, make it something other than what a figure is about:
// where people come from ("EU nationals", "France-born"), or the partner
// country a policy is named after ("the Rwanda scheme").
type Geography struct {
	Places      []Place  `json:"places"`
	OriginWords []string `json:"origin_words"`
	// NationalityFlows are words that, after a place outside the UK, make
	// it the nationality of people coming or going ("EU immigration").
	NationalityFlows []string `json:"nationality_flows"`
	PolicyWords      []string `json:"policy_words"`
	// NotCouncils are words that make "X Council" a body, not a local
	// authority whose area a figure is about ("the Refugee Council").
	NotCouncils []string `json:"not_councils"`
	// NationalBodies are UK-wide bodies ("home office", "office for
	// national statistics"): a document that names no part of the United
	// Kingdom but names one of these is about the United Kingdom.
	NationalBodies []string `json:"national_bodies"`
	// NationAdjectives name a part of the United Kingdom as an adjective
	// ("Scottish councils", "the Welsh Government"): they say which part a
	// document is about, but do not make a figure's sentence about it.
	NationAdjectives map[string]string `json:"nation_adjectives"`
	// LocalPlaces are local authority areas and towns, matched only as
	// written with a capital, and given without a code.
	LocalPlaces []LocalPlace `json:"local_places"`
}

// LocalPlace is a local area of the geography lexicon: its name and the
// ways the text writes it, capitalised ("Newcastle upon Tyne",
// "Newcastle").
type LocalPlace struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

// LoadGeography returns the geography lexicon.
func LoadGeography() (Geography, error) {
	var g Geography
	err := decodeLexicon("lexicon/geography.json", &g)
	return g, err
}

// Places returns the places of the geography lexicon.
func Places() ([]Place, error) {
	g, err := LoadGeography()
	return g.Places, err
}

// Periods returns the period lexicon.
func Periods() (PeriodWords, error) {
	var p PeriodWords
	err := decodeLexicon("lexicon/periods.json", &p)
	return p, err
}

// FurnitureStarts returns the phrases that open a paragraph of page
// furniture ("READ MORE", "Sign up"), and the phrases that are furniture
// only as a short line of their own, the heading of a list of links ("More
// from UK", "Latest news").
func FurnitureStarts() (starts, headings []string, err error) {
	var doc struct {
		LineStarts   []string `json:"line_starts"`
		LinkHeadings []string `json:"link_headings"`
	}
	err = decodeLexicon("lexicon/furniture.json", &doc)
	return doc.LineStarts, doc.LinkHeadings, err
}

// SourceAliases returns the names a source goes by and the one name the
// attributed_to column gives it ("ONS": "Office for National Statistics").
func SourceAliases() (map[string]string, error) {
	var doc struct {
		Aliases map[string]string `json:"aliases"`
	}
	err := decodeLexicon("lexicon/sources.json", &doc)
	return doc.Aliases, err
}

// MeasureModelPath is the embedded file of the measure model's weights.
const MeasureModelPath = "lexicon/measure_model.tsv"

// MeasureModel returns the weights of the extractor's measure model, as
// cmd/trainmeasure writes them (a text file, see pipeline/extract/learn.go).
func MeasureModel() ([]byte, error) { return files.ReadFile(MeasureModelPath) }
