package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// record_fields.go reads a firm's registry record told as fields after the firm: "Y was
// registered in 2019, director X, sole shareholder a BVI company", "the company record for
// Y: director X, shareholder Z". The post stands bare (no article, no possessive) right
// after a comma, colon or semicolon, and the person right after it closes the field (a
// comma, a full stop, a bracket or "and" follows), so "Y, director X said" or "director X
// of the DSI" read nothing: there the title leads a person whose body is told elsewhere.

var (
	// reRecordField is the end of the gap between the firm and the person: the field's post.
	reRecordField = regexp.MustCompile(`[,:;]\s*(?:(?:sole|managing|executive|registered|legal|listed)\s+)?(director|chairman|chairwoman|president|representative|general\s+manager|ceo)\s*:?\s*$`)
	// reRecordFieldEnd is what may follow the person: the end of the field.
	reRecordFieldEnd = regexp.MustCompile(`^\s*(?:[,;.)(]|$|and\b)`)
	// reRecordLead may stand between the firm and the fields: a registration, a record.
	reRecordLead = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:was|is|had\s+been|has\s+been)\s+(?:registered|incorporated|set\s+up|listed)\b[^;:()]{0,60}|(?:['’]s\s+)?(?:registry\s+|company\s+|corporate\s+|registration\s+)?(?:record|records|filing|filings|entry|profile)(?:\s+(?:show|shows|list|lists|say|says))?)?\s*[,:;]`)
)

// recordFields emits X DIRECTS Y for the shapes above.
func recordFields(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred, role string, conf float64)) {
	for si := range sents {
		ms := withoutPronouns(cands, bySent[si])
		for i := 0; i+1 < len(ms); i++ {
			cy := cands[ms[i]]
			if cy.ent < 0 || ents[cy.ent].typ != model.Company {
				continue
			}
			cx := cands[ms[i+1]]
			if cx.ent < 0 || cx.s < cy.e || cx.s-cy.e > 140 || ents[cx.ent].typ != model.Person {
				continue
			}
			gap := strings.ToLower(text[cy.e:cx.s])
			loc := reRecordField.FindStringSubmatchIndex(gap)
			if loc == nil || !reRecordLead.MatchString(gap[:loc[0]+1]) || !reRecordFieldEnd.MatchString(text[cx.e:min(len(text), cx.e+8)]) {
				continue
			}
			emit(si, ms[i+1], ms[i], cx.ent, cy.ent, model.Directs, strings.Join(strings.Fields(gap[loc[2]:loc[3]]), " "), 0.7)
		}
	}
}
