package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Precision guards on whose a stated tie is: a pronoun that points at the nearer name, not at
// the one the tie was first read from. Must-fire and must-not-fire cases are in
// prec_antecedents_test.go.

// reKinConjunct ends the words before a list item that a possessive pronoun and a kin or
// partner noun tie to the item before it: "and her brother, ", "and his business partner ".
var reKinConjunct = regexp.MustCompile(`(?i)\b(?:and|or)\s+(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s*,?\s*$`)

// kinConjunct reports a list item named as the previous item's kin or partner ("Phongsak's
// wife, Nantaporn, and her brother, Chatchai"): a family or partner tie the words before the
// list give the first item (Phongsak's wife) is not the later item's (her brother is
// Nantaporn's brother, not Phongsak's).
func kinConjunct(pred, text string, start int) bool {
	if pred != model.FamilyOf && pred != model.AssociateOf || start > len(text) {
		return false
	}
	m := reKinConjunct.FindStringSubmatch(text[max(0, start-50):start])
	return m != nil && (familyWords[m[1]] || associateWords[m[1]])
}

// partyDescribedBefore reports a court party's description ("the accused", "the
// defendant") before offset off in sentence st: a "he" after it in the sentence continues that
// party, who may be someone other than the person named in the sentences before ("The land
// was owned by X's firm. The accused moved the money through Y, a company of which he was
// the sole shareholder": he is the accused, not X). A possessive ("the tycoon said his
// daughter") is not read here: it most often is the description's own referent.
func partyDescribedBefore(st sentence, off int, possessive bool) bool {
	if possessive {
		return false
	}
	toks := st.toks
	for k := 0; k+1 < len(toks) && toks[k+1].e <= off; k++ {
		if toks[k].low == "the" && courtParties[toks[k+1].low] || bareCourtParty(toks, k) { // prec9_who.go
			return true
		}
	}
	return false
}

// companyByForm reports a company whose name ends in a legal form ("Ruby Dragon Holdings
// Co., Ltd.") for the description "the company" or "the firm": its form says what it is as
// plainly as a description would, so a nearer such name is not passed over for one described
// as "a company" further back.
func companyByForm(e *docEntity, head string) bool {
	if e.typ != model.Company || head != "company" && head != "firm" {
		return false
	}
	f := strings.Fields(strings.ToLower(e.name))
	return legalTail(f) > 0
}

// outletGroup reports a news outlet, which "the group" does not stand for: "Speaking to
// Fresh News, X, a representative of the group, said" speaks of a firm named before, not of
// the outlet the words were given to.
func outletGroup(e *docEntity) bool {
	return sectorOf(e.name) == model.SectorMedia
}

// reSpeechNext is a verb of saying right after a name, with no comma between.
var reSpeechNext = regexp.MustCompile(`^\s+(?:told|said|says|tells|added|stated|explained|confirmed)\b`)

// speakerOpensClause reports a name after a comma that is the subject of a verb of saying
// ("received money from the park's operators, CIB commander Wiroj told a press
// conference"): the name opens the reporting clause, it does not restate the role before the
// comma. "the firm's chairman, Chen Meng, said" (a second comma) stays an apposition.
func speakerOpensClause(text, gap string, end int) bool {
	return strings.Contains(gap, ",") && end <= len(text) && reSpeechNext.MatchString(text[end:min(len(text), end+20)])
}

// reElderYounger ends the words before a name told apart from a relative of the same name:
// "The younger Shi", "the elder Wei".
var reElderYounger = regexp.MustCompile(`(?i)\b(?:the|his|her)\s+(?:younger|elder|older)\s+$`)

// comparedKin reports a pair whose first name is a short form set apart by "the younger" or
// "the elder" ("detained Shi Yongfu and his son Shi Wenjie ... The younger Shi is chairman of
// X"): the short form means the other bearer of the family name, not the person whose full
// name it was matched to, so no tie of that person is read from it.
func comparedKin(text string, start int, e *docEntity) bool {
	if e.typ != model.Person || start <= 0 || start > len(text) {
		return false
	}
	return reElderYounger.MatchString(text[max(0, start-20):start]) && !strings.HasPrefix(text[start:], e.name)
}
