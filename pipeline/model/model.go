// Package model holds the values that pass between the pipeline's stages.
// Stages import model and never each other; the wiring in package etl moves
// values from one stage to the next.
package model

import "time"

// Document is one raw file as the source stage read it.
type Document struct {
	SourceID   string // path under the raw root without extension, '/'-separated
	Path       string // path under the raw root, '/'-separated
	SourceType string // news, official_release, official_table; "" when unknown
	MediaType  string
	URL        string
	Title      string
	Publisher  string
	Author     string
	License    string
	Published  time.Time // zero when unknown
	Retrieved  time.Time // zero when unknown
	SHA256     string    // hex; "" when the file could not be read
	Bytes      int64
	Text       string   // the decoded text (byte-order mark removed); "" when rejected
	Warnings   []string // problems that did not stop the document (missing sidecar fields)
	Err        error    // non-nil when the document is rejected
}

// OK reports whether the document can be extracted.
func (d *Document) OK() bool { return d.Err == nil }

// Date is a calendar day; the zero Date means unknown.
type Date struct {
	time.Time
}

// Day makes a Date.
func Day(y int, m time.Month, d int) Date { return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)} }

// Mention is one statistic found in a document's text.
type Mention struct {
	Start, End int    // offsets of Quote in the text, in code points, end exclusive
	Quote      string // text[Start:End]
	Sentence   string

	Value, Low, High *float64
	Qualifier        string
	ValueText        string
	Unit             string
	PerPeriod        string

	Measure   string
	Statistic string

	Geography     string
	GeographyCode string

	PeriodLabel            string
	PeriodStart, PeriodEnd Date

	AttributedTo string
	Extractor    string
	// TableRow is the id of the row of an official table the figure comes
	// from; empty for figures found in text.
	TableRow string
}

// Observation is a row of the observations table before it is typed: a
// mention (or an official table row) with its document.
type Observation struct {
	Doc     *Document
	Mention Mention
}

// NamedPeriod is a period that copy names by an event ("since Sir Keir
// became PM"), from the calendar under the raw root.
type NamedPeriod struct {
	Name    string
	Phrases []string // lower case
	Start   Date
	End     Date // zero when EndPublished
	// EndPublished makes the period end on the publication date of the
	// document that uses the phrase.
	EndPublished bool
}

// Check is a row of the checks table: a reported figure compared with
// official ones, or an identity between figures.
type Check struct {
	ID                 string
	Kind               string // official_comparison, identity
	ObservationID      string
	ReferenceIDs       []string
	Verdict            string // consistent, inconsistent, ambiguous, no_reference
	Reported           *float64
	Reference          *float64
	Difference         *float64
	RelativeDifference *float64
	Rule               string
}
