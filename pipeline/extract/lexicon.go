package extract

import (
	"fmt"
	"maps"
	"math/bits"
	"slices"
	"strings"

	"github.com/numtrail/numtrail/pipeline/model"
	"github.com/numtrail/numtrail/schemas"
)

// phraseMatcher finds lexicon phrases in a token stream. A phrase is a
// sequence of lower-case words; a last word ending in * matches any word
// with that stem.
type phraseMatcher struct {
	bit     uint64 // the vocabulary flag of the words phrases start with
	id      int    // index of the matcher in wordInfo.first
	byFirst map[string][]entry
	stems   []entry // single-word stems
	// stemsByFirst indexes the stems by their first byte, so that a word
	// is compared with few of them
	stemsByFirst [256][]entry
	// stemSecond has, for each first byte, a bit for the second byte (mod
	// 64) of each stem starting with it: most words fail this test and are
	// compared with no stem at all
	stemSecond [256]uint64
}

type entry struct {
	words []string
	// infos are the vocabulary entries of words after the first (but a
	// last stem), set by vocabulary.linkWords
	infos  []*wordInfo
	stem   bool
	lower2 bool    // the second word is in lower case (set by linkWords)
	target int     // index of the measure or place
	weight float64 // cue weight
	units  uint32  // the units a cue speaks for, when not its measure's cue units
	veto   bool    // a not_cue: the target's cues inside it do not count
}

type match struct {
	s, e   int // tokens
	target int
	weight float64
	units  uint32 // entry.units
	veto   bool
}

func (m *phraseMatcher) add(phrase string, target int, weight float64) {
	m.addFor(phrase, target, weight, 0)
}

