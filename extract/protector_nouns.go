package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// Protection told with a noun for the protector or with a verb of leading a site's security:
//
//   - "the Karen National Army is the protector of X", "General K, widely seen as X's
//     protector";
//   - "Saw Min, a DKBA colonel, oversees security at X", "the militia runs the guard at X".
var (
	// reProtectorOf follows a body or official up to the site it is the protector of: " is
	// the main protector of the", ", who acts as the guardian of".
	reProtectorOf = regexp.MustCompile(`^\s*,?\s*(?:(?:who|which)\s+)?(?:(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:widely|often|generally|locally)\s+)?(?:seen|regarded|described|known)\s+as\s+|(?:is|was|are|were|has\s+been|had\s+been|became|becomes|remains|remained|acts\s+as|acted\s+as|serves\s+as|served\s+as)\s+)(?:(?:reportedly|allegedly|widely|long|also|still|effectively)\s+)*(?:the|a|an)\s+(?:(?:main|chief|key|principal|real|armed|political|powerful)\s+)?(?:protector|guardian)s?\s+of\s+(?:the\s+)?$`)
	// reSiteProtector follows a site up to its protector named next: "'s protector, ", "'s
	// main protector, the".
	reSiteProtector = regexp.MustCompile(`^['’]s\s+(?:(?:main|chief|key|principal|real|armed|political|powerful)\s+)?(?:protector|guardian)s?\s*,?\s*(?:the\s+)?$`)
	// reLeadsSecurityAt follows a body or official (an apposition between) up to the site
	// whose security it leads: ", a DKBA colonel, oversees security at the".
	reLeadsSecurityAt = regexp.MustCompile(`^\s*(?:,[^,;]{1,50},\s*)?(?:(?:also|reportedly|allegedly|personally|still|now)\s+)*(?:heads|headed|oversees|oversaw|runs|ran|commands|commanded|manages|managed|leads|led|supervises|supervised|coordinates|coordinated)\s+(?:the\s+)?(?:armed\s+)?(?:security|protection|guard|guards|guard\s+force)\s+(?:at|of|for|around|inside)\s+(?:the\s+)?$`)
)

// protectorPair reads the forms above between two mentions of one sentence; it reports
// whether it read one. ca is the first mention, gap the lower-cased words between.
func protectorPair(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	a, b := ca.ent, cb.ent
	ta, tb := ents[a].typ, ents[b].typ
	guard := agentType
	switch {
	case guard(ta) && tb == model.Compound && (reProtectorOf.MatchString(gap) || reLeadsSecurityAt.MatchString(gap)):
		// "The KNA is the protector of X"; "Saw Min, a DKBA colonel, oversees security at X".
		add(a, b, model.Protects, 0.75)
	case ta == model.Compound && guard(tb) && reSiteProtector.MatchString(gap):
		// "X's protector, General K".
		add(b, a, model.Protects, 0.75)
	default:
		return false
	}
	return true
}
