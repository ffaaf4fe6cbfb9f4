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
// of conspiring ("agreed" only with a crime: "agreed to conceal"). The clause states an
// agreement between the two, which the vocabulary reads as ASSOCIATE_OF; the grade rules read
// the charge or the finding. Only a pair is read: a longer list of defendants ("the
// defendants A, B and C, together with others, conspired") is labelled pair by pair from
// other sentences, and being charged in one case, or arrested together, states no tie. Cases
// in co_conspirators_test.go.

var (
	// reDefendantsBefore ends the words before the first of the two: "the defendants ",
	// "accused ".
	reDefendantsBefore = regexp.MustCompile(`\b(?:the\s+)?(?:defendants|accused|co-accused|co-defendants)\s+$`)
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
	if pronounRef(ca) || pronounRef(cb) || strings.TrimSpace(text[ca.e:cb.s]) != "and" || pairListedBefore(text, cands, ms, p) {
		return
	}
	lead := strings.ToLower(text[max(0, ca.s-30):ca.s])
	m := reDefendantsBefore.FindStringIndex(lead)
	if m == nil || !reConspiredAfter.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+160)])) {
		return
	}
	// "Lawyers for the defendants A and B ... agreed": the pair is a preposition's object and
	// the agreement is the subject's.
	if prepositionBefore(text, max(0, ca.s-30)+m[0]) {
		return
	}
	add(ca.ent, cb.ent, model.AssociateOf, 0.7)
}
