// Ages and people: "aged 16", "Maryam, 41,", "a couple with two children".

package extract

import (
	"math"
	"slices"
	"strings"
)

// ownAge reports whether w is a person's "I'm", "you're", "she's" or
// "he's", as before an age: "If you're 26 and can't imagine owning a home".
func ownAge(w string) bool {
	switch strings.ReplaceAll(w, "’", "'") {
	case "i'm", "you're", "she's", "he's", "we're", "they're":
		return true
	}
	return false
}

// ageLimitBefore reports whether "age limit" or "age cap" stands in the
// eight words before token i, within its clause: "raised the upper age limit
// for Britons from 30 to 35".
func (r *recogniser) ageLimitBefore(i int) bool {
	for k := i - 1; k > r.lo && k >= i-8; k-- {
		w := r.word(k)
		if w == "" && !r.isNum(k) {
			return false
		}
		if (w == "limit" || w == "cap" || w == "limits" || w == "threshold") && r.word(k-1) == "age" {
			return true
		}
	}
	return false
}

// ageWhenBefore reports whether an age stands before token i in its
// sentence as "was 34 when": a number after "was" or "is" and before "when".
func (r *recogniser) ageWhenBefore(i int) bool {
	for k := i - 1; k > r.lo; k-- {
		if r.isNum(k) && r.word(k+1) == "when" && (r.word(k-1) == "was" || r.word(k-1) == "is") {
			return true
		}
	}
	return false
}

func childNoun(w string) bool {
	return w == "children" || w == "kids" || w == "sons" || w == "daughters" || w == "child"
}

// familyBefore reports whether a spouse or a family stands in the few words
// before token i: "a couple with", "his wife and", "a partner and".
func (r *recogniser) familyBefore(i int) bool {
	return r.wordBefore(i, 4, familyWords)
}

// wordBefore reports whether one of words stands in the n words before
// token i, within its clause (punctuation ends the search).
func (r *recogniser) wordBefore(i, n int, words []string) bool {
	for k := i - 1; k >= r.lo && k >= i-n; k-- {
		w := r.word(k)
		if w == "" {
			return false
		}
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// pastTense reports whether w looks like a verb in the past tense, as the
// word after "Yusuf, 36," is: "trained", "fled", "arrived".
func pastTense(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// ageBand reports whether q is a range of ages said of people: "(those
// leaving) are between 16 and 34", "were 16 to 34 -": two whole numbers
// under 100, the first a teenager's or more, after a verb "to be" and at
// the end of a clause.
func (r *recogniser) ageBand(q *quantity) bool {
	if q.qualifier != "range" || q.unit != "" || q.low < 15 || q.high >= 100 || q.high-q.low < 8 || q.low != math.Trunc(q.low) || q.high != math.Trunc(q.high) {
		return false
	}
	if p := r.punct(q.te); q.te < r.hi && p == "" {
		return false
	}
	switch r.word(q.ts - 1) {
	case "is", "are", "was", "were", "be", "been":
		return true
	}
	return false
}

// onePersonBefore reports whether the words up to token k, back to a
// number, name one person: "One boy we worked with", "the woman who runs it".
func (r *recogniser) onePersonBefore(k int) bool {
	for j := k; j > r.lo && j >= k-4; j-- {
		if r.isNum(j) || r.word(j) == "" {
			return false
		}
		if personNoun[r.word(j)] {
			switch r.word(j - 1) {
			case "one", "a", "the", "this", "that", "another":
				return true
			}
			return false
		}
	}
	return false
}

// company reports whether the number from first to next counts the company
// someone is in: "eleven of us on the same flight", "shares a room with two
// other men", "I share with three men".
func (r *recogniser) company(first, next int) bool {
	switch r.word(next) {
	case "of":
		return r.word(next+1) == "us"
	case "other", "others":
		return r.word(first-1) == "with"
	}
	// "I share with three men I did not know"
	switch r.word(first - 2) {
	case "share", "shares", "shared", "sharing":
		return r.word(first-1) == "with"
	}
	return false
}

// pensionAge reports whether the number at i is a pension's age: "after
// the pension age reaches 67", "the state pension age will rise to 68".
func (r *recogniser) pensionAge(i int) bool {
	for k := i - 1; k > r.lo && k >= i-5; k-- {
		switch r.word(k) {
		case "age":
			p := r.word(k - 1)
			return p == "pension" || p == "retirement"
		case "to", "of", "is", "was", "will", "be", "from", "up", "reaches", "reach", "reached", "rises", "rise", "rising", "risen", "rose", "goes", "go", "going", "went":
		default:
			return false
		}
	}
	return false
}

// ageContext reports whether an age word governs the number at i: "aged 16",
// "at the age of 16", "aged between 18 and 25", "aged 16 to 64".
func (r *recogniser) ageContext(i int) bool {
	// "the minister, who is 48, said"
	if w := r.word(i - 1); (w == "is" || w == "was") && r.word(i-2) == "who" && !r.isNum(i+1) && (r.word(i+1) == "" || r.word(i+1) == "and") {
		return true // (or "Maureen, who is 71 and has lived here since 1988")
	}
	// "care leavers who have since turned 18": an age reached
	if w := r.word(i - 1); (w == "turned" || w == "turns" || w == "turning" || w == "turn") && r.isNum(i) && len(r.text(i)) <= 3 && !r.is(i+1, fUnitNoun) {
		return true
	}
	// "a migrant who arrives at 25", "arriving at 25 on average earnings":
	// the age someone comes at
	// (not "the largest group of arrivals at 17 percent")
	if w := r.word(i - 2); r.word(i-1) == "at" && (w == "arrive" || w == "arrives" || w == "arriving" || w == "arrived") && r.isNum(i) && len(r.text(i)) == 2 && !r.is(i+1, fUnitNoun) && r.word(i+1) != "percent" && r.word(i+1) != "per" && r.punct(i+1) != "%" {
		return true
	}
	if r.pensionAge(i) {
		return true
	}
	// "a council assessed him as 16", "was assessed as 17": an age found
	if r.word(i-1) == "as" && r.isNum(i) && len(r.text(i)) == 2 && !r.is(i+1, fUnitNoun) {
		k := i - 2
		switch r.word(k) {
		case "him", "her", "them", "me":
			k--
		}
		if strings.HasPrefix(r.word(k), "assess") || r.word(k) == "judged" {
			return true
		}
	}
	for k := i - 1; k >= r.lo && k >= i-5; k-- {
		w := r.word(k)
		if r.is(k, fAge) {
			// ("a median age of 51": an average, see averageAgeBefore)
			switch r.word(k - 1) {
			case "median", "average", "mean":
				return w != "age"
			}
			return true
		}
		switch {
		case w == "of" || w == "between" || w == "and" || w == "or" || w == "to" || w == "under" || w == "over" || w == "as" && k == i-1:
		case r.isNum(k) || r.is(k, fNumWord) || (r.punct(k) == "-" || r.punct(k) == "–") && !r.toks[k].space && !r.toks[k+1].space:
			// ("two girls aged seven and 11"; "aged 16-64", but not "aged
			// 65 or over - 20.8% -", a dash that sets a figure apart)
		default:
			return false
		}
	}
	return false
}
