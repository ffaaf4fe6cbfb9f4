package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// An officer's posting told by "assigned to" (attached, posted, detailed, seconded) right
// after the person or in the person's own copula: "Police Master Sergeant X, assigned to the
// Lapu-Lapu City Police Office", "X is an active member of the national police assigned to
// the city police station", "X, who was attached to the provincial police". The body is a
// public body (a police unit, an office); a body named inside the copula's noun phrase may
// stand between, and the posting is in the body after "to".

// reAssignedLead is the gap between the person and the body of posting.
var reAssignedLead = regexp.MustCompile(`^\s*,?\s*(?:(?:who|whom)\s+(?:is|was|had\s+been|has\s+been)\s+|(?:is|was|had\s+been|has\s+been)\s+(?:(?:a|an|the)\s+[^,;:()]{1,80}?\s+)?)?(?:currently\s+|then\s+|later\s+)?(?:assigned|attached|posted|detailed|seconded)\s+to\s+(?:the\s+)?$`)

// reAssignedOther finds, in the copula's noun phrase, another holder of the posting: "was the
// victim of a gang attached to Y", "is the rival of a colonel posted to Y". A body named in the
// phrase ("a member of the Philippine National Police assigned to Y") is a mention and is cut
// off before this is asked.
var reAssignedOther = regexp.MustCompile(`\b(?:of|for|with|against|by|from)\s+(?:a|an|the|his|her|their|its|two|three|several|some)\s+[a-z]`)

// reAssignedObject ends the words before a name that is a preposition's object.
var reAssignedObject = regexp.MustCompile(`\b(?:against|of|for|by|to|with|from|on|about)\s+(?:(?:the|a|an)\s+)?(?:[a-z.]+\s+){0,2}$`)

// assignedPosts reads the shape above; ms lists each sentence's mentions; emit is
// possessedPosts'.
func assignedPosts(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred, role string, appos bool)) {
	for si := range sents {
		ms := bySent[si]
		for i := 0; i+1 < len(ms); i++ {
			cp := cands[ms[i]]
			if cp.ent < 0 || ents[cp.ent].typ != model.Person {
				continue
			}
			// "the complaint against X was assigned to the court": X is no subject of the
			// copula; a clause set off by a comma is X's own.
			object := reAssignedObject.MatchString(strings.ToLower(text[max(0, cp.s-20):cp.s]))
			// The body of posting: the next mention, or the one after a body named in the
			// copula's noun phrase ("a member of the national police assigned to Y").
			for j := i + 1; j < len(ms) && j <= i+2; j++ {
				cb := cands[ms[j]]
				if cb.ent < 0 || cp.e > cb.s {
					break
				}
				if ents[cb.ent].typ != model.Organization {
					break
				}
				gap := strings.ToLower(text[cp.e:cb.s])
				if object && !strings.HasPrefix(strings.TrimSpace(gap), ",") {
					break
				}
				// The copula's noun phrase as written, up to a body named in it.
				np := text[cp.e:cb.s]
				if j == i+2 {
					np = text[cp.e:max(cp.e, cands[ms[i+1]].s)]
				}
				if reAssignedOther.MatchString(np) {
					break
				}
				if len(gap) <= 140 && reAssignedLead.MatchString(gap) {
					emit(si, ms[i], ms[j], cp.ent, cb.ent, model.EmployedBy, "", false)
					break
				}
			}
		}
	}
}
