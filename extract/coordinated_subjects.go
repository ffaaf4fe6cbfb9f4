package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A possessive after a sentence whose subject is two people joined ("Chen Wei and Li Qiang
// were arrested. His company owns ...") may be either one's: the sentence's first name is
// no more its subject than the second, and the possessive is left unresolved. Cases in
// coordinated_subjects_test.go.

// reSubjectJoin is the joint between two coordinated names: " and ", ", ", " or ", " & ".
var reSubjectJoin = regexp.MustCompile(`^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$`)

// coordinatedSubject reports that the sentence's first mention (ms[0], a person) is joined to
// a second person right after it. A second name in the possessive opens an apposition, not a
// list ("Arnel Salcedo, Wu's business partner since 2021, caused ...": the subject is one).
func coordinatedSubject(text string, cands []candidate, ents []*docEntity, ms []int) bool {
	if len(ms) < 2 {
		return false
	}
	a, b := cands[ms[0]], cands[ms[1]]
	if b.ent < 0 || b.ent == a.ent || ents[b.ent].typ != model.Person || b.s < a.e || b.s > len(text) {
		return false
	}
	if possessedName(text, b.e) {
		return false
	}
	return reSubjectJoin.MatchString(trimHonorifics(strings.ToLower(text[a.e:b.s])))
}
