package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A relative named in an apposition that opens with the person's age, sex or year of birth,
// the way police notices and charge lists set out each suspect: "Narong Srisawat, aged 31,
// son of Mr. Chaiwat Srisawat, ...", "Ma Tianyu, male, born 1988, eldest son of Ma Guoqiang,".
// The apposition reader of two names reads ", son of" only right after the first name; these
// particulars in between are no tie of their own. Cases are in kin_aged_appos_test.go.
//
// The kin noun must follow the particulars at once and take the second name after "of": "a
// friend of the son of Y", "son of Y's driver" and "aged 31, and the son of Y" read nothing.

// reKinAgedAppos is the gap between the person and the relative.
var reKinAgedAppos = regexp.MustCompile(`^\s*,\s*(?:(?:aged\s+\d{1,3}|\d{1,3}(?:\s+years\s+old)?|male|female|born\s+(?:in\s+)?(?:\d{1,2}\s+[a-z]+\s+)?\d{4})\s*,\s*){1,3}` +
	`(?:the\s+)?(?:(?:eldest|youngest|younger|elder|older|second|third|first|only)\s+)?(` + kinWords + `)\s+of\s+$`)

// kinAgedApposPair reads the shape above between ms[p] and the relative ms[q] right after it.
func kinAgedApposPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	if q != p+1 || !peoplePair(cands, ents, ms, p, q, 120) {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if pronounRef(ca) || pronounRef(cb) || possessiveFollows(text, cb.e) {
		return
	}
	if reKinAgedAppos.MatchString(trimNameTitles(strings.ToLower(text[ca.e:cb.s]))) {
		add(ca.ent, cb.ent, model.FamilyOf, 0.8)
	}
}
