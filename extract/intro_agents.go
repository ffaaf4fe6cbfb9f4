package extract

import (
	"regexp"
	"strings"
)

// The body of a list of designations whose lead names none, told in the sentence before:
//
//	The designations, made by the Foreign, Commonwealth and Development Office (FCDO) under
//	the Global Human Rights sanctions regime, impose asset freezes and travel bans.
//	Those sanctioned are:
//	YUAN Lifeng, chairman and majority shareholder of ...
//
// The rows are designated by the body the designations were "made by" (or "imposed",
// "announced", "issued" by) in one of the two sentences before the lead. A lead that only
// points back ("They are:") stands as one when that sentence is the one before it. A body
// the sentence merely names ("in coordination with the FCDO") is no agent here.

// reMadeBy ends the words before the body that made the designations: "The designations,
// made by the ", "Sanctions imposed by ".
var reMadeBy = regexp.MustCompile(`(?i)\b(?:designations|sanctions|listings|asset\s+freezes)\s*,?\s*(?:(?:were|are|have\s+been)\s+)?(?:made|imposed|announced|issued|adopted)\s+(?:today\s+)?by\s+(?:the\s+)?$`)

// reBackLead is a lead that points back to the designations just told: "They are:".
var reBackLead = regexp.MustCompile(`(?i)^(?:they|these|those)\s+(?:are|were|include)\s*:$`)

// introAgentBefore returns the body that made the designations, named in one of the two
// sentences before sentence si, and the sentence it is in; back reports that the body must
// be in the sentence right before (a lead that points back). It returns -1 when there is none.
func introAgentBefore(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, si int, back bool) (int, int) {
	for sj := si - 1; sj >= 0 && sj >= si-2; sj-- {
		for _, m := range bySent[sj] {
			c := cands[m]
			if c.ent >= 0 && canSanction(ents[c.ent]) && reMadeBy.MatchString(text[max(sents[sj].s, c.s-60):c.s]) {
				return c.ent, sj
			}
		}
		if back {
			break
		}
	}
	return -1, -1
}

// reLeadDenied is a lead of those the sanctions left out: "Names not on the sanctions list
// include:", "Those who escaped sanctions include:". Its rows are not designated.
var reLeadDenied = regexp.MustCompile(`(?i)\b(?:not|no|never|none|escaped|escape|avoided|spared|untouched|evaded|exempt(?:ed)?)\b`)

// backLead reports a sentence that is a lead pointing back ("They are:").
func backLead(text string, st sentence) bool {
	return reBackLead.MatchString(strings.TrimSpace(text[st.s:st.e]))
}

// reRowDenied is a row that says its party was not designated: "X, his brother, has not been
// designated". It ends the rows: prose again, and no designation.
var reRowDenied = regexp.MustCompile(`(?i)\b(?:not|never)\s+(?:(?:been|itself|yet|also)\s+)*(?:designated|sanctioned|listed|subject\s+to)\b|\bno\s+longer\s+(?:designated|sanctioned|listed)\b`)
