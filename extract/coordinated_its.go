package extract

// "Blue Tide Digital Co., Ltd. and Golden Reed Co., Ltd. signed a lease. Its director, Wang
// Li, declined to comment." The earlier sentence names two bodies joined by "and"; "its" may
// stand for either, so the post goes to neither. The same check leaves "the company" open
// after two coordinated firms (coordinatedPeer in references.go); this reads it for a
// possessive "its" before a post with the holder's name. "The Karen Border Guard Force runs
// Battalion 1022. Its founder, General Saw Chit Thu": the subject and the body it runs, named
// as the verb's object, are of one kind; "its" may be either, and the nearer is as likely as
// the subject. Cases in coordinated_its_test.go.

import (
	"regexp"
	"slices"
	"strings"
)

// reControlVerb is the whole gap between a body and another it runs, owns or set up.
var reControlVerb = regexp.MustCompile(`^\s+(?:(?:also|still|now|effectively|directly|reportedly|allegedly)\s+)?(?:runs|ran|owns|owned|controls|controlled|commands|commanded|oversees|oversaw|founded|set\s+up|created|formed|operates|operated|manages|managed|leads|led|heads|headed|acquired|bought|absorbed)\s+(?:the\s+|a\s+|its\s+)?$`)

// controlledPeer reports that ent is followed in its sentence ms by another name of types, the
// object of a verb of control whose subject is ent.
func controlledPeer(text string, cands []candidate, ents []*docEntity, ms []int, ent int, types []string) bool {
	for i := 0; i+1 < len(ms); i++ {
		a, b := cands[ms[i]], cands[ms[i+1]]
		if a.ent != ent || b.ent < 0 || b.ent == ent || a.e > b.s || !slices.Contains(types, ents[b.ent].typ) {
			continue
		}
		if reControlVerb.MatchString(strings.ToLower(text[a.e:b.s])) {
			return true
		}
	}
	return false
}
