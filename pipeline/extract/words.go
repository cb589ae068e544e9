package extract

// The grammar words of quantities. The measure, geography and period
// lexicons live in schemas/lexicon; these words are the closed classes of
// English number expressions.

type qualifierWord struct {
	words []string
	q     string
	// inQuote is false for hedges that do not change the bounds and that
	// labellers leave out of the quote ("an estimated 462,000").
	inQuote bool
}

// qualifiers, longest first so that "just over" wins over "over".
var qualifiers = []qualifierWord{
	{[]string{"almost", "exactly"}, "approximately", true},
	{[]string{"very", "nearly"}, "almost", true},
	{[]string{"no", "fewer", "than"}, "at_least", true},
	{[]string{"no", "less", "than"}, "at_least", true},
	{[]string{"no", "more", "than"}, "at_most", true},
	{[]string{"never", "more", "than"}, "at_most", true}, // "never more than 60 per cent"
	{[]string{"never", "fewer", "than"}, "at_least", true},
	{[]string{"never", "less", "than"}, "at_least", true},
	{[]string{"in", "excess", "of"}, "more_than", true},
	{[]string{"in", "the", "region", "of"}, "approximately", true},
	{[]string{"a", "minimum", "of"}, "at_least", true},
	{[]string{"a", "maximum", "of"}, "at_most", true},
	{[]string{"just", "short", "of"}, "almost", true},
	{[]string{"just", "over"}, "more_than", true},
	{[]string{"a", "little", "over"}, "more_than", true},
	{[]string{"a", "little", "under"}, "almost", true},
	{[]string{"just", "under"}, "almost", true},
	{[]string{"just", "below"}, "almost", true},
	{[]string{"well", "over"}, "more_than", true},
	{[]string{"well", "above"}, "more_than", true},
	{[]string{"well", "under"}, "less_than", true},
	{[]string{"well", "below"}, "less_than", true},
	{[]string{"a", "little", "short", "of"}, "almost", true},
	{[]string{"a", "little", "more", "than"}, "more_than", true},
	{[]string{"slightly", "more", "than"}, "more_than", true},
	{[]string{"slightly", "fewer", "than"}, "less_than", true},
	{[]string{"slightly", "less", "than"}, "less_than", true},
	{[]string{"slightly", "over"}, "more_than", true},
	{[]string{"slightly", "above"}, "more_than", true},
	{[]string{"slightly", "under"}, "almost", true},
	{[]string{"slightly", "below"}, "almost", true},
	{[]string{"a", "little", "less", "than"}, "less_than", true},
	{[]string{"little", "more", "than"}, "more_than", true}, // "little more than a quarter"
	{[]string{"little", "over"}, "more_than", true},
	{[]string{"more", "than"}, "more_than", true},
	{[]string{"greater", "than"}, "more_than", true},
	{[]string{"upwards", "of"}, "more_than", true},
	{[]string{"somewhere", "in", "the", "region", "of"}, "approximately", true},
	{[]string{"in", "the", "order", "of"}, "approximately", true},
	{[]string{"the", "best", "part", "of"}, "almost", true},   // "the best part of 28,000"
	{[]string{"the", "better", "part", "of"}, "almost", true}, // "the better part of a year"
	{[]string{"a", "shade", "under"}, "almost", true},
	{[]string{"a", "shade", "over"}, "more_than", true},
	{[]string{"well", "north", "of"}, "more_than", true},
	{[]string{"north", "of"}, "more_than", true}, // "north of 70,000"
	{[]string{"south", "of"}, "less_than", true},
	{[]string{"something", "over"}, "more_than", true},
	{[]string{"something", "under"}, "less_than", true},
	{[]string{"somewhere", "around"}, "approximately", true},
	{[]string{"somewhere", "near"}, "approximately", true},
	{[]string{"at", "least"}, "at_least", true},
	{[]string{"fewer", "than"}, "less_than", true},
	{[]string{"less", "than"}, "less_than", true},
	{[]string{"up", "to"}, "at_most", true},
	{[]string{"as", "many", "as"}, "at_most", true},
	{[]string{"as", "much", "as"}, "at_most", true},
	{[]string{"at", "most"}, "at_most", true},
	{[]string{"close", "to"}, "almost", true},
	{[]string{"getting", "on", "for"}, "almost", true},
	{[]string{"not", "far", "short", "of"}, "almost", true}, // "not far short of 30,000"
	{[]string{"just", "shy", "of"}, "almost", true},
	{[]string{"shy", "of"}, "almost", true},
	{[]string{"give", "or", "take"}, "approximately", true},
	{[]string{"more", "or", "less"}, "approximately", true},
	{[]string{"comfortably", "over"}, "more_than", true},
	{[]string{"comfortably", "above"}, "more_than", true},
	{[]string{"an", "estimated"}, "exact", false},
	{[]string{"estimated"}, "exact", false},
	{[]string{"over"}, "more_than", true},
	{[]string{"above"}, "more_than", true},
	{[]string{"past"}, "more_than", true},
	{[]string{"pass"}, "more_than", true},   // "will pass 28,000 this week"
	{[]string{"passes"}, "more_than", true}, // "population passes 1.2m"
	{[]string{"passing"}, "more_than", true},
	{[]string{"passed"}, "more_than", true},
	{[]string{"surpasses"}, "more_than", true},
	{[]string{"exceeds"}, "more_than", true},
	{[]string{"topping"}, "more_than", true},
	{[]string{"topped"}, "more_than", true},
	{[]string{"tops"}, "more_than", true},
	{[]string{"top"}, "more_than", true}, // "Crossings top 92,000" (not after a determiner: qualifierAt)
	{[]string{"surpassed"}, "more_than", true},
	{[]string{"exceed"}, "more_than", true}, // "the total cost could exceed £540m"
	{[]string{"exceeded"}, "more_than", true},
	{[]string{"exceeding"}, "more_than", true},
	{[]string{"under"}, "less_than", true},
	{[]string{"below"}, "less_than", true},
	{[]string{"almost"}, "almost", true},
	{[]string{"exactly"}, "exact", true},
	{[]string{"nearly"}, "almost", true},
	{[]string{"approaching"}, "almost", true},
	{[]string{"nears"}, "almost", true}, // "the year's total nears 35,000"
	{[]string{"nearing"}, "almost", true},
	{[]string{"closer", "to"}, "approximately", true},
	{[]string{"nearer"}, "approximately", true},
	{[]string{"barely", "more", "than"}, "more_than", true}, // "barely more than a quarter": above, if only just
	{[]string{"barely"}, "approximately", true},
	{[]string{"about"}, "approximately", true},
	{[]string{"around"}, "approximately", true},
	{[]string{"approximately"}, "approximately", true},
	{[]string{"approx"}, "approximately", true},
	{[]string{"roughly"}, "approximately", true},
	{[]string{"perhaps"}, "approximately", true},
	{[]string{"something", "like"}, "approximately", true},
	{[]string{"some"}, "approximately", true},
	{[]string{"circa"}, "approximately", true},
	{[]string{"c"}, "approximately", true}, // "c. 600"
}

