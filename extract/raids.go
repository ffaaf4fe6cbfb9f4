package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// Raids told in shapes the gap rules of relations.go and raidEvents leave out.
var (
	// raidMen are the members through whom a body acts: "troops of the", "agents from".
	raidMen = `(?:(?:troops|soldiers|officers|agents|personnel|members|operatives|policemen|men|investigators|units?|elements)\s+(?:of|from)\s+(?:the\s+)?)`
	// reRaidedByMen follows a site raided by a body's members: " was stormed by troops of
	// the", " were searched by agents from the".
	reRaidedByMen = regexp.MustCompile(`^\s*(?:(?:compound|compounds|casino|resort|park|zone|complex|hub)\s*)?,?\s*(?:(?:which|that)\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:later|also|first|reportedly|jointly)\s+)*(?:raided|stormed|searched)\s+(?:(?:on|in|last|this)\s+[\w ]{1,25}?\s+)?by\s+(?:the\s+)?(?:armed\s+)?` + raidMen + `$`)
	// reApposRaided is a site's apposition that a participle raided: ", the porac compound
	// raided last month by the", ", a casino that was raided in june by".
	reApposRaided = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:compound|complex|casino|resort|park|hub|site|facility|building|tower|zone|estate)\s+(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:raided|stormed|searched)\s+(?:(?:on|in|last|this|earlier|late|early)\s+[\w ]{1,25}?\s+)?by\s+(?:the\s+)?(?:` + raidMen + `)?$`)
	// reDuringRaidOn ends the fronted phrase before the site: "During a raid on the", "In an
	// operation at".
	reDuringRaidOn = regexp.MustCompile(`(?i)(?:^|[.;:]\s+|\n)\s*(?:during|in|in\s+the\s+course\s+of|after|following)\s+(?:a|an|the|their|its|last\s+\w+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:raid|raids|operation|crackdown|sweep|search)\s+(?:on|at|of|against|targeting)\s+(?:the\s+)?$`)
	// reRaidFrontedActor follows that site up to the body that acts: ", officers of the",
	// " on monday, the".
	reRaidFrontedActor = regexp.MustCompile(`^\s*(?:compound|casino|resort|park|complex|hub\s*)?(?:\s+(?:on|in|last)\s+[\w ]{1,20}?)?\s*,\s*(?:the\s+)?(?:` + raidMen + `)?$`)
	// reActs follows the body: it acts in the raid ("rescued", "arrested", "detained").
	reActs = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:also|reportedly|jointly)\s+)?(?:rescued|arrested|detained|freed|seized|found|recovered|confiscated|apprehended|intercepted|took|removed|evacuated)\b`)
)

// A raid named as a noun with its raiders and then its site: "A joint raid by the Royal Thai
// Police and the DSI on Sapphire Park freed 80." reRaidNounByBefore ends right before a raider
// (the first, or one joined by "and"); reRaidOnGap runs from it to the site.
var (
	reRaidNounByBefore = regexp.MustCompile(`(?i)\b(?:raid|raids|operation|crackdown|sweep|search)\s+(?:(?:carried\s+out|conducted|led|mounted|launched)\s+)?by\s+(?:the\s+)?(?:[^,;.]{1,80}?\s+(?:and|with)\s+(?:the\s+)?)?$`)
	reRaidOnGap        = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:and|with)\s+(?:the\s+)?[^,;.]{1,80}?)?\s*(?:on|at|against|targeting)\s+(?:the\s+)?$`)
)

// reSwoopedOn: a body that swooped or descended on a site: " swooped on", " descended upon
// the". reTargetOfRaid: a site that was the target of a body's raid: " was the target of a
// raid by the".
var (
	reSwoopedOn    = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:also|jointly|reportedly|then|later|on\s+\w+)\s+)*(?:swooped|swoops|swoop|descended|descends|descend)\s+(?:on|upon)\s+(?:the\s+)?$`)
	reTargetOfRaid = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:was|were|has\s+been|had\s+been|became)\s+(?:the\s+)?(?:target|site|scene)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:raid|operation|crackdown|sweep)\s+(?:(?:carried\s+out|conducted|led|mounted)\s+)?by\s+(?:the\s+)?$`)
)

// raidPair reads the raid shapes above between two mentions of one sentence; it reports
// whether it read one. ca is the first mention, gap the lower-cased words between.
func raidPair(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	if raidOnOther(text, ents, ca, cb, gap) {
		return false // "X was arrested after a raid by the NBI on his apartment" (false_ties.go)
	}
	if raidJointPair(text, ents, ca, cb, gap, add) || raidShapePair(text, ents, ca, cb, gap, add) || raidPartsPair(ents, ca, cb, gap, add) || raidDeedPair(ents, ca, cb, gap, add) {
		return true
	}
	a, b := ca.ent, cb.ent
	ta, tb := ents[a].typ, ents[b].typ
	switch {
	case ta == model.Organization && tb == model.Compound && reRaidOnGap.MatchString(gap) && reRaidNounByBefore.MatchString(text[max(0, ca.s-120):ca.s]):
		// "A joint raid by the Royal Thai Police and the DSI on Sapphire Park".
		add(a, b, model.Raided, 0.8)
	case ta == model.Organization && tb == model.Compound && reSwoopedOn.MatchString(gap):
		// "Officers from the PNP swooped on Silver Moon Hub".
		add(a, b, model.Raided, 0.8)
	case ta != model.Compound || tb != model.Organization:
		return false
	case reRaidedByMen.MatchString(gap) || reApposRaided.MatchString(gap) || reTargetOfRaid.MatchString(gap):
		// "Moonlight Garden was stormed by troops of the KNU"; "Golden Palm Resort, the
		// compound raided last month by the PAOCC".
		add(b, a, model.Raided, 0.8)
	case reRaidFrontedActor.MatchString(gap) && reDuringRaidOn.MatchString(text[max(0, ca.s-60):ca.s]) && reActs.MatchString(text[cb.e:min(len(text), cb.e+40)]):
		// "During a raid on Sunrise Tower, officers of the PNP rescued 300 workers."
		add(b, a, model.Raided, 0.8)
	default:
		return false
	}
	return true
}
