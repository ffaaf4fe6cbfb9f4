package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// shared_postings.go: a posting said once of several officers named together, "Police Major
// A and Police Lieutenant B, both attached to the Mae Sot Police Station", "A, B and C, all
// assigned to the provincial police": each of them is posted to the body. The names are
// joined only by "and" or commas, and "both" or "all" carries the posting over to each.

var (
	// reSharedPostingJoin is the gap between two of the officers.
	reSharedPostingJoin = regexp.MustCompile(`^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:police|pol\.|lt\.|lieutenant|col\.|colonel|major|maj\.|sergeant|sgt\.|captain|capt\.|corporal|cpl\.|general|gen\.|senior|master|staff|private|officer|inspector|superintendent|patrolman|patrolwoman|mr\.|ms\.|mrs\.)\s+){0,5}$`)
	// reSharedPosting is the gap between the last officer and the body.
	reSharedPosting = regexp.MustCompile(`^\s*,\s*(?:both|all|all\s+(?:two|three|four|five))\s+(?:(?:of\s+them|officers|members|police\s+officers)\s+)?(?:(?:currently|then)\s+)?(?:assigned|attached|posted|detailed|seconded)\s+to\s+(?:the\s+)?$`)
)

// sharedPostings emits each officer's EMPLOYED_BY of the body; emit is possessedPosts'.
func sharedPostings(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred, role string, appos bool)) {
	for si := range sents {
		ms := bySent[si]
		for i := 0; i+1 < len(ms); i++ {
			ci := cands[ms[i]]
			if ci.ent < 0 || ents[ci.ent].typ != model.Person {
				continue
			}
			// The run of officers from ms[i]: each joined to the next by "and" or a comma.
			last := i
			for k := i + 1; k < len(ms); k++ {
				ck, cl := cands[ms[k]], cands[ms[last]]
				if ck.ent < 0 || ents[ck.ent].typ != model.Person || ck.s < cl.e ||
					!reSharedPostingJoin.MatchString(strings.ToLower(text[cl.e:ck.s])) {
					break
				}
				last = k
			}
			if last == i || last+1 >= len(ms) {
				continue
			}
			cb, cl := cands[ms[last+1]], cands[ms[last]]
			if cb.ent < 0 || ents[cb.ent].typ != model.Organization || cb.s < cl.e ||
				!reSharedPosting.MatchString(strings.ToLower(text[cl.e:cb.s])) {
				continue
			}
			for k := i; k <= last; k++ {
				emit(si, ms[k], ms[last+1], cands[ms[k]].ent, cb.ent, model.EmployedBy, "", false)
			}
			i = last
		}
	}
}