// oneWordCue reports whether w is one of the one-word cues (or stems) of
// cues.
func oneWordCue(cues map[string]float64, w string) bool {
	if _, ok := cues[w]; ok {
		return true
	}
	for c := range cues {
		if stem, ok := strings.CutSuffix(c, "*"); ok && !strings.Contains(stem, " ") && strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// holdsCue reports whether the words of a phrase hold one of cues, word
// for word, and are longer than it: "left behind" holds "left", "at the
// first decision" holds "first decision".
func holdsCue(cues map[string]float64, words []string) bool {
	if oneWordCue(cues, words[0]) {
		return true
	}
	for c := range cues {
		cw := strings.Fields(c)
		for i := 0; i+len(cw) <= len(words) && len(cw) < len(words); i++ {
			if slices.Equal(words[i:i+len(cw)], cw) {
				return true
			}
		}
	}
	return false
}

// addVeto adds a phrase inside which the target's cues do not count.
func (m *phraseMatcher) addVeto(phrase string, target int) {
	m.addEntry(phrase, entry{target: target, veto: true})
}

// addFor adds a phrase that speaks only for mentions of the given units
// (unitBits; 0: those its target's cues speak for).
func (m *phraseMatcher) addFor(phrase string, target int, weight float64, units uint32) {
	m.addEntry(phrase, entry{target: target, weight: weight, units: units})
}

func (m *phraseMatcher) addEntry(phrase string, e entry) {
	words := strings.Fields(strings.ToLower(phrase))
	if len(words) == 0 {
		return
	}
	e.words = words
	last := words[len(words)-1]
	if strings.HasSuffix(last, "*") {
		e.stem = true
		words[len(words)-1] = strings.TrimSuffix(last, "*")
	}
	if e.stem && len(words) == 1 {
		m.stems = append(m.stems, e)
		if w := words[0]; w != "" {
			m.stemsByFirst[w[0]] = append(m.stemsByFirst[w[0]], e)
			if len(w) == 1 {
				m.stemSecond[w[0]] = ^uint64(0) // any second byte
			} else {
				m.stemSecond[w[0]] |= 1 << (w[1] & 63)
			}
		}
		return
	}
	if m.byFirst == nil {
		m.byFirst = map[string][]entry{}
	}
	m.byFirst[words[0]] = append(m.byFirst[words[0]], e)
}

// splitWords splits hyphenated lexicon words the way the tokenizer does:
// "non-eu" is the words "non", "-", "eu".
func splitWords(phrase string) string {
	return strings.NewReplacer("-", " - ").Replace(phrase)
}

// find appends every match in toks[lo:hi]. src is the document text.
func (m *phraseMatcher) find(toks []token, src string, lo, hi int, out []match) []match {
	for i := lo; i < hi; i++ {
		t := &toks[i]
		if t.kind != tWord && t.low != "-" {
			continue
		}
		if t.flags&m.bit != 0 {
			es := t.info.first[m.id]
			for j := range es {
				e := &es[j]
				if end, ok := matchAt(toks, src, i, hi, e); ok {
					out = append(out, match{s: i, e: end, target: e.target, weight: e.weight, units: e.units})
				}
			}
		}
		out = m.stemsAt(t, i, out)
	}
	return out
}

// mayStem reports whether the word t may start with one of the matcher's
// stems: its first two bytes are those of one (stemSecond). It is stemsAt's
// quick test, small enough to be inlined before the call.
func (m *phraseMatcher) mayStem(t *token) bool {
	return t.kind == tWord && (len(t.low) < 2 || m.stemSecond[t.low[0]]&(1<<(t.low[1]&63)) != 0)
}

// stemsAt appends the stems that the word t at i starts with.
func (m *phraseMatcher) stemsAt(t *token, i int, out []match) []match {
	if !m.mayStem(t) {
		return out
	}
	for _, e := range m.stemsByFirst[t.low[0]] {
		if strings.HasPrefix(t.low, e.words[0]) {
			out = append(out, match{s: i, e: i + 1, target: e.target, weight: e.weight, units: e.units})
		}
	}
	return out
}

// findAll runs several matchers over toks in one pass, appending each
// one's matches to its own slice.
func findAll(toks []token, src string, ms []*phraseMatcher, outs [][]match) {
	any := fStem // the flags of the tokens any matcher looks at
	for _, m := range ms {
		any |= m.bit
	}
	for i := range toks {
		t := &toks[i]
		if t.flags&any == 0 {
			continue // most tokens start no phrase and no stem
		}
		for k, m := range ms {
			if t.flags&m.bit == 0 {
				// (no phrase starts here)
			} else if sel, ok := t.info.narrowAt(m.id, toks, i, len(toks)); ok {
				for _, e := range sel {
					if end, ok := matchAt(toks, src, i, len(toks), e); ok {
						outs[k] = append(outs[k], match{s: i, e: end, target: e.target, weight: e.weight, units: e.units, veto: e.veto})
					}
				}
			} else {
				es := t.info.first[m.id]
				for j := range es {
					e := &es[j]
					if secondMisses(toks, i, len(toks), e) {
						continue
					}
					if end, ok := matchAt(toks, src, i, len(toks), e); ok {
						outs[k] = append(outs[k], match{s: i, e: end, target: e.target, weight: e.weight, units: e.units, veto: e.veto})
					}
				}
			}
			if len(m.stems) > 0 && t.flags&fStem != 0 && m.mayStem(t) {
				outs[k] = m.stemsAt(t, i, outs[k])
			}
		}
	}
}

// at returns the longest match that starts at token i, without allocating.
func (m *phraseMatcher) at(toks []token, src string, i, hi int) (match, bool) {
	best, ok := match{}, false
	if i >= hi {
		return best, false
	}
	t := &toks[i]
	if t.flags&m.bit == 0 {
		return best, false
	}
	if sel, narrow := t.info.narrowAt(m.id, toks, i, hi); narrow {
		for _, e := range sel {
			if end, hit := matchAt(toks, src, i, hi, e); hit && (!ok || end > best.e) {
				best, ok = match{s: i, e: end, target: e.target, weight: e.weight, units: e.units}, true
			}
		}
		return best, ok
	}
	es := t.info.first[m.id]
	for j := range es {
		e := &es[j]
		if secondMisses(toks, i, hi, e) {
			continue
		}
		if end, hit := matchAt(toks, src, i, hi, e); hit && (!ok || end > best.e) {
			best, ok = match{s: i, e: end, target: e.target, weight: e.weight, units: e.units}, true
		}
	}
	return best, ok
}

// Vocabulary flags: a bit for each phrase matcher's first words, and the
// word classes the recogniser asks about.
const (
	fCues uint64 = 1 << iota
	fPlaces
	fRelative
	fRates
	fFurniture
	fRequires
	fStarter // a quantity may start here
	fPeriod  // a period expression may start here
	fMonth
	fQualifier // the first word of a hedge
	fVague     // the first word of a vague multiple
	fSpeech    // a verb of speech, or "according"
	fSource    // "figures", "data": "Home Office figures show"
	fNamed     // the first word of a named period
	fNumWord   // a word that can start a number in words: "three", "a", "half"

	// Word classes: the keys of the word tables in words.go and elsewhere,
	// so that a table is looked up only for the words it holds.
	fOrdinal      // ordinals
	fUnitWord     // units
	fTens         // tens
	fScale        // scaleWords or scaleAttached
	fCurrencyWord // currencyWords
	fChangeBefore // changeBefore
	fChangeAfter  // changeAfter
	fUnitNoun     // unitNouns
	fTimeNoun     // timeNouns
	fLabel        // labelWords
	fAge          // ageWords
	fMultiply     // multiplyVerbs
	fFraction     // fractions or pluralFractions
	fStreet       // streetWords
	fFrame        // frameWords
	fANext        // aNext
	fCueGap       // cueGapWords and asideOpener: the words measure() weighs between a cue and a figure
	fMoney        // moneyWords
	fTown         // townWords
	fStem         // a word that may start with a stem (set by the tokenizer)
	fPlaceName    // the first word of a place's name (not of a body's, schemas.Place.Body, nor of a sentence-only place's)
	fSeason       // a season ("summer", "summer's"): periods.json's seasons
	fIntensifier  // intensifiers
	fOffVerb      // offVerbs
	fResident     // residentNouns
	fSecondWord   // the second word of a phrase of a wordInfo's bySecond (linkWords)
	fAbbrev       // abbreviations
	fClauseJoin   // clauseJoin
	fNationAdj    // the keys of lexicon.nationAdj ("scottish")
	fNotAbout     // the keys of lexicon.notAbout
	fByVerb       // byVerbs
	fAhead        // aheadWords
)

// secondMisses is a quick test, before matchAt, that the phrase e cannot
// stand at token i because its second word is not the next token: a word
// whose vocabulary entry is not the phrase word's, and whose lower-case
// form is its text or the phrase word is in lower case (a word's entry is
// that of its lower-case form).
func secondMisses(toks []token, i, hi int, e *entry) bool {
	if len(e.words) < 2 || len(e.words) == 2 && e.stem || i+1 >= hi {
		return false // matchAt decides
	}
	t := &toks[i+1]
	return t.kind == tWord && (!t.folded || e.lower2) && t.info != e.infos[1]
}

// matchAt reports whether the phrase e stands at token i, and where it ends.
// The first word is known to match: e was found among the phrases of
// toks[i]'s wordInfo.
func matchAt(toks []token, src string, i, hi int, e *entry) (int, bool) {
	n := len(e.words)
	if i+n > hi {
		return 0, false
	}
	for k := 1; k < n; k++ {
		w := e.words[k]
		t := &toks[i+k]
		if k == n-1 && e.stem {
			if !strings.HasPrefix(t.low, w) {
				return 0, false
			}
			continue
		}
		// t.low == w: a token's vocabulary entry is that of its low, and
		// only ASCII punctuation other than "$" and "-" has none
		eq := false
		if t.info != nil {
			eq = t.info == e.infos[k]
		} else if t.kind == tPunct {
			eq = t.low == w
		}
		// the word as written may match where its lower-case form does not
		// (a number, "’" in a lower-case word)
		if !eq && (t.kind == tPunct || t.kind == tWord && !t.folded || t.str(src) != w) {
			return 0, false
		}
	}
	return i + n, true
}

// lexicon is everything the classifier reads from schemas/lexicon.
type lexicon struct {
	measures        []schemas.Measure
	measureIdx      map[string]int
	model           *measureModel // nil: the rules alone choose
	nameHash        []uint64      // measure index → featWordHash of its name, for the model's features
	other           int           // measureIdx["other"]
	netMigration    int           // measureIdx["net_migration"], -1 for a vocabulary without it (read for every figure by measure)
	moneyOnly       []int         // the measures no count unit is allowed for
	cues            phraseMatcher
	places          []schemas.Place
	local           []bool // place index → a local area (geography.json's local_places), matched only as written with a capital
	capOnly         []bool // place index → an entry of places matched only as written with a capital ("North West")
	placeMatch      phraseMatcher
	periods         schemas.PeriodWords
	sources         map[string]string // a source's names → the one attributed_to gives (sources.json)
	relative        phraseMatcher     // targets index periods.Relative
	rates           phraseMatcher     // targets index rateNames
	rateNames       []string
	unitOK          []uint32         // measure index → allowed units, as unitBits
	cueUnits        []uint32         // measure index → units its cues speak for, as unitBits
	topicUnits      []uint32         // measure index → units a figure with no cue may be of it in a story on it (TopicUnits), as unitBits
	vocab           vocabulary       // word → what the lexicons know of it
	words           *wordTable       // vocab, frozen for the tokenizer's lookups
	requires        phraseMatcher    // targets index measures
	isChangeMeasure []bool           // measure index → some measure's change_measure
	changeOf        []int            // change measure index → the measure it is the change of
	groupIn         [][]int          // measure index → the measures whose shares it names the group of (GroupIn)
	sameRequires    [][]int          // measure index → the other measures that require the same names (a family: the Rwanda scheme's)
	narrowedBy      [][]int          // measure index → its narrower measures (NarrowedBy)
	wholeIn         [][]int          // measure index → the measures whose shares it names the group of when they name the whole (WholeIn)
	defaultPlace    []int            // measure index → its default geography's place index, or -1
	ukPart          []bool           // place index → the place has an ONS GSS code: the UK or a part of it
	notAbout        map[string]uint8 // words after a place that make it not what a figure is about: notAboutAny, or notAboutForeign for a place outside the UK ("EU immigration")
	notCouncil      map[string]bool  // words that make "X Council" a body, not a local authority
	// nationalBodies are the UK-wide bodies of the geography lexicon, as
	// words, by their first word ("home" → ["home", "office"], …)
	nationalBodies map[string][][]string
	sentenceOnly   []bool         // places that never make a document about them (schemas.Place.SentenceOnly)
	body           []bool         // places named by a body of theirs (schemas.Place.Body)
	canon          []int          // each place's first entry of the same name and code
	nationAdj      map[string]int // "scottish" → Scotland's index in places
	nationAdjText  []string       // the adjectives as written, capitalised ("Scottish"), to look for in a text first
	ukIdx          int            // the United Kingdom's index in places
	furniture      phraseMatcher
	headingFrom    int // furniture targets from this one are link headings, furniture only as a short line
	named          []model.NamedPeriod
	namedMatch     phraseMatcher
}

// isGSS reports whether code is an ONS GSS code (a letter and eight
// digits, "K02000001"), which only places in the United Kingdom have.
func isGSS(code string) bool {
	if len(code) != 9 || code[0] < 'A' || code[0] > 'Z' {
		return false
	}
	for i := 1; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return false
		}
	}
	return true
}

