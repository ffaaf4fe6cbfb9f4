package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// reOwnRaidNoun follows a body's name that makes it the agent of the raid noun after it: "a
// PAOCC raid on", "an NBI-led raid", "the police's raids".
var reOwnRaidNoun = regexp.MustCompile(`^(?:'s|’s)?(?:-led)?\s+(?:raids?|swoop|crackdown)\b`)

// raidOwnAgent reports a body other than actor, among the sentence's later mentions ms, that
// the text names as the raid's own agent: "The Bureau of Immigration deported 137 workers
// arrested in a PAOCC raid on X" tells PAOCC's raid, and the bureau only acted after it.
func raidOwnAgent(text string, cands []candidate, ents []*docEntity, ms []int, actor int) bool {
	for _, m := range ms {
		c := cands[m]
		if c.ent < 0 || c.ent == actor || ents[c.ent].typ != model.Organization {
			continue
		}
		if reOwnRaidNoun.MatchString(text[c.e:min(len(text), c.e+24)]) {
			return true
		}
	}
	return false
}
