package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A partner noun that closes the predicate of a copula whose subject is a person, read past
// what peer_ties.go's "X is a partner of Y" does not allow before it. Cases are in
// partner_conjuncts_test.go:
//
//   - an apposition between the subject and its copula: "X, a Malaysian national, was a
//     business associate of Y";
//   - the partner noun as the last of coordinated nouns after the copula: "X was a recruiter
//     and business associate of Y", "X, a national of China, was the general manager of Z
//     and a business associate of Y".
//
// Only the partner and associate nouns are read: a lawyer, a critic or a rival of Y is not Y's
// associate, and two people charged together are not partners unless the text says so. A
// negated copula ("was never a partner of Y") and a clause in between break the reading.

var (
	// rePartnerConjGap is the gap between the subject and Y.
	rePartnerConjGap = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+([^,;:()"“”]{1,60}?)\s*,)?\s*(?:,\s*)?(?:is|was|has\s+been|had\s+been|became|remains|remained)\s+(?:also\s+|once\s+|long\s+)?((?:(?:a|an|the)\s+)?[^;:()"“”]{0,100}?\s+and\s+(?:also\s+)?)?(?:a|an)?\s*(?:(?:close|longtime|long-time|long-standing|trusted|silent|key|former|business|main|principal|junior|senior)\s+)*(?:business\s+)?(?:partner|associate)\s+of\s+(?:(?:the\s+)?(?:defendant|accused|co-defendant)\s+)?$`)
	// rePartnerConjBreak is what the apposition and the coordinated nouns may not hold: a
	// clause, a negation or a word of speech.
	rePartnerConjBreak = regexp.MustCompile(`\b(?:who|whom|which|that|not|never|no|nor|neither|said|says|told|but|denied|denies|deny|while|when|if|although|critic|rival|lawyer|counsel|attorney)\b`)
)

// partnerConjunctPair reads the shapes above between mentions ms[p] (the subject) and ms[q].
func partnerConjunctPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 200 ||
		ents[ca.ent].typ != model.Person || ents[cb.ent].typ != model.Person || pronounRef(ca) || pronounRef(cb) {
		return
	}
	gap := stripNameAsides(strings.ToLower(text[ca.e:cb.s]))
	m := rePartnerConjGap.FindStringSubmatch(gap)
	if m == nil || m[1] == "" && m[2] == "" { // the plain shape is peer_ties.go's
		return
	}
	if rePartnerConjBreak.MatchString(m[1]) || rePartnerConjBreak.MatchString(m[2]) || strings.Contains(m[1]+m[2], ".") && !strings.Contains(m[1]+m[2], "ltd.") {
		return
	}
	// The subject opens its clause: not the object of a word before it ("a lawyer for X").
	if before := strings.ToLower(text[max(0, ca.s-40):ca.s]); reObjectBefore.MatchString(before) || strings.HasSuffix(strings.TrimSpace(before), "'s") {
		return
	}
	if possessiveFollows(text, cb.e) || speechFollows(text, cb.e) {
		return // "a partner of Y's brother", "a partner of Y, Y said"
	}
	for k := p + 1; k < q; k++ {
		if c := cands[ms[k]]; c.ent >= 0 && ents[c.ent].typ == model.Person {
			return // another person between: the nearer one is the subject or the partner
		}
	}
	add(ca.ent, cb.ent, model.AssociateOf, 0.8)
}

// capitalsTieHeads are nouns of a tie between people that "of" joins to the other person.
var capitalsTieHeads = set("associate", "associates", "partner", "partners", "wife", "husband", "son", "daughter",
	"brother", "sister", "nephew", "niece", "cousin", "father", "mother", "uncle", "aunt", "nominee", "bodyguard",
	"driver", "aide", "lieutenant", "confidant", "accomplice", "co-conspirator")

// capitalsTieObject reports a name in capitals after a tie noun and "of" ("a business
// associate of TAN CHEE HOCK", "the wife of LIM SOKHA"): court papers write the other person
// of the tie in capitals, and a firm's capitals end in a legal form nameShaped refuses.
//
// A kin noun outside that list counts too, unless a lower-case noun follows the capitals ("the
// children of KING ROMANS workers"); a singular head's verb ("the son-in-law of NAING MIN HTET
// controls") is no such noun.
func capitalsTieObject(toks []token, i, j int) bool {
	if i < 2 || toks[i-1].low != "of" {
		return false
	}
	head := toks[i-2].low
	if capitalsTieHeads[head] {
		return true
	}
	plural := strings.HasSuffix(head, "s") || strings.HasSuffix(head, "ren")
	return familyWords[head] && !lowerWordAfter(toks, j, plural)
}