// scales written after a number; abbreviations only count when attached
// ("4bn", "1.2m", "12.9k") or, for bn, spaced.
var scaleWords = map[string]int{"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "mn": 6, "bn": 9, "tn": 12}
var scaleAttached = map[string]int{"m": 6, "k": 3, "bn": 9, "mn": 6, "tn": 12, "b": 9}

var currencySigns = map[string]string{"£": "GBP", "$": "USD", "€": "EUR"}
var currencyWords = map[string]string{"pounds": "GBP", "pound": "GBP", "sterling": "GBP", "euros": "EUR", "euro": "EUR", "dollars": "USD"}

var units = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}
var tens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// vague multiples: "tens of thousands" is 20,000 to 90,000.
type vagueWord struct {
	words     []string
	low, high float64
}

var vagues = []vagueWord{
	{[]string{"hundreds", "of", "thousands"}, 200e3, 900e3},
	{[]string{"tens", "of", "thousands"}, 20e3, 90e3},
	{[]string{"hundreds", "of", "millions"}, 200e6, 900e6},
	{[]string{"tens", "of", "millions"}, 20e6, 90e6},
	{[]string{"hundreds", "of", "billions"}, 200e9, 900e9},
	{[]string{"tens", "of", "billions"}, 20e9, 90e9},
	{[]string{"thousands"}, 2e3, 9e3},
	{[]string{"hundreds"}, 200, 900},
	{[]string{"millions"}, 2e6, 9e6},
	{[]string{"billions"}, 2e9, 9e9},
	{[]string{"dozens"}, 24, 108},
	{[]string{"several", "hundred", "thousand"}, 200e3, 900e3},
	{[]string{"a", "few", "hundred", "thousand"}, 200e3, 500e3},
	{[]string{"several", "thousand"}, 2e3, 9e3},
	{[]string{"several", "hundred"}, 200, 900},
	{[]string{"several", "million"}, 2e6, 9e6},
	{[]string{"several", "billion"}, 2e9, 9e9},
	{[]string{"a", "few", "million"}, 2e6, 5e6},
	{[]string{"a", "few", "billion"}, 2e9, 5e9},
	{[]string{"a", "few", "thousand"}, 2e3, 5e3},
	{[]string{"a", "few", "hundred"}, 200, 500},
	{[]string{"a", "few", "dozen"}, 24, 60},
	{[]string{"few", "dozen"}, 24, 60}, // "the last few dozen"
	{[]string{"several", "dozen"}, 24, 108},
	// "the backlog ran to six figures": a number of that many digits
	{[]string{"five", "figures"}, 10e3, 99999},
	{[]string{"six", "figures"}, 100e3, 999999},
	{[]string{"seven", "figures"}, 1e6, 9999999},
}

