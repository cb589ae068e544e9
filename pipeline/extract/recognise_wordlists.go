// The recogniser's word lists.

package extract

// periodNoun are the label words that are also periods ("Year 9", "Day
// 3", but "this year", "last week"); timeDeterminer the words that make
// them periods.
var periodNoun = map[string]bool{"year": true, "week": true, "day": true}

var timeDeterminer = map[string]bool{"this": true, "last": true, "next": true, "that": true, "each": true, "every": true,
	"per": true, "a": true, "the": true, "same": true, "previous": true}

// appositive are the words that open a description of a person after a
// name and an age ("Mohammed, 24, a Sudanese man"), or a verb of theirs.
var appositive = map[string]bool{"a": true, "an": true, "who": true, "the": true, "from": true,
	// or a verb of the person's: "Mariam, 29, granted refugee status in
	// the spring, spent five weeks", "One dog walker, 67, said"
	"said": true, "says": true, "told": true, "tells": true, "added": true, "granted": true, "spent": true,
	"arrived": true, "fled": true, "lives": true, "lived": true, "works": true, "worked": true, "recalled": true,
	"has": true, "had": true, // "Yonas, 24, has slept in a car park"
	// ("Senait, 34, left Eritrea in 2019", "Dawit, 38, was an electrician")
	"left": true, "came": true, "went": true, "was": true, "is": true, "made": true, "took": true, "found": true,
	"paid": true, "got": true, "gave": true, "became": true, "began": true, "ran": true, "sent": true, "lost": true,
	// or where the person stands: "Abdelrahman, 31, outside the day centre"
	"outside": true, "inside": true, "near": true, "beside": true, "pictured": true}

var familyWords = []string{"wife", "husband", "partner", "spouse", "couple", "family", "parents", "mother", "father"}

// multiples are the adjectives of a ratio ("double the amount"), and
// isRatioObject tells the words that make them one.
var multiples = map[string]float64{"double": 2, "treble": 3, "triple": 3, "quadruple": 4}

// modalBefore are the words that make "double" a verb: "cannot double the
// work", "plans to double the number".
var modalBefore = map[string]bool{"to": true, "cannot": true, "can": true, "will": true, "would": true, "could": true,
	"may": true, "might": true, "should": true, "must": true, "not": true, "never": true}

// changeSpan are the words after "a halving" that give the time it
// took: "a halving in a single year", "a halving since 2023".
var changeSpan = map[string]bool{"in": true, "since": true, "over": true, "on": true, "from": true}

// inVerb are the verbs whose "in" is their own ("took in 90 households",
// "moved in", "lived in"), not the "in" of "one in ten".
var inVerb = map[string]bool{"took": true, "take": true, "takes": true, "taken": true, "taking": true, "brought": true,
	"bring": true, "let": true, "lets": true, "moved": true, "move": true, "put": true, "came": true, "come": true,
	"lived": true, "live": true, "lives": true, "living": true, "stayed": true, "stay": true, "settled": true, "arrived": true,
	"slept": true, "housed": true, "fitted": true, "held": true, "kept": true, "locked": true, "checked": true,
	"travelled": true, "traveled": true, "crossed": true, "sailed": true, "landed": true, "crammed": true, "packed": true}

// dollarPrefixes are the words written before "$" to say whose dollars
// they are, and the unit of each: "US$1.2bn" is USD; "HK$1m", "A$50m"
// and "NZ$3m" are currencies the contract has no unit of.
var dollarPrefixes = map[string]string{"us": "USD", "hk": "other", "a": "other", "au": "other", "c": "other", "ca": "other", "nz": "other", "sg": "other"}

// multiplyVerbs are the verbs of a ratio: "doubled", "tripled".
var multiplyVerbs = map[string]float64{
	"doubled": 2, "doubling": 2, "tripled": 3, "trebled": 3, "tripling": 3, "quadrupled": 4, "halved": 0.5,
	"doubles": 2, "triples": 3, "trebles": 3, "quadruples": 4, "halves": 0.5, // "net migration halves"
	"halving": 0.5, // "the drop is a halving" (not "halving the backlog": see ratioAt)
	// "has gone up more than fivefold", "a tenfold rise"
	"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10,
}

var representWords = []string{"represents", "representing", "represent"}

var notWords = []string{"not", "no", "never", "didn't", "hasn't", "haven't", "doesn't", "won't"}

// ofFigureNoun are the nouns that name another figure after "a third of
// the …": what a figure is set against, not a whole it is part of ("half
// of the growth", "two-thirds of this year's increase" are shares of it).
var ofFigureNoun = map[string]bool{"peak": true, "level": true, "size": true, "sum": true, "high": true, "record": true,
	"one": true, "ambition": true, "claim": true, "estimate": true, "forecast": true, "target": true, "amount": true}

// words that make "N years" the frame of a period, not a figure.
var frameWords = map[string]bool{"next": true, "last": true, "past": true, "previous": true, "first": true, "coming": true,
	"recent": true, "within": true, "the": true, "for": true, "over": true, "after": true, "than": true, "those": true, "these": true}

// starterWords are the words a quantity can start with.
var starterWords = func() map[string]bool {
	m := map[string]bool{"between": true, "a": true, "an": true, "half": true, "twice": true}
	for w := range dollarPrefixes { // "US$1.2bn", "HK$1m"
		m[w] = true
	}
	for _, q := range qualifiers {
		m[q.words[0]] = true
	}
	for _, v := range vagues {
		m[v.words[0]] = true
	}
	for w := range units {
		m[w] = true
	}
	for w := range tens {
		m[w] = true
	}
	for w := range multiplyVerbs {
		m[w] = true
	}
	for w := range multiples {
		m[w] = true
	}
	return m
}()

// aNext are the words that make "a"/"an" the start of a quantity: "a
// dozen", "a third", "a few thousand", "a minimum of".
var aNext = map[string]bool{"dozen": true, "hundred": true, "thousand": true, "million": true, "billion": true,
	"third": true, "quarter": true, "half": true, "fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true, "twelfth": true, "twentieth": true, "thirtieth": true, "fortieth": true, "fiftieth": true, "hundredth": true, "thousandth": true, "few": true, "minimum": true, "maximum": true, "little": true}
