package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// An officer of an armed group told through the group's unit: "Saw Kyaw Lin, who commands
// the BGF's Battalion 1019", "The officer heads the group's Battalion 1017", "Major X, an
// officer in the militia's 2nd Battalion". The group owns the unit by its possessive, so
// the person holds a post in the group as well as in the unit: MEMBER_OF the group, with
// the post as role (the unit's own tie to its parent is not read here). Only an armed group
// (armedGroup, member_ranks.go) is read: posts in state forces are jobs, which the sets
// label otherwise. Cases are in group_units_test.go.

var (
	// reGroupUnitGap is the gap between the person and the group: " commands the ", ", who
	// heads the ", ", an officer in the ". Group 1 is the verb, group 2 the post noun.
	reGroupUnitGap = regexp.MustCompile(`^\s*(?:,\s*(?:who\s+)?|\s+)(?:(?:also|now|still|currently)\s+)?(?:(commands|heads|leads)\s+|(?:(?:is|was)\s+)?(?:a|an)\s+(?:senior\s+|deputy\s+|junior\s+)?(officer|commander|soldier|captain|major|colonel|lieutenant)\s+(?:in|of|with)\s+)(?:the\s+)?$`)
	// reGroupUnitAfter is the group's unit after its name: "'s Battalion 1019", "'s 2nd
	// Battalion". Group 1 is the unit noun.
	reGroupUnitAfter = regexp.MustCompile(`^['’]s\s+(?:(?:\d+(?:st|nd|rd|th)|[a-z]+)\s+)?(battalion|brigade|regiment|division|column)\b`)
)

// groupUnitPair reads the shape above between mentions ms[p] (a person) and ms[q] (the
// group, a name or a reference such as "the group's").
func groupUnitPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if q != p+1 || ca.ent < 0 || cb.ent < 0 || cb.s < ca.e || cb.s-ca.e > 80 || ents[ca.ent].typ != model.Person ||
		ents[cb.ent].typ != model.Organization || pronounRef(ca) {
		return
	}
	u := reGroupUnitAfter.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+40)]))
	if u == nil {
		return
	}
	m := reGroupUnitGap.FindStringSubmatch(strings.ToLower(text[ca.e:cb.s]))
	if m == nil || !armedGroup(text, cands, ents[cb.ent]) {
		return
	}
	role := m[2]
	if m[1] != "" {
		role = u[1] + " commander"
	}
	setRole(role)
	add(ca.ent, cb.ent, model.MemberOf, 0.75)
}