// notAbout's values.
const (
	notAboutAny     = 1 << iota // any place: "EU nationals", "the Rwanda scheme"
	notAboutForeign             // a place outside the UK: "net EU migration"
)

// speaksFor returns the units of the mentions the cue c speaks for, as
// unitBits: a money cue's own, else its measure's cue units.
func (lx *lexicon) speaksFor(c match) uint32 {
	if c.units != 0 {
		return c.units
	}
	return lx.cueUnits[c.target]
}

func loadLexicon(ms []schemas.Measure) (*lexicon, error) {
	if ms == nil {
		var err error
		if ms, err = schemas.Measures(); err != nil {
			return nil, err
		}
	}
	geo, err := schemas.LoadGeography()
	if err != nil {
		return nil, err
	}
	// the local areas follow the places, with no code; lx.local marks them
	places := slices.Clone(geo.Places)
	for _, l := range geo.LocalPlaces {
		al := make([]string, len(l.Aliases))
		for i, a := range l.Aliases {
			al[i] = strings.ToLower(a)
		}
		places = append(places, schemas.Place{Name: l.Name, Aliases: al})
	}
	periods, err := schemas.Periods()
	if err != nil {
		return nil, err
	}
	if len(ms) > 64 {
		return nil, fmt.Errorf("the vocabulary has %d measures; the classifier keeps them in a 64-bit set", len(ms))
	}
	sources, err := schemas.SourceAliases()
	if err != nil {
		return nil, err
	}
	lx := &lexicon{measures: ms, measureIdx: map[string]int{}, places: places, periods: periods, sources: sources}
	for i, m := range ms {
		lx.measureIdx[m.Name] = i
		lx.nameHash = append(lx.nameHash, featWordHash(m.Name))
		var ok uint32
		for _, u := range m.Units {
			if unitBits[u] == 0 {
				return nil, fmt.Errorf("measure %s: unit %q is not one of the contract's units", m.Name, u)
			}
			ok |= unitBits[u]
		}
		lx.unitOK = append(lx.unitOK, ok)
		if ok&countBits == 0 {
			lx.moneyOnly = append(lx.moneyOnly, i)
		}
		cu := ok
		if len(m.CueUnits) > 0 {
			cu = 0
			for _, u := range m.CueUnits {
				if ok&unitBits[u] == 0 {
					return nil, fmt.Errorf("measure %s: cue unit %q is not one of its units", m.Name, u)
				}
				cu |= unitBits[u]
			}
		}
		lx.cueUnits = append(lx.cueUnits, cu)
		tu := uint32(0)
		for _, u := range m.TopicUnits {
			if ok&unitBits[u] == 0 {
				return nil, fmt.Errorf("measure %s: topic unit %q is not one of its units", m.Name, u)
			}
			tu |= unitBits[u]
		}
		lx.topicUnits = append(lx.topicUnits, tu)
		if len(m.MoneyCues) > 0 && ok&moneyBits == 0 {
			return nil, fmt.Errorf("measure %s: money cues, but no unit of money", m.Name)
		}
		for _, cue := range slices.Sorted(maps.Keys(m.Cues)) {
			lx.cues.add(splitWords(cue), i, m.Cues[cue])
		}
		for _, cue := range slices.Sorted(maps.Keys(m.MoneyCues)) {
			lx.cues.addFor(splitWords(cue), i, m.MoneyCues[cue], ok&moneyBits)
		}
		for _, nc := range m.NotCues {
			if words := strings.Fields(nc); len(words) < 2 || !holdsCue(m.Cues, words) {
				return nil, fmt.Errorf("measure %s: not_cue %q holds none of its cues", m.Name, nc)
			}
			lx.cues.addVeto(splitWords(nc), i)
		}
		for _, r := range m.Requires {
			lx.requires.add(splitWords(r), i, 1)
			if !strings.HasSuffix(r, "*") {
				lx.requires.add(splitWords(r+"'s"), i, 1) // "Rwanda's economy", as for places
			}
		}
	}
	lx.isChangeMeasure = make([]bool, len(ms))
	lx.changeOf = make([]int, len(ms))
	lx.groupIn = make([][]int, len(ms))
	lx.narrowedBy = make([][]int, len(ms))
	lx.wholeIn = make([][]int, len(ms))
	for mi, m := range ms {
		for _, g := range m.GroupIn {
			gi, ok := lx.measureIdx[g]
			if !ok {
				return nil, fmt.Errorf("measure %s: group_in %q is not in the vocabulary", m.Name, g)
			}
			lx.groupIn[mi] = append(lx.groupIn[mi], gi)
		}
		for _, g := range m.WholeIn {
			gi, ok := lx.measureIdx[g]
			if !ok {
				return nil, fmt.Errorf("measure %s: whole_in %q is not in the vocabulary", m.Name, g)
			}
			lx.wholeIn[mi] = append(lx.wholeIn[mi], gi)
		}
		for _, g := range m.NarrowedBy {
			gi, ok := lx.measureIdx[g]
			if !ok || len(ms[gi].Requires) == 0 {
				return nil, fmt.Errorf("measure %s: narrowed_by %q is not a measure of the vocabulary with required names", m.Name, g)
			}
			lx.narrowedBy[mi] = append(lx.narrowedBy[mi], gi)
		}
		if m.ChangeMeasure != "" {
			ci, ok := lx.measureIdx[m.ChangeMeasure]
			if !ok {
				return nil, fmt.Errorf("measure %s: change_measure %q is not in the vocabulary", m.Name, m.ChangeMeasure)
			}
			lx.isChangeMeasure[ci] = true
			lx.changeOf[ci] = mi
		}
	}
	lx.sameRequires = make([][]int, len(ms))
	for mi, m := range ms {
		for mj, o := range ms {
			if mj != mi && len(m.Requires) > 0 && slices.Equal(slices.Sorted(slices.Values(m.Requires)), slices.Sorted(slices.Values(o.Requires))) {
				lx.sameRequires[mi] = append(lx.sameRequires[mi], mj)
			}
		}
	}
	if _, ok := lx.measureIdx["other"]; !ok {
		return nil, fmt.Errorf("the measure vocabulary has no \"other\"")
	}
	lx.defaultPlace = make([]int, len(ms))
	for mi, m := range ms {
		lx.defaultPlace[mi] = -1
		if m.DefaultGeography == nil {
			continue
		}
		for pi, p := range places {
			if p.Name == *m.DefaultGeography && !p.SentenceOnly && !p.Body {
				lx.defaultPlace[mi] = pi // the last place of that name, as before (not one that stands only for a sentence's figures)
			}
		}
	}
	lx.local = make([]bool, len(places))
	for i := len(geo.Places); i < len(places); i++ {
		lx.local[i] = true
	}
	lx.sentenceOnly, lx.body, lx.canon = make([]bool, len(places)), make([]bool, len(places)), make([]int, len(places))
	lx.capOnly = make([]bool, len(places))
	for i, p := range places {
		lx.canon[i] = slices.IndexFunc(places, func(o schemas.Place) bool { return o.Name == p.Name && o.Code == p.Code })
		if i < len(geo.Places) {
			lx.sentenceOnly[i], lx.body[i], lx.capOnly[i] = p.SentenceOnly, p.Body, p.Capitalised
		}
	}
	lx.ukPart = make([]bool, len(places))
	lx.ukIdx = -1
	for i, p := range places {
		lx.ukPart[i] = isGSS(p.Code)
		if p.Code == ukCode {
			lx.ukIdx = i
		}
	}
	lx.notAbout = make(map[string]uint8, len(geo.OriginWords)+len(geo.PolicyWords)+len(geo.NationalityFlows))
	for _, w := range slices.Concat(geo.OriginWords, geo.PolicyWords) {
		lx.notAbout[w] |= notAboutAny
	}
	for _, w := range geo.NationalityFlows {
		lx.notAbout[w] |= notAboutForeign
	}
	lx.nationAdj = make(map[string]int, len(geo.NationAdjectives))
	for adj, place := range geo.NationAdjectives {
		i := slices.IndexFunc(places, func(p schemas.Place) bool { return p.Name == place })
		if i < 0 || !isGSS(places[i].Code) {
			return nil, fmt.Errorf("geography lexicon: nation adjective %q names %q, which is no part of the United Kingdom in its places", adj, place)
		}
		lx.nationAdj[adj] = i
		lx.nationAdjText = append(lx.nationAdjText, strings.ToUpper(adj[:1])+adj[1:])
	}
	lx.nationalBodies = make(map[string][][]string, len(geo.NationalBodies))
	for _, b := range geo.NationalBodies {
		if ws := strings.Fields(b); len(ws) > 0 {
			lx.nationalBodies[ws[0]] = append(lx.nationalBodies[ws[0]], ws)
		}
	}
	lx.notCouncil = make(map[string]bool, len(geo.NotCouncils))
	for _, w := range geo.NotCouncils {
		lx.notCouncil[w] = true
	}
	placeNames := map[string]bool{} // the first words of places' names, not bodies' (fPlaceName)
	for i, p := range places {
		name := i >= len(geo.Places) || !p.Body && !p.SentenceOnly
		for _, a := range p.Aliases {
			// "Scotland's population", "Wales's": the tokenizer keeps "'s" in the word
			for _, v := range []string{splitWords(a), splitWords(a + "'s")} {
				lx.placeMatch.add(v, i, 1)
				if ws := strings.Fields(strings.ToLower(v)); name && len(ws) > 0 {
					placeNames[ws[0]] = true
				}
			}
		}
	}
	starts, headings, err := schemas.FurnitureStarts()
	if err != nil {
		return nil, err
	}
	for i, p := range starts {
		lx.furniture.add(splitWords(p), i, 1)
	}
	// (a heading's target comes after the line starts': see isFurniture)
	lx.headingFrom = len(starts)
	for i, p := range headings {
		lx.furniture.add(splitWords(p), len(starts)+i, 1)
	}
	for i, rp := range periods.Relative {
		if !relativeRules[rp.Rule] {
			return nil, fmt.Errorf("periods: relative period %q: unknown rule %q", rp.Phrase, rp.Rule)
		}
		lx.relative.add(rp.Phrase, i, 1)
	}
	for _, phrase := range slices.Sorted(maps.Keys(periods.Rates)) {
		lx.rateNames = append(lx.rateNames, periods.Rates[phrase])
		lx.rates.add(phrase, len(lx.rateNames)-1, float64(len(strings.Fields(phrase))))
		if strings.Contains(phrase, " ") { // "£4billion-a-year"
			lx.rates.add(splitWords(strings.ReplaceAll(phrase, " ", "-")), len(lx.rateNames)-1, 1)
		}
	}
	lx.cues.bit, lx.placeMatch.bit, lx.relative.bit = fCues, fPlaces, fRelative
	lx.rates.bit, lx.furniture.bit, lx.requires.bit = fRates, fFurniture, fRequires
	lx.cues.id, lx.placeMatch.id, lx.relative.id, lx.rates.id, lx.furniture.id, lx.requires.id, lx.namedMatch.id = 0, 1, 2, 3, 4, 5, 6
	lx.vocab = vocabulary{}
	for _, m := range []*phraseMatcher{&lx.cues, &lx.placeMatch, &lx.relative, &lx.rates, &lx.furniture, &lx.requires} {
		lx.vocab.addMatcher(m)
	}
	flagKeys(lx.vocab, placeNames, fPlaceName)
	for w := range starterWords {
		lx.vocab.flag(w, fStarter)
	}
	for s := range currencySigns {
		lx.vocab.flag(s, fStarter)
	}
	lx.vocab.flag("~", fStarter) // "~700"
	for w := range periodStarters {
		lx.vocab.flag(w, fPeriod)
	}
	for w := range periods.Months {
		lx.vocab.flag(w, fMonth|fPeriod)
		lx.vocab.flag(w+"'s", fPeriod) // ("September's total")
		lx.vocab.flag(w+"’s", fPeriod)
	}
	for w := range periods.Seasons {
		lx.vocab.flag(w, fPeriod|fSeason) // ("the summer of 2025")
		lx.vocab.flag(w+"'s", fPeriod|fSeason)
		lx.vocab.flag(w+"’s", fPeriod|fSeason)
	}
	for w := range periods.Weekdays {
		lx.vocab.flag(w+"'s", fPeriod) // ("Friday's 712")
		lx.vocab.flag(w+"’s", fPeriod)
	}
	for _, w := range []string{"a", "an", "half"} {
		lx.vocab.flag(w, fNumWord)
	}
	for w := range units {
		lx.vocab.flag(w, fNumWord)
	}
	for w := range tens {
		lx.vocab.flag(w, fNumWord)
	}
	for w, qs := range qualifiersByFirst {
		lx.vocab.flag(w, fQualifier)
		lx.vocab.info(w).quals = qs
	}
	for w, vs := range vaguesByFirst {
		lx.vocab.flag(w, fVague)
		lx.vocab.info(w).vagues = vs
	}
	for w := range speechVerbs {
		lx.vocab.flag(w, fSpeech)
	}
	lx.vocab.flag("according", fSpeech)
	for w := range sourceNouns {
		lx.vocab.flag(w, fSource)
	}
	flagKeys(lx.vocab, ordinals, fOrdinal)
	flagKeys(lx.vocab, units, fUnitWord)
	flagKeys(lx.vocab, tens, fTens)
	flagKeys(lx.vocab, scaleWords, fScale)
	flagKeys(lx.vocab, scaleAttached, fScale)
	flagKeys(lx.vocab, currencyWords, fCurrencyWord)
	flagKeys(lx.vocab, changeBefore, fChangeBefore)
	flagKeys(lx.vocab, changeAfter, fChangeAfter)
	flagKeys(lx.vocab, unitNouns, fUnitNoun)
	flagKeys(lx.vocab, timeNouns, fTimeNoun)
	flagKeys(lx.vocab, labelWords, fLabel)
	flagKeys(lx.vocab, ageWords, fAge)
	flagKeys(lx.vocab, multiplyVerbs, fMultiply)
	flagKeys(lx.vocab, fractions, fFraction)
	flagKeys(lx.vocab, pluralFractions, fFraction)
	flagKeys(lx.vocab, streetWords, fStreet)
	flagKeys(lx.vocab, frameWords, fFrame)
	flagKeys(lx.vocab, aNext, fANext)
	flagKeys(lx.vocab, cueGapWords, fCueGap)
	flagKeys(lx.vocab, asideOpener, fCueGap)
	flagKeys(lx.vocab, moneyWords, fMoney)
	flagKeys(lx.vocab, townWords, fTown)
	flagKeys(lx.vocab, intensifiers, fIntensifier)
	flagKeys(lx.vocab, offVerbs, fOffVerb)
	flagKeys(lx.vocab, residentNouns, fResident)
	flagKeys(lx.vocab, abbreviations, fAbbrev)
	flagKeys(lx.vocab, clauseJoin, fClauseJoin)
	flagKeys(lx.vocab, lx.nationAdj, fNationAdj)
	flagKeys(lx.vocab, lx.notAbout, fNotAbout)
	flagKeys(lx.vocab, byVerbs, fByVerb)
	flagKeys(lx.vocab, aheadWords, fAhead)
	var ok bool
	lx.netMigration = -1
	if i, ok := lx.measureIdx["net_migration"]; ok {
		lx.netMigration = i
	}
	if lx.other, ok = lx.measureIdx["other"]; !ok {
		return nil, fmt.Errorf("the measure vocabulary has no \"other\"")
	}
	return lx, nil
}