// fractions of a whole, as percentages.
var fractions = map[string]float64{"half": 50, "third": 100.0 / 3, "quarter": 25, "fifth": 20, "sixth": 100.0 / 6,
	"seventh": 100.0 / 7, "eighth": 12.5, "ninth": 100.0 / 9, "tenth": 10, "twelfth": 100.0 / 12, "twentieth": 5,
	"thirtieth": 100.0 / 30, "fortieth": 2.5, "fiftieth": 2, "hundredth": 1, "thousandth": 0.1}
var pluralFractions = map[string]float64{"thirds": 100.0 / 3, "quarters": 25, "fifths": 20, "sixths": 100.0 / 6,
	"sevenths": 100.0 / 7, "eighths": 12.5, "ninths": 100.0 / 9, "tenths": 10}

// nouns after a number that give its unit.
var unitNouns = map[string]string{
	"people": "persons", "persons": "persons", "person": "persons", "migrants": "persons", "migrant": "persons",
	"refugees": "persons", "asylum": "persons", "seekers": "persons", "individuals": "persons", "men": "persons",
	"women": "persons", "children": "persons", "adults": "persons", "minors": "persons", "families": "other",
	"arrivals": "persons", "immigrants": "persons", "emigrants": "persons", "nationals": "persons",
	"applicants": "persons", "dependants": "persons", "workers": "persons", "students": "persons",
	"passengers": "persons", "residents": "persons", "deaths": "persons", "births": "persons", "babies": "persons",
	"foreign": "persons", "illegal": "persons", "irregular": "persons", "albanians": "persons", "crossings": "persons",
	"channel": "persons", "detected": "persons", "new": "", "more": "", "additional": "", "extra": "",
	"boats": "boats", "boat": "boats", "dinghies": "boats", "dinghy": "boats", "vessels": "boats",
	"cases": "cases", "claims": "persons", "applications": "persons", "visas": "persons", "returns": "persons",
	"removals": "persons", "deportations": "persons", "grants": "persons", "decisions": "persons",
	"years": "years", "year": "years", "decade": "years",
	"bodies": "persons", "volunteers": "persons", "officers": "persons", "staff": "persons", "smugglers": "persons",
	"victims": "persons", "survivors": "persons", "detainees": "persons", "prisoners": "persons", "offenders": "persons",
	"criminals": "persons", "households": "other", "pupils": "persons", "patients": "persons", "nurses": "persons",
	"doctors": "persons", "carers": "persons", "britons": "persons", "afghans": "persons", "albanians'": "persons",
	"iranians": "persons", "eritreans": "persons", "syrians": "persons", "iraqis": "persons", "sudanese": "persons",
	"vietnamese": "persons", "indians": "persons", "nigerians": "persons", "ukrainians": "persons", "relatives": "persons",
	"recipients": "persons", "claimants": "persons", "overstayers": "persons", "arrests": "persons", "boys": "persons",
	"girls": "persons", "teenagers": "persons", "babies'": "persons", "asylum-seekers": "persons", "newcomers": "persons",
	"calls": "other", "hotels": "other", "centres": "other", "flights": "other", "councils": "other", "sites": "other", "beds": "other",
	"rooms": "other", "properties": "other", "homes": "other", "buildings": "other", "barges": "other", "countries": "other",
	"francs": "other", "rupees": "other", "lira": "other", "dirhams": "other", "yen": "other",
	"nationalities": "other", "routes": "other", "beaches": "other", "raids": "other", "jobs": "persons",
	"engines": "other", "motors": "other", "launches": "boats", "inflatables": "boats",
	"vacancies": "other", "posts": "other", "openings": "other", "roles": "other", "recruits": "persons", "hires": "persons",
	"relocations": "persons", "areas": "other", "authorities": "other", "networks": "other", "times": "other", "views": "other", "incidents": "other", "occasions": "other", "separate": "", "days": "other", "sitting": "",
	"licences": "other", "licenses": "other", "penalties": "other", "fines": "other", "reports": "other", "protests": "other", "demonstrations": "other",
	"rallies": "other", "sponsors": "other", "firms": "other", "companies": "other", "businesses": "other", "employers": "other", "providers": "other", "universities": "other",
	"schools": "other", "charities": "other", "offices": "other", "reviews": "other", "lettings": "other", "tenancies": "other",
	"tests": "other", "operations": "other", "lives": "persons", "occupations": "other", "organisations": "other", "organizations": "other", "spaces": "other",
	"results": "other", "points": "other", "checks": "other", "premises": "other", "trips": "other", "visits": "other", "hostels": "other", "camps": "other",
	"bookings": "other", "languages": "other", "vehicles": "other", "lorries": "other", "cars": "other", "drones": "other",
	"meals": "other", "complaints": "other",
	"programmes": "other", "institutions": "other",
	"kilometres": "other", "courses": "other", "petitions": "other", "letters": "other", "messages": "other",
	"agreements": "other", "contracts": "other", "hearings": "other", "referrals": "other", "agencies": "other",
	"objections": "other", "surgeries": "other", "questions": "other", "emails": "other", "responses": "other", "submissions": "other",
	"recommendations": "other", "inquiries": "other", "investigations": "other", "bills": "other", "constituencies": "other",
	"flats": "other", "houses": "other", "seats": "other", "communities": "other", "wards": "other",
}

