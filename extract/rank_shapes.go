package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Ranks in an armed group written with the group's name before the rank, in two shapes the
// pair rules of member_ranks.go miss (cases in rank_shapes_test.go):
//
//   - "His cousin, X, is a KNLA captain": the person set off by commas is the subject of
//     "is a GROUP RANK";
//   - "a KNLA captain called X", "a DKBA officer they knew as Major X": the rank names the
//     person after it.
//
// Only armed groups (armedGroup) take ranks here: a police or army officer holds a post, left
// to the post rules; a former rank is history.

var (
	// reApposRankLead is the gap of "X, is a " between a person set off by commas and a group
	// named ahead of a rank.
	reApposRankLead = regexp.MustCompile(`^\s*,\s*(?:is|was|remains)\s+(?:also\s+|now\s+|still\s+|currently\s+)?(?:a|an)\s+(?:senior\s+|serving\s+)?$`)
	// reRankNamesGap is the gap of " captain called ", " officer they knew as " between a
	// group and the person its rank names. Group 1 is the rank.
	reRankNamesGap = regexp.MustCompile(`^\s+((?:(?:` + unitNouns + `)\s+)?(?:` + unitPosts + `)|` + rankNames + `)\s+(?:called|named|known\s+as|identified\s+as|(?:whom\s+|who\s+)?(?:they|we|he|she|workers|survivors|witnesses)\s+knew\s+as|by\s+the\s+name\s+of)\s+$`)
	// reIndefiniteBefore ends the words before a group read as the rank's modifier: "a ", "an ".
	reIndefiniteBefore = regexp.MustCompile(`(?i)(?:^|\s)(?:a|an)\s+$`)
)

// rankShapePair reads the shapes above between mentions ms[p] and ms[q].
func rankShapePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	if q != p+1 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 60 {
		return
	}
	ta, tb := ents[ca.ent].typ, ents[cb.ent].typ
	gap := strings.ToLower(text[ca.e:cb.s])
	if strings.Contains(gap, "former") {
		return
	}
	switch {
	case ta == model.Person && tb == model.Organization && !pronounRef(ca):
		// "X, is a KNLA captain"
		if !reApposRankLead.MatchString(gap) || !apposedBefore(text, ca.s) || !armedGroup(text, cands, ents[cb.ent]) {
			return
		}
		role, ok := rankAfter(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])) // member_ranks.go
		if !ok {
			return
		}
		setRole(role)
		add(ca.ent, cb.ent, model.MemberOf, 0.8)
	case ta == model.Organization && tb == model.Person && !pronounRef(cb):
		// "a KNLA captain called X"
		m := reRankNamesGap.FindStringSubmatch(trimNameTitles(gap))
		if m == nil || !reIndefiniteBefore.MatchString(text[max(0, ca.s-4):ca.s]) || !armedGroup(text, cands, ents[ca.ent]) {
			return
		}
		setRole(strings.Join(strings.Fields(m[1]), " "))
		add(cb.ent, ca.ent, model.MemberOf, 0.8)
	}
}