// matchers returns the lexicon's phrase matchers.
func (lx *lexicon) matchers() []*phraseMatcher {
	return []*phraseMatcher{&lx.cues, &lx.placeMatch, &lx.relative, &lx.rates, &lx.furniture, &lx.requires, &lx.namedMatch}
}

// wordInfo is what the lexicons know of a word: its flags, and the phrases
// of each matcher that start with it. The tokenizer looks a word up once and
// every later stage reads the answer from the token.
type wordInfo struct {
	flags  uint64
	first  [7][]entry      // by phraseMatcher.id
	quals  []qualifierWord // qualifiersByFirst of the word (fQualifier)
	vagues []vagueWord     // vaguesByFirst of the word (fVague)
	// bySecond narrows first, for a word that starts many phrases of a
	// matcher ("the": "the UK", "the Home Office", …), to the phrases
	// whose second word is a given word's, in their order in first, with
	// those whose second word is not compared as a whole (loose): the
	// phrases that may stand where the next token is a word. nil for the
	// other words.
	bySecond [7][]secondWord
	loose    [7][]*entry
}

// secondWord is a second word of a wordInfo's bySecond and its phrases.
// (bySecond is a slice read from the start, not a map: a word has six
// second words on average, weighed by how often it is read, and a look-up
// in a map was a call of some sixty instructions.)
type secondWord struct {
	info *wordInfo
	es   []*entry
}

