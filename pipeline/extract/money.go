// Sums of money: allowances, sums paid to each person, sentences about money.

package extract

// moneyWords are the words that say a sentence speaks of money.
var moneyWords = map[string]bool{"bill": true, "bills": true, "budget": true, "paid": true, "pay": true, "payment": true,
	"payments": true, "price": true, "funding": true, "expenditure": true, "saving": true, "savings": true, "money": true,
	"pounds": true, "cheaper": true, "expensive": true, "taxpayer": true, "taxpayers": true, "cost": true, "costs": true,
	"costing": true, "costed": true, "costly": true, "spend": true, "spends": true, "spending": true, "spent": true,
	"paying": true, "profit": true, "profits": true}

// personalSum reports whether a sum of money is paid to each person: "up
// to £3,000 each", "£3,000 to relocate", "can receive up to £3,000",
// "offered up to £3,000 a head".
func (r *recogniser) personalSum(q *quantity) bool {
	switch q.unit {
	case "GBP", "EUR", "USD":
	default:
		return false
	}
	if q.hasValue && q.value >= 1e5 || q.hasHigh && q.high >= 1e5 {
		return false
	}
	switch r.word(q.te) {
	case "each", "apiece":
		return true
	case "a", "per":
		// "up to £3,000 a head" (not "£184m a head": over the bound above;
		// nor "£20,000 per person to Rwanda": a state's)
		switch r.word(q.te + 1) {
		case "head", "person", "volunteer", "migrant":
			return !r.stateNear(q.te+2, q.te+5)
		}
	case "to":
		switch r.word(q.te + 1) {
		case "relocate", "leave", "go", "move", "depart",
			// "offered up to £3,000 to refused asylum seekers"
			"refused", "failed", "rejected", "volunteers", "migrants", "anyone", "those":
			return true
		}
	}
	// "were each offered a payment of up to £3,000", "all volunteers
	// paid up to £3,000": a small sum offered, paid or received is a
	// person's
	before := r.word(q.ts - 1)
	if before == "of" && (r.word(q.ts-2) == "payment" || r.word(q.ts-2) == "grant") {
		before = "payment"
	}
	switch before {
	case "each", "receive", "received", "receives", "receiving", "offered", "offering", "offers", "paid", "payment":
		// (not "Rwanda would also have received £20,000 for every person")
		return !r.stateNear(q.ts-5, q.ts-1)
	}
	return false
}

// allowanceSum reports whether q is the allowance each person is paid: "the
// standard allowance will go up from £49.18 to £51.20", "£7.31 a day to
// live on". No measure of the vocabulary counts it: it is other.
func (r *recogniser) allowanceSum(q *quantity) bool {
	switch q.unit {
	case "GBP", "EUR", "USD":
	default:
		return false
	}
	if !(q.hasValue && q.value < 1e4 || q.hasHigh && q.high < 1e4) {
		return false
	}
	if r.allowanceNear(q) || r.word(q.te+2) == "to" && r.word(q.te+3) == "live" && r.word(q.te+4) == "on" {
		return true
	}
	// "receive £49.18 a week", "get £8.86 a week", "living on £49.18 a
	// week": a small sum a person is paid each week, day or month
	if w := r.word(q.te); w != "a" && w != "per" && w != "each" {
		return false
	}
	switch r.word(q.te + 1) {
	case "week", "day", "month":
	default:
		return false
	}
	switch r.word(q.ts - 1) {
	case "receive", "receives", "received", "receiving", "get", "gets", "getting", "given", "handed":
		return true
	case "on":
		w := r.word(q.ts - 2)
		return w == "living" || w == "live" || w == "lives" || w == "survive" || w == "surviving" || w == "survives"
	}
	return false
}

// allowanceNear reports whether "allowance" stands in the clause just before
// q ("the standard allowance will go up from £49.18") or right after it
// ("a £49.18 weekly allowance").
func (r *recogniser) allowanceNear(q *quantity) bool {
	for k := q.ts - 1; k >= r.lo && k >= q.ts-8; k-- {
		if w := r.word(k); w == "allowance" || w == "allowances" {
			return true
		} else if w == "" || w == "and" || w == "but" || w == "while" {
			break
		}
	}
	for k := q.te; k < r.hi && k <= q.te+3; k++ {
		if w := r.word(k); w == "allowance" || w == "allowances" {
			return true
		}
	}
	return false
}

// stateNear reports whether a state that takes payments ("Rwanda",
// "Kigali", "the government", "France") is named in tokens [a, b).
func (r *recogniser) stateNear(a, b int) bool {
	for k := max(a, r.lo); k < b && k < r.hi; k++ {
		switch r.word(k) {
		case "rwanda", "kigali", "government", "country", "france":
			return true
		}
	}
	return false
}

// moneyBits are the units of sums of money.
var moneyBits = unitBit("GBP") | unitBit("EUR") | unitBit("USD")

// aboutMoney reports whether sentence si speaks of money: a sum in it, a
// word for spending, or, when it refers back ("That is a fall of 12%"), a
// sum in the sentence before.
func (d *docState) aboutMoney(si int) bool {
	return sentenceFact(&d.sentMoney, func() bool { return d.speaksOfMoney(si) })
}

func (d *docState) speaksOfMoney(si int) bool {
	for i := range d.qs {
		switch d.qs[i].unit {
		case "GBP", "EUR", "USD":
			return true
		}
	}
	s := d.sents[si]
	for k := s.a; k < s.b; k++ {
		if t := &d.toks[k]; t.flags&fMoney != 0 || t.kind == tPunct && t.low == "£" {
			return true
		}
	}
	if si > 0 && d.anaphoric(si) {
		p := d.sents[si-1]
		for k := p.a; k < p.b; k++ {
			if w := d.toks[k].low; w == "£" || w == "$" || w == "€" {
				return true
			}
		}
	}
	return false
}