// words after a number that make it a duration or a time, not a statistic.
var timeNouns = map[string]bool{
	"months": true, "month": true, "weeks": true, "week": true, "days": true, "day": true, "hours": true,
	"hour": true, "minutes": true, "minute": true, "seconds": true, "decades": true, "decade": true,
	"am": true, "pm": true, "gmt": true, "bst": true, "nights": true, "miles": true, "mile": true, "km": true,
	"metres": true, "feet": true, "ft": true, "mph": true, "degrees": true, "centuries": true, "acres": true, "hectares": true,
	"min": true, "mins": true, "hr": true, "hrs": true, "secs": true,
}

// words before a number that make it a label: "Article 8", "section 3".
var labelWords = map[string]bool{
	"article": true, "section": true, "clause": true, "part": true, "paragraph": true, "schedule": true,
	"chapter": true, "table": true, "figure": true, "chart": true, "page": true, "pages": true, "line": true, "tier": true,
	"category": true, "room": true, "flight": true, "route": true, "phase": true, "stage": true, "step": true,
	"no": true, "number": true, "claim": true, "comments": true, "replies": true, "shares": true, "image": true, "photo": true, "picture": true, "slide": true, "call": true, "dial": true, "ring": true, "version": true, "covid": true, "level": true, "band": true, "grade": true,
	"platform": true, "gate": true, "terminal": true, "junction": true, "rule": true, "regulation": true,
	"act": true, "bill": true, "week": true, "day": true, "aged": true, "age": true, "ages": true, "year": true,
	"mi": true, "g": true, "channel": true, "freeview": true, "radio": true, "bbc": true, "itv": true, "division": true, "league": true,
	"vol": true, "issue": true, "amendment": true, "annex": true, "appendix": true, "box": true, "unit": true,
	"note": true, "notes": true, "hm": true, "apartment": true, "flat": true, "block": true, "cell": true, "ward": true, "question": true, "q": true,
	"col": true, "cols": true, "column": true, "columns": true,
	"item": true, "items": true, "recommendation": true, "recommendations": true, // a committee's papers: "Item 7", "Recommendation 4"
	"paragraphs": true, "para": true, "paras": true, "sections": true, "articles": true, "clauses": true, "chapters": true, "tables": true, "annexes": true, "hc": true,
	"p": true, "pp": true, // a reference's pages: "Annual Report and Accounts 2023-24, p. 112", "pp. 12-14"
}