// narrowAt is the work of bySecond for token i, a word that starts
// phrases of the matcher id: the phrases that may stand there, and true,
// or false when they are all of first[id].
func (wi *wordInfo) narrowAt(id int, toks []token, i, hi int) ([]*entry, bool) {
	idx := wi.bySecond[id]
	if idx == nil || i+1 >= hi {
		return nil, false
	}
	// a word, in any case: its entry is that of its lower-case form, and
	// a phrase's second word in lower case matches no other
	n := &toks[i+1]
	if n.kind != tWord {
		return nil, false
	}
	// (a word that is the second word of no indexed phrase, most words,
	// is not looked up in idx)
	if n.flags&fSecondWord == 0 {
		return wi.loose[id], true
	}
	for k := range idx {
		if idx[k].info == n.info {
			return idx[k].es, true
		}
	}
	return wi.loose[id], true
}

// minNarrow is the number of phrases a word must start for bySecond. From
// two on, one look-up in bySecond costs less than testing each phrase's
// second word (secondMisses): with 2 rather than 8, extraction takes 0.8%
// fewer instructions.
const minNarrow = 2

// vocabulary maps lower-case words to what the lexicons know of them.
type vocabulary map[string]*wordInfo

func (v vocabulary) info(w string) *wordInfo {
	wi := v[w]
	if wi == nil {
		wi = &wordInfo{}
		v[w] = wi
	}
	return wi
}

