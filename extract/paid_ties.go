package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Ties between two people told by a standing arrangement between them: payments at a rate
// ("X paid Y US$1,500 for each person delivered", "X received 40,000 baht a month from Y",
// "X has paid monthly sums to Y", "X has received regular payments from Y") and work done
// together ("X has worked with Y since 2023", "X works closely with Y"). A payment at a rate
// (per head, per month, regular, monthly) is a commission, a retainer or a bribe: the two
// deal with each other, which the vocabulary reads as ASSOCIATE_OF. A single sum ("received
// 14 million baht from Y") is left out (a sale, a loan, a ransom may be one), and so are
// ransoms, wages, rents, fines, bail and compensation, a victim or worker paying or paid, a
// denial or negation (the verb must follow the first name straight, with only auxiliaries
// and a few adverbs), another person between the two, a possessive after the second ("paid
// Y's lawyer") and work done with the second to rescue, help or investigate. The grade rules
// read hedges and attributions ("reportedly", "police said"). Cases in paid_ties_test.go.

var (
	// rePaidLead is the gap's verb straight after the first name: "has paid", "had also paid",
	// "received", "allegedly took".
	rePaidAux = `(?:(?:has|had|have|would|allegedly|reportedly|also|regularly|then|later|each|both)\s+){0,3}`
	// reAmount is a sum: "US$1,500", "40,000 baht", "between 700 and 1,000 USD", "₱30,000".
	reAmount = `(?:(?:about|around|approximately|roughly|some|at\s+least|up\s+to|between|an\s+average\s+of)\s+)*(?:(?:us\$|usd|s\$|nt\$|hk\$|\$|₱|php|rm|rmb|thb|¥|€|£)\s*)?\d[\d,.]*(?:\s*(?:million|billion|thousand|m|k))?(?:\s+and\s+(?:(?:us\$|usd|\$|₱|rm|nt\$)\s*)?\d[\d,.]*)?(?:\s+(?:baht|ringgit|usd|dollars|us\s+dollars|yuan|rmb|pesos|riel|kyat|rupiah|won|dong|euros|pounds|usdt|kip))?`
	// reRate is the rate that makes a sum a standing arrangement: "for each person delivered",
	// "per recruit", "a month", "every week".
	reRate = `(?:per\s+(?:month|week|year|person|head|recruit|worker|passenger|name|trip|crossing|van|account|day)|for\s+(?:each|every)\s+[a-z]+|(?:a|each|every)\s+(?:month|week)|monthly|weekly)`
	// reRegular is a standing payment without a sum: "monthly sums", "regular payments".
	reRegular = `(?:(?:a|an)\s+)?(?:monthly|weekly|regular|fixed\s+monthly)\s+(?:sums?|fees?|payments?|commissions?|retainers?|bribes?|allowances?|kickbacks?|cuts?)`

	// rePaidRateTo is the gap of "X paid [a monthly sum | SUM RATE] to Y".
	rePaidRateTo = regexp.MustCompile(`^\s+` + rePaidAux + `(?:paid|pays|paying)\s+(?:` + reRegular + `|` + reAmount + `\s+` + reRate + `)\s+to\s+$`)
	// rePaidRateBare is the gap of "X paid Y ..."; the sum and rate follow Y (rePaidRateTail).
	rePaidRateBare = regexp.MustCompile(`^\s+` + rePaidAux + `(?:paid|pays|gave|gives)\s+$`)
	// rePaidRateTail follows Y in "X paid Y": a sum then its rate, or a standing payment.
	rePaidRateTail = regexp.MustCompile(`^\s+(?:` + reRegular + `|(?:(?:(?:a|an)\s+)?(?:(?:flat|fixed)\s+)?(?:fee|commission|cut|sum|bribe)\s+of\s+)?` + reAmount + `\s+(?:in\s+cash\s+|in\s+commission\s+|as\s+a\s+(?:fee|commission)\s+)?` + reRate + `)\b`)
	// reReceivedFrom is the gap of "X received [SUM RATE | regular payments] from Y".
	reReceivedFrom = regexp.MustCompile(`^\s+` + rePaidAux + `(?:received|receives|receiving|took|takes|accepted|collected)\s+(?:` + reRegular + `|` + reAmount + `\s+` + reRate + `)\s+from\s+$`)
	// reWorkedWith is the gap of "X has worked with Y", "X works closely with Y".
	reWorkedWith = regexp.MustCompile(`^\s+(?:(?:has|had|have|was|is|were|are|long|also|allegedly|reportedly|previously|once|since)\s+){0,3}(?:worked|works|working)\s+(?:(?:closely|directly|together)\s+)?with\s+$`)
	// rePaidNoTie is a payment that is no dealing between the two: a ransom, a wage, rent, a
	// fine, bail, compensation, a debt.
	rePaidNoTie = regexp.MustCompile(`\b(?:ransoms?|salary|salaries|wages?|rent|rents|bail|fines?|compensation|damages|debts?|loans?|refunds?|tuition|alimony|victims?['’]?\s+families)\b`)
	// reBoughtProtection is a payment for protection: the one paid shields a site or the
	// payer ("in exchange for protecting the hub", "for armed soldiers posted at its gates",
	// "for advance warning of raids"); paid_warnings.go reads it as PROTECTS, no partnership.
	reBoughtProtection = regexp.MustCompile(`\b(?:in\s+exchange\s+for|in\s+return\s+for|for)\s+(?:\w+\s+){0,2}?(?:protect|shield|guard|armed|security|advance\s+warning|warning|tip-?offs?|tips|ignoring|turning\s+a\s+blind)`)
	// reWorkedForGood is work done with Y for a lawful end: "worked with Y to rescue them".
	reWorkedForGood = regexp.MustCompile(`^\s*,?\s*(?:to|in\s+order\s+to|on)\s+(?:the\s+)?(?:rescue|free|repatriat|help|assist|investigat|expose|trace|document|locate|bring|report|prosecut|identif)`)
	// reSideRole stands before the first name or after the second: a victim, a worker or a
	// rescuer, whose payment or work is no dealing ("victim Nguyen An paid Tan").
	reSideRole  = regexp.MustCompile(`\b(?:victims?|survivors?|workers?|rescuers?|journalists?|reporters?|researchers?|lawyers?|counsel|attorneys?|investigators?)\s*,?\s*$`)
	reSideAppos = regexp.MustCompile(`^\s*,\s*(?:(?:a|an|the|one\s+of\s+the)\s+)?(?:[a-z-]+\s+){0,2}(?:victims?|survivors?|workers?|rescuers?|journalists?|reporters?|researchers?|lawyers?|counsel|attorneys?|investigators?)\b`)
)

