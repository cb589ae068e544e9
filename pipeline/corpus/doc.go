// Package corpus generates synthetic news articles about UK migration, for
// tests and benchmarks of the pipeline.
//
// The articles are built from this package's own sentence templates: a
// headline, a byline, paragraphs of one to three sentences, reported speech,
// a picture caption ending "(Image: PA)", a "READ MORE:" line, and numbers
// that are not statistics (dates, years, times, ages, section numbers,
// "COVID-19", phone numbers). Each article is 1 to 8 KB.
//
// Every statistic a template inserts is recorded as a [Figure]: its exact
// quote and offset in code points, its value, qualifier, unit and the
// measure it is meant to express. The numbers that are not statistics are
// recorded as [Distractor]s. Together they are a labelled corpus for recall
// and precision checks of the extractor, and a source of realistic text for
// throughput benchmarks.
//
// Generation is deterministic: [Generator.Doc] depends only on the seed and
// the document's index, never on the order of calls, and no two calls share
// state, so a Generator is safe for concurrent use.
package corpus
