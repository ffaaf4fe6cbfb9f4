package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// "Battalion 1023 of the Karen Border Guard Force, led by Saw Chit Thu, guards the site": a
// participle set off after "N of X", where N is itself a named body, may close either name's
// phrase; a reader cannot tell whether Y leads the battalion or the force. The passive gives
// neither (an earlier rule that gave the battalion was withdrawn for the same doubt). "the
// chairman of X, founded by Y" (N no name) still reads X. Cases in of_head_participles_test.go.

// reBareOfGap is the gap between the head name and the first name: " of ", " of the ".
var reBareOfGap = regexp.MustCompile(`^\s+of\s+(?:the\s+)?$`)

// namedOfHead reports that the first name of a passive, ms[p], follows another named body
// through a bare "of", and the passive's gap opens with a comma.
func namedOfHead(text string, cands []candidate, ents []*docEntity, ms []int, p int, gap string) bool {
	if p == 0 || !strings.HasPrefix(strings.TrimSpace(gap), ",") {
		return false
	}
	prev, cur := cands[ms[p-1]], cands[ms[p]]
	if prev.ent < 0 || prev.ent == cur.ent || prev.e > cur.s {
		return false
	}
	switch ents[prev.ent].typ {
	case model.Organization, model.Company, model.Compound:
	default:
		return false
	}
	return reBareOfGap.MatchString(strings.ToLower(text[prev.e:cur.s]))
}
