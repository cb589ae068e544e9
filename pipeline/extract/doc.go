// Package extract finds the statistics a document states and classifies
// them: each number becomes a model.Mention with its quote and offsets, its
// value and bounds, qualifier, unit, measure, statistic, period, geography
// and who says it.
//
// An Extractor is built once (New) from the lexicons embedded in package
// schemas: the measure vocabulary and its cue words, the places, the period
// words and the measure model's weights. Extract then reads a document in
// one pass:
//
//  1. tokenize splits the text into words, numbers and punctuation, and
//     flags the words the lexicons know (token.go); sentences splits the
//     tokens into sentences, and joinFigureLines joins a figure on a line of
//     its own to the description on the line under it (sentence.go).
//  2. findAll finds the lexicons' phrases once for the whole document: the
//     measures' cues, the places and the words some measures require
//     (lexicon.go). The cues weigh each measure into the document's topic;
//     attribute marks quotations and who speaks (attribution.go).
//  3. Sentence by sentence, page furniture (furniture.go) and tables
//     (tables.go) are read; the recogniser finds the quantities (recognise.go
//     and recognise_*.go: which numbers are statistics, their values, ranges,
//     ratios and hedges, with the grammar words of words.go and the parsing
//     of quantity.go) and the period expressions (period.go).
//  4. mention turns each quantity into a Mention (mention.go): its unit
//     (units.go, money.go), statistic (statistic.go, change.go, shares.go, boats.go),
//     measure (measure.go and cues.go, then the measure model of learn.go,
//     which has the last word when it is sure enough), geography
//     (geography.go), period (figureperiod.go) and speaker; clause.go holds
//     small helpers, and referback.go reads figures that go on with one
//     before them.
//
// The rules are written for the genre, not for any one text: they are
// tested with sentences of their own, and the labelled sets under testdata
// measure the whole (see the README). An Extractor is safe for
// concurrent use; each call reuses scratch from a pool, so extraction
// allocates little per document.
package extract
