package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// A raid told of a site's parts: "Lao police raided more than a dozen buildings inside the
// Golden Triangle Special Economic Zone", "troops stormed two towers at X". Buildings,
// towers or floors of a compound raided are the compound raided.

// reRaidedPartsOf follows a raiding body up to the site whose parts it raided.
var reRaidedPartsOf = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:also|jointly|then|later|reportedly|on\s+\w+|had|have|has)\s+)*(?:raided|stormed|searched|swept)\s+(?:(?:more\s+than|at\s+least|some|nearly|about|over)\s+)?(?:a\s+dozen|dozens\s+of|several|two|three|four|five|six|seven|eight|nine|ten|\d+|a|an|the)?\s*(?:of\s+the\s+)?(?:[\w-]+\s+)?(?:buildings|building|towers|tower|blocks|block|floors|dormitories|compounds\s+and\s+buildings)\s+(?:in|inside|at|within|of|across)\s+(?:the\s+)?$`)

// raidPartsPair reads the shape above between two mentions; it reports whether it read one.
func raidPartsPair(ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	if ents[ca.ent].typ != model.Organization || ents[cb.ent].typ != model.Compound || !reRaidedPartsOf.MatchString(gap) {
		return false
	}
	add(ca.ent, cb.ent, model.Raided, 0.8)
	return true
}

// A raid told through what it did to the site, or as a noun with a light verb: "X was shut
// down after a raid by the NBI", "the NBI conducted a search of X", "the police cracked down
// on X".
var (
	// reClosedAfterRaidBy follows a site up to the body whose raid closed or emptied it.
	reClosedAfterRaidBy = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:[\w-]+\s+){1,5}?(?:after|following|during|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:raid|raids|operation|crackdown|sweep|search)\s+(?:(?:carried\s+out|conducted|led|mounted)\s+)?by\s+(?:the\s+)?(?:` + raidMen + `)?$`)
	// reLightRaidVerb follows a body up to the site of the raid it made: " conducted a
	// search of the", " cracked down on".
	reLightRaidVerb = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:also|jointly|has|have|had|then|later|on\s+\w+)\s+)*(?:(?:conducted|carried\s+out|mounted|launched|staged)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?search\s+(?:of|at|inside)|cracked\s+down\s+on|swooped\s+down\s+on)\s+(?:the\s+)?$`)
)

// raidDeedPair reads the shapes above between two mentions; it reports whether it read one.
func raidDeedPair(ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	ta, tb := ents[ca.ent].typ, ents[cb.ent].typ
	switch {
	case ta == model.Compound && tb == model.Organization && reClosedAfterRaidBy.MatchString(gap):
		add(cb.ent, ca.ent, model.Raided, 0.8)
	case ta == model.Organization && tb == model.Compound && reLightRaidVerb.MatchString(gap):
		add(ca.ent, cb.ent, model.Raided, 0.8)
	default:
		return false
	}
	return true
}