// singularCounts are the nouns a count of one is of, with their unit:
// "just one hotel", "only one council".
var singularCounts = map[string]string{"hotel": "other", "council": "other", "site": "other", "centre": "other",
	"flight": "other", "person": "persons", "boat": "boats", "dinghy": "boats", "family": "other", "household": "other"}

// words that mark a change when they come before a number ("up 20%", "a
// fall of 36%") or after it ("68,000 higher"), with the sign they give.
var changeBefore = map[string]float64{
	"up": 1, "down": -1, "rise": 1, "rose": 1, "risen": 1, "rising": 1, "increase": 1, "increased": 1,
	"increasing": 1, "fall": -1, "fell": -1, "fallen": -1, "falling": -1, "drop": -1, "dropped": -1, "dropping": -1,
	"decrease": -1, "decreased": -1, "decline": -1, "declined": -1, "reduction": -1, "reduced": -1, "cut": -1,
	"grew": 1, "grown": 1, "growth": 1, "growing": 1, "jump": 1, "jumped": 1, "climbed": 1, "climb": 1, "climbing": 1, "surge": 1,
	"surged": 1, "soared": 1, "leapt": 1, "leaped": 1, "rocketed": 1, "plunged": -1, "plummeted": -1, "slumped": -1, "revised": 1, "higher": 1, "lower": -1,
	"rises": 1, "falls": -1, "drops": -1, "grows": 1, "increases": 1, "decreases": -1, "declines": -1, "jumps": 1,
	"climbs": 1, "soars": 1, "surges": 1, "plunges": -1, "halved": -1, "revision": 1, "revisions": 1, "shrank": -1, "shrunk": -1, "shrinking": -1, "shrinks": -1, "shrink": -1, "dipped": -1, "dip": -1, "dips": -1, "dipping": -1,
	"grow": 1, "soar": 1, "plunge": -1, "plummet": -1, "slump": -1, "tumble": -1, "slip": -1,
	"slid": -1, "sliding": -1, "slipped": -1, "slipping": -1, "tumbled": -1, "tumbling": -1, "sank": -1,
	// (the present of the headline: "Tech Visas Slide 24%", "Grants Sink 9%")
	"slide": -1, "slides": -1, "slips": -1, "sink": -1, "sinks": -1, "sinking": -1, "sunk": -1, "tumbles": -1,
	"slumps": -1, "slumping": -1, "plummets": -1, "plunging": -1, "dives": -1, "diving": -1, "nosedives": -1,
	"dwindle": -1, "dwindles": -1, "dwindling": -1, "soaring": 1, "surging": 1, "leap": 1, "leaps": 1, "leaping": 1,
	"rocket": 1, "rockets": 1, "rocketing": 1,
	"saving": -1, "savings": -1, "lost": -1, "lose": -1, "loses": -1, "losing": -1, "gained": 1, "cutting": -1, "cuts": -1, "slashed": -1, "slashing": -1,
	"slowed": -1, "slowing": -1, "eased": -1, "easing": -1, "dwindled": -1, "contracted": -1, "declining": -1, "decreasing": -1,
	"lengthened": 1, "lengthening": 1, "shortened": -1, "shortening": -1,
	"expanded": 1, "expands": 1, "expanding": 1, "collapse": -1, "collapsed": -1, "collapsing": -1, "crashed": -1, "nosedived": -1, "dived": -1, "plummeting": -1, "downgrade": -1, "downgraded": -1, "upgrade": 1, "upgraded": 1,
}

