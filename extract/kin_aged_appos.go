package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A relative named in an apposition that opens with the person's age, sex or year of birth,
// the way police notices and charge lists set out each suspect: "Narong Srisawat, aged 31,
// son of Mr. Chaiwat Srisawat, ...", "Ma Tianyu, male, born 1988, eldest son of Ma Guoqiang,",
// "Le Thi Mai (born 1993), wife of Nguyen Van Tuan;", and a row that ends with the relative's
// possessive, "Cai Li (蔡丽), female, born 1984, Wu Qiang's wife.".
// The apposition reader of two names reads ", son of" only right after the first name; these
// particulars in between are no tie of their own. Cases are in kin_aged_appos_test.go.
//
// The kin noun must follow the particulars at once and take the second name after "of": "a
// friend of the son of Y", "son of Y's driver" and "aged 31, and the son of Y" read nothing.

// kinParticular is one of the particulars set off after a name in a charge list: an age, a
// sex, a year or date of birth.
const kinParticular = `(?:aged\s+\d{1,3}|\d{1,3}(?:\s+years\s+old)?|male|female|born\s+(?:in\s+)?(?:\d{1,2}\s+[a-z]+\s+)?\d{4})`

// kinParticularsLead is the particulars after the person: a bracket (the name in its own
// script, "(born 1993)", or its close when the name's mention took the bracket in) then
// particulars, or particulars alone, each set off with commas.
const kinParticularsLead = `^\s*(?:(?:\([^()]{1,40}\)|[^()\s,]{0,40}\))\s*,\s*(?:` + kinParticular + `\s*,\s*){0,3}|,\s*(?:` + kinParticular + `\s*,\s*){1,3})`

// kinRank is a word of order before a kin noun.
const kinRank = `(?:(?:eldest|youngest|younger|elder|older|second|third|first|only)\s+)?`

var (
	// reKinAgedAppos is the gap between the person and the relative.
	reKinAgedAppos = regexp.MustCompile(kinParticularsLead + `(?:the\s+)?` + kinRank + `(` + kinWords + `)\s+of\s+$`)
	// reKinAgedPossLead is the gap of "Cai Li (蔡丽), female, born 1984, Wu Qiang's wife.": the
	// particulars end right before the relative's possessive.
	reKinAgedPossLead = regexp.MustCompile(kinParticularsLead + `$`)
	// reKinAgedPossTail follows the relative: the possessive and the kin noun, which ends the
	// row (a comma only before lower-case words: "Wu Qiang's wife, Sok Mey" names someone else).
	reKinAgedPossTail = regexp.MustCompile(`^['’]s?\s+` + kinRank + `(?i:(` + kinWords + `))\s*(?:[.;]|$|,\s*[a-z0-9])`)
)

// kinAgedApposPair reads the shape above between ms[p] and the relative ms[q] right after it.
func kinAgedApposPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	if q != p+1 || !peoplePair(cands, ents, ms, p, q, 120) {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if pronounRef(ca) || pronounRef(cb) {
		return
	}
	gap := trimNameTitles(strings.ToLower(text[ca.e:cb.s]))
	if possessiveFollows(text, cb.e) {
		// "Cai Li (蔡丽), female, born 1984, Wu Qiang's wife."
		if reKinAgedPossLead.MatchString(gap) && reKinAgedPossTail.MatchString(text[cb.e:min(len(text), cb.e+40)]) {
			add(ca.ent, cb.ent, model.FamilyOf, 0.8)
		}
		return
	}
	if reKinAgedAppos.MatchString(gap) {
		add(ca.ent, cb.ent, model.FamilyOf, 0.8)
	}
}