func (v vocabulary) flag(w string, f uint64) { v.info(w).flags |= f }

// flagKeys gives the flag f to every key of the word table m.
func flagKeys[V any](v vocabulary, m map[string]V, f uint64) {
	for w := range m {
		v.flag(w, f)
	}
}

// linkWords gives the words of the matchers' phrases after the first their
// vocabulary entries, so that matchAt compares entries, not strings. It is
// called once every phrase is added.
func (v vocabulary) linkWords(ms []*phraseMatcher) {
	for _, m := range ms {
		for _, es := range m.byFirst {
			for j := range es {
				e := &es[j]
				e.infos = make([]*wordInfo, len(e.words))
				e.lower2 = len(e.words) > 1 && lowerSlow(e.words[1]) == e.words[1]
				for k := 1; k < len(e.words); k++ {
					if k == len(e.words)-1 && e.stem {
						continue // compared by prefix
					}
					e.infos[k] = v.info(e.words[k])
				}
			}
		}
	}
	for _, wi := range v {
		for id, es := range wi.first {
			if len(es) < minNarrow {
				continue
			}
			idx := map[*wordInfo][]*entry{}
			var loose []*entry
			for j := range es {
				// (a second word written otherwise than in lower case may
				// match a token by its text, not its entry: loose too)
				if e := &es[j]; len(e.words) < 2 || len(e.words) == 2 && e.stem || !e.lower2 {
					loose = append(loose, e)
					for w, sel := range idx {
						idx[w] = append(sel, e)
					}
				} else if sel, ok := idx[e.infos[1]]; ok {
					idx[e.infos[1]] = append(sel, e)
				} else {
					idx[e.infos[1]] = append(slices.Clone(loose), e)
					e.infos[1].flags |= fSecondWord
				}
			}
			// (in no particular order: a word is in it once)
			sw := make([]secondWord, 0, len(idx))
			for w, es := range idx {
				sw = append(sw, secondWord{w, es})
			}
			wi.bySecond[id], wi.loose[id] = sw, loose
		}
	}
}