// byVerbs are verbs that make a change of the figure after "by" ("first
// estimates have moved by 15,000", "raised the figure by 17,000"), which
// are not changes before a figure ("moved 5,000 people", "raised £2m").
var byVerbs = map[string]float64{"raised": 1, "lowered": -1, "moved": 1, "shifted": 1, "adjusted": 1, "changed": 1,
	"reduce": -1, "reduces": -1, "reducing": -1,
	"raise": 1, "raises": 1, "raising": 1, "lower": -1, "lowers": -1, "lowering": -1, "move": 1, "moves": 1,
	"trimmed": -1, "trim": -1, "trims": -1, "trimming": -1, "pared": -1, "boosted": 1, "boost": 1, "boosts": 1, "boosting": 1,
	"lifted": 1, "lift": 1, "lifts": 1, "lifting": 1, "bumped": 1, "hiked": 1, "upped": 1,
	// "underestimated net migration by 166,000": the estimate was put
	// right by that much, up; "been wrong by 166,000 people"
	"underestimated": 1, "underestimate": 1, "underestimates": 1, "underestimating": 1, "undercounted": 1,
	"overestimated": -1, "overestimate": -1, "overestimates": -1, "overestimating": -1, "overcounted": -1,
	"wrong": 1}

// sizeWord: adjectives of a change's size, after "by a": "grew by a
// more modest 1.6%".
var sizeWord = map[string]bool{"modest": true, "healthy": true, "sharp": true, "steep": true, "small": true, "slight": true,
	"big": true, "huge": true, "large": true, "massive": true, "whopping": true, "steady": true, "robust": true, "solid": true,
	"similar": true, "record": true, "dramatic": true, "substantial": true, "considerable": true, "significant": true,
	"hefty": true, "marginal": true, "tiny": true, "meagre": true, "paltry": true, "remarkable": true, "striking": true}

// hedgeAdverb: words that soften what follows them: "possibly by tens of thousands".
var hedgeAdverb = map[string]bool{"possibly": true, "perhaps": true, "maybe": true, "probably": true, "likely": true}

// opinionVerbs say what the people asked in a survey answered.
var opinionVerbs = map[string]bool{
	"said": true, "say": true, "says": true, "think": true, "thought": true, "believe": true, "believed": true,
	"agree": true, "agreed": true, "disagree": true, "disagreed": true, "feel": true, "felt": true,
	"backed": true, "support": true, "supported": true, "oppose": true, "opposed": true, "favour": true, "favoured": true,
}

// offVerbs take a figure off something ("knocks 0.4% off GDP"), and some
// from it ("shed £750m from the cost"; not "took 300 from Calais").
var offVerbs = map[string]bool{"knock": true, "knocks": true, "knocked": true, "knocking": true,
	"wipe": true, "wipes": true, "wiped": true, "wiping": true, "shave": true, "shaves": true, "shaved": true, "shaving": true,
	"take": false, "takes": false, "took": false, "taken": false, "taking": false, "lop": true, "lops": true, "lopped": true,
	"slice": true, "slices": true, "sliced": true, "trim": true, "trims": true, "trimmed": true, "shed": true, "sheds": true, "shedding": true}

// intensifiers stand between a change word and its figure: "down just 14%".
var intensifiers = map[string]bool{"just": true, "only": true, "merely": true, "mere": true, "another": true, "further": true}

// referenceNouns are what a figure "above" or "below" is compared with.
var referenceNouns = map[string]bool{"peak": true, "record": true, "target": true, "level": true, "levels": true,
	"total": true, "figure": true, "high": true, "low": true, "forecast": true, "estimate": true, "projection": true,
	"average": true, "cap": true, "year's": true, "month's": true, "pre-pandemic": true, "high-water": true}

var changeAfter = map[string]float64{
	"higher": 1, "lower": -1, "more": 1, "fewer": -1, "less": -1, "up": 1, "down": -1, "increase": 1, "rise": 1,
	"fall": -1, "drop": -1, "decrease": -1, "reduction": -1, "jump": 1, "above": 1, "below": -1,
	"ahead": 1, "behind": -1, "decline": -1, "cut": -1, "slump": -1,
	"slower": -1, "faster": 1, "cheaper": -1, "shorter": -1, "smaller": -1,
	"lighter": -1, "heavier": 1, "growth": 1,
}

