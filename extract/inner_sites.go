package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A site inside a site is the subject of the passive after both. In "Jade Lotus Tower inside
// the Golden Triangle Special Economic Zone was operated by Sanxing Network", "inside the
// zone" places the tower; the tower was operated, not the zone. The zone only modifies the
// noun phrase, so a passive reading the nearer name would give the enclosing site a tie of
// one building in it.

// reInsideGap is the gap between the inner site and the enclosing one.
var reInsideGap = regexp.MustCompile(`^\s+(?:inside|within|in)\s+(?:the\s+)?$`)

// reInnerPassive is the gap between the enclosing site and the passive's agent: " was
// operated by ", ", were raided by ". Group 1 is the verb.
var reInnerPassive = regexp.MustCompile(`^\s*,?\s*(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:also|reportedly|allegedly|jointly|later|then|first)\s+)?(operated|run|managed|built|developed|owned|raided|guarded|protected)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?$`)

// innerSitePredicates map the passive's verb to the tie its agent has with the site.
var innerSitePredicates = map[string]string{
	"operated": model.Operates, "run": model.Operates, "managed": model.Operates, "built": model.Operates,
	"developed": model.Operates, "owned": model.Owns, "raided": model.Raided, "guarded": model.Protects,
	"protected": model.Protects,
}

// innerSitePair reads the pair of the enclosing site (mention p) and the passive's agent
// (mention q) when a site inside it is named right before: the tie goes to the inner site,
// through add, and the pair is read no further (true).
func innerSitePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) bool {
	if p == 0 || q != p+1 {
		return false
	}
	in, outer, agent := cands[ms[p-1]], cands[ms[p]], cands[ms[q]]
	if in.ent < 0 || outer.ent < 0 || agent.ent < 0 || in.ent == outer.ent || in.e > outer.s || outer.e > agent.s ||
		ents[in.ent].typ != model.Compound || ents[outer.ent].typ != model.Compound || !reInsideGap.MatchString(text[in.e:outer.s]) {
		return false
	}
	m := reInnerPassive.FindStringSubmatch(strings.ToLower(text[outer.e:agent.s]))
	if m == nil {
		return false
	}
	pred := innerSitePredicates[m[1]]
	if ta := ents[agent.ent].typ; ta == model.Organization && pred != model.Raided && pred != model.Protects && pred != model.Owns ||
		ta != model.Organization && (pred == model.Raided || pred == model.Protects) || ta == model.Location || ta == model.Compound {
		return true // the enclosing site takes no tie here either way
	}
	add(agent.ent, in.ent, pred, 0.8)
	return true
}
