package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A firm's record written as a run of fields after its name, each a post word and then its
// holder: "Y: director A, shareholder B", "Y was registered in 2019, director A, 100%
// shareholder a BVI company called B". The holder after "shareholder" owns Y (the directors
// are read by the post rules). Cases in register_fields_test.go.

// reShareholderField is the gap between the firm and the shareholder: an optional
// registration, a colon or comma, other fields (post word and person), then the share field.
var reShareholderField = regexp.MustCompile(`^(?:\s+(?:was|is)\s+(?:registered|incorporated)\s+in\s+(?:\d{4}|loc)(?:\s+in\s+\d{4})?)?\s*[,:]\s*(?:(?:director|directors|chairman|chairwoman|president|legal\s+representative|manager|general\s+manager)\s*:?\s+person\s*[,;]\s*)*(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+|sole\s+|majority\s+|main\s+)?shareholders?\s*:?\s+(?:(?:a|an)\s+(?:loc\s+)?(?:[a-z-]+\s+){0,2}?(?:company|firm|vehicle|entity)\s+(?:called|named)\s+)?$`)

// registerFieldPair reads the pair ms[p], ms[q] of one sentence with the rule above.
func registerFieldPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b, ok := pairEnds(cands, ms, p, q, 160)
	if !ok || ents[a].typ != model.Company || !agentType(ents[b].typ) || possessedName(text, cb.e) || possessivePronouns[strings.ToLower(ca.text)] {
		return false
	}
	gap, _, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok || strings.Contains(gap, "firm") || strings.Contains(gap, "org") || strings.Contains(gap, "site") {
		return false
	}
	if !reShareholderField.MatchString(gap) {
		return false
	}
	add(b, a, model.Owns, 0.7)
	return true
}