// nouns for the things a share is a part of ("84% of these").
var anaphora = map[string]bool{"these": true, "them": true, "those": true, "which": true, "this": true, "all": true, "the": true}

// words after which an address number stands: "10 Downing Street".
var streetWords = map[string]bool{"street": true, "road": true, "avenue": true, "lane": true, "square": true, "place": true, "house": true, "terrace": true, "way": true, "drive": true, "court": true}

// words for which a number is an age: "aged 16", "at the age of 16".
var ageWords = map[string]bool{"aged": true, "age": true, "ages": true}

// verbs after which "over" is a particle, not a hedge: "handed over £220m".
var overParticle = map[string]bool{"handed": true, "hand": true, "hands": true, "handing": true, "signed": true,
	"took": true, "taken": true, "take": true, "turned": true, "turn": true, "carried": true, "won": true,
	"stepped": true, "fork": true, "forked": true, "shelled": true}

// upParticle are the verbs after which "up to" is a particle and a
// preposition, not a hedge: "That adds up to £290m", "edges up to 1.93m".
var upParticle = map[string]bool{"add": true, "adds": true, "added": true, "adding": true, "edge": true, "edges": true, "edged": true,
	"creep": true, "creeps": true, "crept": true, "inch": true, "inches": true, "inched": true, "tick": true, "ticks": true, "ticked": true,
	"went": true, "goes": true, "go": true, "gone": true, "moved": true, "moves": true, "move": true, "came": true, "comes": true,
	"shot": true, "shoots": true, "jumped": true, "jumps": true, "rose": true, "rises": true, "risen": true, "climbed": true, "climbs": true}

// personNoun are the nouns for one person that an age may follow between
// commas: "One Border Force veteran, 52, told us".
var personNoun = map[string]bool{"veteran": true, "man": true, "woman": true, "mother": true, "father": true, "pensioner": true,
	"grandmother": true, "grandfather": true, "resident": true, "worker": true, "officer": true, "volunteer": true,
	"nurse": true, "teacher": true, "driver": true, "student": true, "migrant": true, "refugee": true, "son": true,
	"daughter": true, "wife": true, "husband": true, "boy": true, "girl": true, "landlord": true, "owner": true,
	"walker": true, "shopper": true, "campaigner": true, "councillor": true, "fisherman": true, "trader": true}

// possessiveWords are the possessive determiners of people: "my daughter",
// "their son".
var possessiveWords = map[string]bool{"my": true, "his": true, "her": true, "our": true, "their": true, "your": true}

// aboutVerbs take "about" as a preposition: "boasts about 37,600 returns".
var aboutVerbs = map[string]bool{"boast": true, "boasts": true, "boasted": true, "boasting": true, "brag": true,
	"brags": true, "bragged": true, "talk": true, "talks": true, "talked": true, "talking": true, "speak": true,
	"speaks": true, "spoke": true, "speaking": true, "worry": true, "worries": true, "worried": true, "complain": true,
	"complains": true, "complained": true, "ask": true, "asks": true, "asked": true, "know": true, "knows": true,
	"think": true, "thinks": true, "care": true, "cares": true, "hear": true, "heard": true, "joke": true, "joked": true}

// dayNames are the days of the week and their short forms, which label a
// figure in a row of days ("Mon 412 | Tue 655").
var dayNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true}

// townWords are the words speaksOfTown looks for: "the town", "the
// borough's", "town hall".
var townWords = map[string]bool{"town": true, "borough": true, "district": true, "village": true, "town's": true, "borough's": true, "city's": true}

// communityNouns name a place as a community of people: "a town of 38,000
// people", "the borough's 142,000 residents".
var communityNouns = map[string]bool{"town": true, "city": true, "village": true, "borough": true, "district": true, "county": true,
	"country": true, "nation": true, "island": true, "region": true, "capital": true, "area": true}

// residentNouns are the nouns a place's population is counted in.
var residentNouns = map[string]bool{"residents": true, "inhabitants": true, "people": true, "souls": true}