// paidTiePair reads the shapes above between mentions ms[p] and ms[q].
func paidTiePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if !peoplePair(cands, ents, ms, p, q, 120) || pronounRef(ca) || pronounRef(cb) || !noPersonBetween(cands, ents, ms, p, q) {
		return
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	tail := strings.ToLower(text[cb.e:min(len(text), cb.e+120)])
	if i := strings.IndexAny(tail, ";!?"); i >= 0 {
		tail = tail[:i]
	}
	if i := strings.Index(tail, ". "); i >= 0 {
		tail = tail[:i]
	}
	if possessiveFollows(text, cb.e) || reSideAppos.MatchString(tail) || reSideRole.MatchString(strings.ToLower(text[max(0, ca.s-24):ca.s])) {
		return // "paid Y's lawyer", "Y, a victim,", "victim X paid Y"
	}
	switch {
	case rePaidRateTo.MatchString(gap), reReceivedFrom.MatchString(gap), rePaidRateBare.MatchString(gap) && rePaidRateTail.MatchString(tail):
		if rePaidNoTie.MatchString(gap) || rePaidNoTie.MatchString(tail) || reBoughtProtection.MatchString(tail) {
			return
		}
	case reWorkedWith.MatchString(gap):
		if reWorkedForGood.MatchString(tail) {
			return
		}
	default:
		return
	}
	add(ca.ent, cb.ent, model.AssociateOf, 0.7)
}
