package extract

import "regexp"

// Protection bought: an official or a body paid for warnings, protection or tip-offs that
// keep a site safe, the site named anywhere in the sentence (the payer's, the warned, the
// protected). Each gives a PROTECTS from the one paid to the site:
//   - the one paid before the payment: "X received monthly payments from the management of
//     the compound in exchange for giving advance warning of inspections", "officers of X
//     were paid to warn the compound before inspections";
//   - the one paid after it: "the defendant delivered cash to X, an officer of the police,
//     in exchange for the protection X provided to the Compound".
// The payer is never the protector; a sentence naming two sites says not which one was kept
// safe, and a payment for anything else (jobs, a release, rent) is no protection. The payment
// after the one paid and what it bought are read by paidFor (payments.go).

var (
	// rePaidTo ends right before the one paid: " delivered cash to ", "paid monthly sums to
	// Councilor ".
	rePaidTo = regexp.MustCompile(`(?i)\b(?:paid|pays|paying|delivered|delivers|handed|hands|gave|gives|passed)\s+(?:[^.;]{0,50}?\s)?(?:payments?|cash|money|bribes?|fees?|sums?|envelopes?|baht|dollars|riel|pesos|kip)\s+(?:[^.;]{0,30}?\s)?to\s+(?:the\s+)?$`)
	// reApposThenFor is what may follow the one paid before what the payment bought: its short
	// form in brackets, then an apposition that may hold a short form of its own (", a colonel
	// in the Royal Cambodian Armed Forces (RCAF) and commander of ... ,").
	reApposThenFor = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:[^,;.()]|\([^()]{1,20}\))+?,)?\s*$`)
)

// paidWarnings calls emit(si, paid, site, si, s, e) for each shape above in sentence si;
// cands and bySent hold each sentence's mentions, references included.
func paidWarnings(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	isSite := siteMention(ents)
	agent := protectorMention(ents)
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 {
			continue
		}
		low := lowerASCII(text[st.s:st.e])
		if !mentionsAny(low, "paid", "payment", "cash", "money", "bribe", "fee", "sums", "envelope") || !mentionsAny(low, "protection", "warn", "notice of", "tip", "armed ") {
			continue // cheap test before the regular expressions
		}
		// The one site of the sentence.
		site := oneSite(cands, ms, isSite)
		if site < 0 {
			continue
		}
		for _, m := range ms {
			c := cands[m]
			if !agent(c) || c.ent == site {
				continue
			}
			// The one paid named before the payment, then what it bought.
			rest := text[c.e:min(st.e, c.e+260)]
			loc, paid := paidFor(rest, reBoughtWarning, true)
			if loc == nil {
				continue
			}
			// "payments from X": after a preposition, only the men of a body are paid.
			headed := !prepositionBefore(text, c.s) || reCrewOfBody.MatchString(text[max(st.s, c.s-60):c.s])
			if headed && paid {
				emit(si, c.ent, site, si, st.s, min(st.e, c.e+loc[1]+40))
				continue
			}
			// The one paid named after the payment: "delivered cash to X, an officer of the
			// police, in exchange for".
			if reApposThenFor.MatchString(rest[:loc[0]]) && rePaidTo.MatchString(text[max(st.s, c.s-120):c.s]) {
				emit(si, c.ent, site, si, max(st.s, c.s-120), min(st.e, c.e+loc[1]+40))
			}
		}
	}
}