// addMatcher records the first words of a matcher's phrases.
func (v vocabulary) addMatcher(m *phraseMatcher) {
	for w, es := range m.byFirst {
		wi := v.info(w)
		wi.flags |= m.bit
		wi.first[m.id] = es
	}
}

// wordTable is the vocabulary frozen for lookups: an open-addressing hash
// table whose hash reads four bytes of a word, not all of them, and whose
// slots keep 16 more bits of the hash, so that a miss (most words) rarely
// compares a string. It is built once, after the last word is added to the
// vocabulary.
type wordTable struct {
	shift uint     // 32 - log2(len(slots))
	slots []uint32 // hash tag<<16 | index+1 into words; 0 when empty
	words []tableWord
	// stemSecond is the union of the matchers' stemSecond masks: a word
	// that fails it starts with no stem of any matcher
	stemSecond [256]uint64
	// lens says which lengths the table's words have, by their first two
	// bytes (pairIndex): most words of a text are turned away by it
	// before they are hashed
	lens [1024]uint32
}

// pairIndex is the slot of lens for a word that packs to pk.
func pairIndex(pk uint64) uint32 { return uint32(pk&31)<<5 | uint32(pk>>8&31) }

// lenBit is the bit of lens for a word of n bytes (the last for all of 31
// bytes and more).
func lenBit(n int) uint32 { return 1 << min(n, 31) }

