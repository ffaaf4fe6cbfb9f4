package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Co-conspirators named as a pair in a charge or a finding: "the defendants A and B, together
// with others, did knowingly and intentionally conspire to ...", "defendants A and B, together
// with others, agreed to conceal ...", "accused A and B, acting in concert, recruited ...",
// "accused A and B, conspiring and confederating with one another, ...". The pair is read
// only as the clause's subject (not "lawyers for the defendants A and B agreed"), with a verb
// of conspiring ("agreed" only with a crime: "agreed to conceal"), and not in a finding the
// court rejected ("no evidence that", "acquitted"). The clause states an
// agreement between the two, which the vocabulary reads as ASSOCIATE_OF; the grade rules read
// the charge or the finding. Only a pair is read: a longer list of defendants ("the
// defendants A, B and C, together with others, conspired") is labelled pair by pair from
// other sentences, and being charged in one case, or arrested together, states no tie. Cases
// in co_conspirators_test.go.

var (
	// reDefendantsBefore ends the words before the first of the two: "the defendants ",
	// "accused ".
	// Group 1 is the word before "accused", to tell the noun from the verb.
	reDefendantsBefore = regexp.MustCompile(`(?:\b(?:the\s+)?(?:defendants|co-defendants)|(?:^|\b([a-z]+)|[^a-z\s])\s*(?:co-)?accused)\s+$`)
	// reAccusedNounLead is a word that may stand before the noun "accused" ("that accused A
	// and B", "the accused A and B"); "villagers wrongly accused A and B" is the verb.
	reAccusedNounLead = regexp.MustCompile(`^(?:the|that|said|both|whereas|where|when|while)$`)
	// reConspiracyRejected stands before the pair when the finding was rejected: "found no
	// evidence that accused A and B, acting in concert, recruited ...".
	reConspiracyRejected = regexp.MustCompile(`\bno\s+(?:evidence|proof|showing)\s+that\b|\bnot\s+(?:proven|established|shown)\s+that\b|\bacquit`)
	// reConspiredAfter follows the second: ", together with others, did knowingly and
	// intentionally conspire", ", acting in concert,", ", conspiring and confederating with
	// one another".
	reConspiredAfter = regexp.MustCompile(`^\s*,\s*(?:together\s+with\s+others(?:\s+known\s+and\s+unknown(?:\s+to\s+the\s+grand\s+jury)?)?\s*,\s*(?:did\s+)?(?:(?:knowingly|intentionally|willfully|wilfully|unlawfully|and)\s+)*(?:conspire|conspired|(?:agree|agreed)\s+to\s+(?:conceal|launder|defraud|commit|traffic|smuggle|recruit|transport|harbou?r|detain|extort|obstruct|import|export|distribute)\b)|acting\s+in\s+concert\b|conspiring\s+(?:and\s+confederating\s+)?(?:together|with\s+(?:each\s+other|one\s+another))\b)`)
)

// coConspiratorPair reads the shape above between mentions ms[p] and ms[q], the second right
// after the first.
func coConspiratorPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	if q != p+1 || !peoplePair(cands, ents, ms, p, q, 8) {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.e > cb.s || pronounRef(ca) || pronounRef(cb) || strings.TrimSpace(text[ca.e:cb.s]) != "and" || pairListedBefore(text, cands, ms, p) {
		return
	}
	lead := strings.ToLower(text[max(0, ca.s-30):ca.s])
	m := reDefendantsBefore.FindStringSubmatchIndex(lead)
	if m == nil || !reConspiredAfter.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+160)])) {
		return
	}
	// "Lawyers for the defendants A and B ... agreed": the pair is a preposition's object and
	// the agreement is the subject's; "wrongly accused A and B" is the verb.
	if m[2] >= 0 && !reAccusedNounLead.MatchString(lead[m[2]:m[3]]) || prepositionBefore(text, max(0, ca.s-30)+m[0]) {
		return
	}
	// "The court found no evidence that accused A and B, acting in concert, ...": a rejected
	// finding states no tie.
	if reConspiracyRejected.MatchString(strings.ToLower(text[max(0, ca.s-120):min(len(text), cb.e+200)])) {
		return
	}
	add(ca.ent, cb.ent, model.AssociateOf, 0.7)
}
