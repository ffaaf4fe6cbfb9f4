package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Designations told as a list the party was put on, or as the party being a target:
// "X was added to the U.S. Treasury's sanctions list", "X was placed on the SDN list by
// OFAC", "X, a target of OFAC sanctions since 2023,".
var (
	// reAddedToBodys follows the party up to the body whose list it was put on: " was added
	// to the ", ", which was placed on the ".
	reAddedToBodys = regexp.MustCompile(`^\s*,?\s*(?:(?:which|who)\s+)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|quietly|first)\s+)?(?:added|placed|put)\s+(?:(?:in|on)\s+[\w ]{1,20}?\s+)?(?:to|on)\s+(?:the\s+)?$`)
	// reAddedToListBy follows the party up to the body that put it on a list: " was placed
	// on the sdn list by ".
	reAddedToListBy = regexp.MustCompile(`^\s*,?\s*(?:(?:which|who)\s+)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|quietly|first)\s+)?(?:added|placed|put)\s+(?:to|on)\s+(?:the|its|a)\s+(?:(?:[\w.'’-]+\s+){0,3}?(?:sanctions|sdn|consolidated|designation|entity|nationals)\s+list|blacklist)\s+(?:(?:in|on)\s+[\w ]{1,20}?\s+)?by\s+(?:the\s+)?$`)
	// reTargetOfBodys is an apposition that makes the party a target of a body's sanctions:
	// ", a target of ", ", the main target of the ".
	reTargetOfBodys = regexp.MustCompile(`^\s*,\s*(?:a|the)\s+(?:[a-z-]+\s+)?targets?\s+of\s+(?:the\s+)?$`)
)

// sanctionListPair reads the shapes above between two mentions; it reports whether it read
// one. ca is the party, cb the body, gap the lower-cased words between.
func sanctionListPair(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	ta, eb := ents[ca.ent].typ, ents[cb.ent]
	if ta == model.Location || !(eb.typ == model.Organization || eb.typ == model.Location && isCountry(eb.name)) {
		return false
	}
	after := strings.ToLower(text[cb.e:min(len(text), cb.e+40)])
	switch {
	case reAddedToListBy.MatchString(gap):
		// "X was placed on the SDN list by OFAC".
	case (reAddedToBodys.MatchString(gap) || reTargetOfBodys.MatchString(gap)) && reSanctionsAfter.MatchString(after):
		// "X was added to the U.S. Treasury's sanctions list"; "X, a target of OFAC sanctions".
	default:
		return false
	}
	add(ca.ent, cb.ent, model.SanctionedBy, 0.8)
	return true
}
