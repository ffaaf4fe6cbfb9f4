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