// tableWord is a word of the table and what the lexicons know of it.
type tableWord struct {
	word  string
	info  *wordInfo
	pk    uint64 // pack8(word)
	flags uint64 // info.flags, here to spare the tokenizer a memory load
}

// mayStem reports whether the lower-case word w may start with a stem.
func (t *wordTable) mayStem(w string) bool {
	return len(w) < 2 || t.stemSecond[w[0]]&(1<<(w[1]&63)) != 0
}

func newWordTable(v vocabulary, ms ...*phraseMatcher) (*wordTable, error) {
	if len(v) >= 1<<16 {
		return nil, fmt.Errorf("the lexicons hold %d words; at most %d can be indexed", len(v), 1<<16-1)
	}
	n := 16
	for n < 4*len(v) {
		n *= 2
	}
	t := &wordTable{shift: uint(32 - bits.TrailingZeros(uint(n))), slots: make([]uint32, n)}
	for _, m := range ms {
		for c, mask := range m.stemSecond {
			t.stemSecond[c] |= mask
		}
	}
	for _, w := range slices.Sorted(maps.Keys(v)) {
		if w == "" {
			continue
		}
		pk := pack8(w)
		h := wordHash(pk, len(w))
		t.words = append(t.words, tableWord{w, v[w], pk, v[w].flags})
		i := h >> t.shift
		for t.slots[i] != 0 {
			i = (i + 1) & uint32(n-1)
		}
		t.slots[i] = h<<8&0xFFFF0000 | uint32(len(t.words))
		t.lens[pairIndex(pk)] |= lenBit(len(w))
	}
	return t, nil
}

// pack8 packs the first eight bytes of w into a number, the first byte
// lowest.
func pack8(w string) uint64 {
	if len(w) >= 8 {
		// (one load: the compiler merges the bytes of this pattern)
		return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	}
	// (a shorter word in two loads that overlap, or one byte: the bytes
	// both hold land on the same bits, as a loop would place them)
	switch n := len(w); {
	case n >= 4:
		lo := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
		hi := uint64(w[n-4]) | uint64(w[n-3])<<8 | uint64(w[n-2])<<16 | uint64(w[n-1])<<24
		return lo | hi<<(8*(n-4))
	case n >= 2:
		lo := uint64(w[0]) | uint64(w[1])<<8
		hi := uint64(w[n-2]) | uint64(w[n-1])<<8
		return lo | hi<<(8*(n-2))
	case n == 1:
		return uint64(w[0])
	}
	return 0
}

// wordHash mixes a word's length with its first eight bytes, packed.
// The top bits choose the slot; bits 8 to 23 are the slot's tag.
func wordHash(pk uint64, n int) uint32 {
	h := (pk ^ uint64(n)<<59) * 0x9E3779B97F4A7C15
	return uint32(h >> 32)
}

// lookup returns the table's entry for the word w, or nil. pk is
// pack8(w): the tokenizer packs words as it reads them, and a word of at
// most eight bytes is then compared as a number.
func (t *wordTable) lookup(w string, pk uint64) *tableWord {
	if w == "" || t.lens[pairIndex(pk)]&lenBit(len(w)) == 0 {
		return nil
	}
	h := wordHash(pk, len(w))
	tag := h << 8 & 0xFFFF0000
	mask := uint32(len(t.slots) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return nil
		}
		if s&0xFFFF0000 == tag {
			if tw := &t.words[s&0xFFFF-1]; tw.pk == pk && len(tw.word) == len(w) && (len(w) <= 8 || tw.word == w) {
				return tw
			}
		}
	}
}
