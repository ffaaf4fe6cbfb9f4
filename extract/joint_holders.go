package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Two holders of one firm told as a coordinated subject whose shares are joint: "A and B
// jointly hold shares in Y", "A and B have been business partners since 2019 and together
// own a stake in Y", "A and B were joint shareholders in Y". The rules between adjacent names
// read at most B; the plural, joint holding makes A a holder too. Recall and precision cases
// are in joint_holders_test.go.

var (
	// reJointShares is the gap from the second holder to the firm: an optional first verb
	// phrase of the pair ("have been business partners since 2019 and"), then a joint
	// holding.
	reJointShares = regexp.MustCompile(`^\s+(?:(?:have|had|has)\s+been\s+[a-z0-9 ,'’-]{1,60}?\s+and\s+)?(?:(?:still|now|also|reportedly|allegedly)\s+)*(?:(?:jointly|together|both)\s+(?:hold|held|own|owned|control|controlled)\s+(?:shares|stakes?|a\s+stake|a\s+\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+stake|equity|all\s+(?:the\s+)?shares)\s+(?:in|of)|(?:are|were|became|have\s+been|had\s+been|remain|remained)\s+(?:both\s+)?(?:joint\s+|co-)(?:shareholders|stockholders|owners)\s+(?:in|of))\s+(?:the\s+)?$`)
)

// jointHolders reads the shape above in each sentence; emit gets the sentence, each holder
// and the firm, and the span read.
func jointHolders(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 3 || !mentionsAny(strings.ToLower(text[st.s:st.e]), "jointly", "together", "both", "joint", "co-") {
			continue
		}
		for i := 0; i+2 < len(ms); i++ {
			ca, cb, cy := cands[ms[i]], cands[ms[i+1]], cands[ms[i+2]]
			if ca.ent < 0 || cb.ent < 0 || cy.ent < 0 || ca.e > cb.s || cb.e > cy.s || ca.ent == cb.ent || cy.ent == ca.ent || cy.ent == cb.ent {
				continue
			}
			if !agentType(ents[ca.ent].typ) || !agentType(ents[cb.ent].typ) || ents[cy.ent].typ != model.Company {
				continue
			}
			if pronounRef(ca) || pronounRef(cb) || prepositionBefore(text, ca.s) || possessedName(text, cy.e) {
				continue // "the partner of A and B jointly": A is no subject
			}
			if strings.TrimSpace(trimHonorifics(strings.ToLower(text[ca.e:cb.s]))) != "and" || !reJointShares.MatchString(strings.ToLower(text[cb.e:cy.s])) {
				continue
			}
			emit(si, ca.ent, cy.ent, ca.s, cy.e)
			emit(si, cb.ent, cy.ent, ca.s, cy.e)
		}
	}
}
