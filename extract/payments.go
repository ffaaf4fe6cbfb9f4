package extract

import "regexp"

// A payment to an official or a body, read from the one paid up to what the payment bought:
// "X received monthly payments from the managers of the compound in exchange for", "officers
// of X were paid to". Two readers take what was bought after it: a warning or protection
// (paid_warnings.go: "... advance warning of inspections", "... the protection") and a site
// protected (paid_shields.go: "... protecting the hub", "... shield the").

const (
	// The words after the one paid: payLeadW an aside in brackets ("(42)"), apposW an
	// apposition (", an officer of the police,"), paymentW the payment up to the purpose ("
	// received monthly payments from the managers of the compound", " was paid").
	payLeadW = `^\s*(?:\([^()]{1,30}\)\s*)?`
	apposW   = `(?:,\s*[^,;.()]{1,90},\s*)?`
	paymentW = `(?:(?:has|had|have|allegedly|reportedly|also|regularly|secretly|personally)\s+)*(?:(?:received|receives|receiving|took|takes|taken|taking|accepted|accepts|accepting|collected|collects|collecting|got|gets|demanded|demands)\s+[^.;]{0,100}?\b(?:payments?|cash|money|bribes?|fees?|sums?|baht|dollars|riel|pesos|kip|envelopes?)\b[^.;]{0,100}?|(?:was|were|is|are|had\s+been|has\s+been|have\s+been|got|gets|get)\s+(?:(?:allegedly|reportedly|regularly|secretly|also)\s+)?paid\b[^.;]{0,60}?)$`
	// purposeW opens what a payment bought: " in exchange for ", " to ", " for ".
	purposeW = `\s(?:in\s+(?:exchange|return)\s+for|to|for)\s+`
)

var (
	// rePayment is a payment right after the one paid, rePaymentApposed one after its
	// apposition too.
	rePayment        = regexp.MustCompile(`(?i)` + payLeadW + paymentW)
	rePaymentApposed = regexp.MustCompile(`(?i)` + payLeadW + apposW + paymentW)
	// reBoughtWarning is a warning or protection bought: " in exchange for giving advance
	// warning of", " to warn", " in return for the protection".
	reBoughtWarning = regexp.MustCompile(`(?i)` + purposeW + `(?:(?:giving|providing|passing\s+on|offering)\s+)?(?:(?:the|its|their|any)\s+)?(?:(?:advance|prior|early)\s+)?(?:(?:armed\s+)?protection\b|warnings?\s+(?:of|about|before|on)\b|notice\s+of\s+(?:(?:police|planned)\s+)?(?:inspections|raids|checks)|armed\s+(?:security|guards|soldiers|troops|men)\b|tip-offs?\b|(?:warn|warning|alert|alerting|tip\s+off|tipping\s+off)\s)`)
	// reBoughtShield is a site protected, up to the site: " in exchange for protecting the",
	// " to shield".
	reBoughtShield = regexp.MustCompile(`(?i)` + purposeW + `(?:protect|shield|guard|protecting|shielding|guarding|providing\s+(?:armed\s+)?(?:protection|security)\s+(?:to|for|at))\s+(?:the\s+)?$`)
)

// paidFor reads rest, the words after a mention, for the first purpose that bought matches
// (reBoughtWarning or reBoughtShield): it returns where that purpose stands in rest (nil for
// none) and whether the words before it read a payment to the one mentioned, past an
// apposition of it when apposed.
func paidFor(rest string, bought *regexp.Regexp, apposed bool) (loc []int, paid bool) {
	loc = bought.FindStringIndex(rest)
	if loc == nil {
		return nil, false
	}
	payment := rePayment
	if apposed {
		payment = rePaymentApposed
	}
	return loc, payment.MatchString(rest[:loc[0]])
}
