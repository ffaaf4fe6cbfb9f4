package extract

import "strings"

// periodFormEnds are the legal forms that close a firm's name; written with a period before a
// capitalised word that carries on no name, the period ends the sentence too ("... operated
// by Oceanic Digital Services Corp. Authorities said ...").
var periodFormEnds = set("co", "inc", "corp", "ltd", "plc", "llc", "bhd", "lda")

// firmFormGoesOn are the words that carry a firm's name on after a form with a period:
// "Co. Ltd.", "Sdn. Bhd.", "GmbH & Co. KG".
var firmFormGoesOn = set("kg", "pte", "pvt", "sdn", "tbk", "pcl", "jsc", "llp", "lp", "pty", "s.a", "gmbh")

// courtesyStarts are the courtesy titles that open a person's name and never stand in a
// firm's name or after it as a post of the firm: after "Co., Ltd." a "Mr." starts a sentence.
var courtesyStarts = set("mr", "mrs", "ms", "mr.", "mrs.", "ms.", "miss", "madam", "mdm", "mdm.")

// firmFormEndsSentence reports whether t, a firm's legal form written with its period
// ("Corp.", "Inc.", "Co., Ltd."), ends the sentence before next. A capitalised word that
// is no further legal form starts a new sentence ("Co. Everyone in Kandal knows", "Ltd.
// Mr. Tang Yunfei holds"), except a post or title, which may name the firm's officer in
// the same sentence ("Co., Ltd. Chairman Chen Zhi").
func firmFormEndsSentence(t, next token) bool {
	low := strings.TrimSuffix(t.low, ".")
	if !periodFormEnds[low] || !isCap(next) {
		return false
	}
	if leadStrip[next.low] {
		return true
	}
	n := strings.TrimSuffix(next.low, ".")
	if legalForms[n] || companyEnds[n] || firmFormGoesOn[n] {
		return false
	}
	return !titleWords[next.low] || courtesyStarts[next.low]
}
