package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// directed_by.go reads a firm or body "directed by" a person, a passive the general passive
// reader does not take as its main verb:
//   - "Y, which is directed by Chinese national X";
//   - "Y, which lists an office in Sihanoukville, is directed on paper by a 26-year-old
//     Cambodian woman, X": a short relative clause between the firm and its verb.
// The agent is the first person after the verb; a possessed name ("directed by X's son, Z")
// names the kin, not X, and any other firm or body before the person stops the reading.

// reDirectedBy is the words between the firm and the person.
var reDirectedBy = regexp.MustCompile(`^\s*(?:,\s*which\s+[^,;:()]{1,80},\s*|,\s*(?:which|that)\s+|\s+)?` +
	`(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:also|now|still|effectively|nominally|formally|jointly|reportedly|allegedly)\s+)*` +
	`directed\s+(?:(?:on\s+paper|in\s+name|nominally|formally|day-to-day)\s+)?by\s+(?:the\s+)?` +
	`(?:(?:a|an)\s+)?(?:(?:[a-z0-9'’-]+\s+){0,3}?(?:national|businessman|businesswoman|man|woman|tycoon|citizen|investor|entrepreneur|lawyer|executive)\s*,?\s*)?` +
	`(?:(?:lt\.|lieutenant|gen\.|general|brigadier|major|col\.|colonel|pol\.|police|dr\.|mr\.|ms\.|mrs\.|oknha|senator|commander)\s+){0,4}$`)

// directedBy emits X DIRECTS Y for the shapes above.
func directedBy(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred string, conf float64)) {
	for si := range sents {
		ms := withoutPronouns(cands, bySent[si])
		for i := 0; i+1 < len(ms); i++ {
			cy := cands[ms[i]]
			if cy.ent < 0 || (ents[cy.ent].typ != model.Company && ents[cy.ent].typ != model.Organization) {
				continue
			}
			// The first person after Y; places may stand between (in the relative clause),
			// any other firm, body or person stops the reading.
			for j := i + 1; j < len(ms); j++ {
				cx := cands[ms[j]]
				if cx.ent < 0 || cx.s < cy.e {
					break
				}
				t := ents[cx.ent].typ
				if t == model.Location {
					continue
				}
				if t == model.Person && cx.ent != cy.ent && !possessiveFollows(text, cx.e) &&
					reDirectedBy.MatchString(strings.ToLower(text[cy.e:cx.s])) {
					emit(si, ms[j], ms[i], cx.ent, cy.ent, model.Directs, 0.75)
				}
				break
			}
		}
	}
}
