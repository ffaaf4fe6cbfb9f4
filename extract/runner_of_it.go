package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A site's operator told through "it" as the object of the runner's participle: "She is
// inside a place called Jade Park. The company running it is Golden Reed Technology." The
// description ("the company running it") is the copula's subject, the name after the copula
// the firm it describes, and "it" the one site named before (itAntecedent).

var (
	// reRunnerOfIt ends the words before "it": "the company running ", "the firm that
	// operates ", "the outfit behind ".
	reRunnerOfIt = regexp.MustCompile(`\bthe\s+(?:(?:real|actual|chinese|main)\s+)?(?:company|firm|group|outfit|operator|business|syndicate|gang)\s+(?:(?:that|which)\s+(?:runs|ran|operates|operated|manages|managed)|running|operating|managing|behind)\s+$`)
	// reRunnerCopula is the gap from "it" to the runner's name: " is ", " was reportedly ".
	reRunnerCopula = regexp.MustCompile(`^\s+(?:is|was)\s+(?:(?:reportedly|allegedly|apparently|said\s+to\s+be|believed\s+to\s+be)\s+)?$`)
)

// reRunnerDescription is a whole runner's description followed by its copula: "the company
// running it is ", "the firm that operates it was ".
var reRunnerDescription = regexp.MustCompile(`^the\s+(?:(?:real|actual|chinese|main)\s+)?(?:company|firm|group|outfit|operator|business|syndicate|gang)\s+(?:(?:that|which)\s+(?:runs|ran|operates|operated|manages|managed)|running|operating|managing|behind)\s+it\s+(?:is|was)\s`)

// runnerDescription reports that s opens with a runner's description of "it" and its copula:
// the description names the firm after the copula, not one named before.
func runnerDescription(s string) bool {
	return reRunnerDescription.MatchString(strings.ToLower(s))
}

// runnerOfIt reports that "it" at offsets s..e, in the sentence starting at from, is the
// object of a runner's description whose copula is followed by a firm or body's name (one of
// the sentence's mentions ms): only then does "it" stand for a site.
func runnerOfIt(text string, from, s, e int, cands []candidate, ents []*docEntity, ms []int) bool {
	if !reRunnerOfIt.MatchString(strings.ToLower(text[max(from, s-60):s])) {
		return false
	}
	for _, m := range ms {
		c := cands[m]
		if c.s > e && c.s-e <= 40 && c.ent >= 0 && (ents[c.ent].typ == model.Company || ents[c.ent].typ == model.Organization) {
			return reRunnerCopula.MatchString(strings.ToLower(text[e:c.s]))
		}
	}
	return false
}

// runnerPair reads "the company running it is X" between the reference "it" (ca, a site) and
// the firm named after the copula (cb).
func runnerPair(text string, st sentence, ca, cb candidate, ta, tb string) bool {
	if ta != model.Compound || tb != model.Company && tb != model.Organization || !strings.EqualFold(ca.text, "it") {
		return false
	}
	if !reRunnerOfIt.MatchString(strings.ToLower(text[max(st.s, ca.s-60):ca.s])) || !reRunnerCopula.MatchString(strings.ToLower(text[ca.e:cb.s])) {
		return false
	}
	return !possessiveFollows(text, cb.e) && !ownAgentModifies(text, cb.e)
}
