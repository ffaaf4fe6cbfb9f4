package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Raids told through what the raiders did at the site or as a noun with its agent:
//   - people rescued or freed from a site, in the active or the passive: "the PNP rescued
//     300 workers from X", "200 workers were rescued from X by the PNP", "workers freed by
//     the PNP from X";
//   - a site shut down or sealed off: "the KNA shut down X", "X was sealed off by the
//     police";
//   - a raid named as a noun with its agent before its site: "a raid by the PNP on X".
// The agent must be a body that can raid: police, military, government, or an armed group.

// rescueWhen is a time told between a site and its raider: "on 3 May", "in March 2024",
// "last week".
const rescueWhen = `(?:(?:on|in)\s+(?:\d{1,2}\s+)?[a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?|(?:last|this|early|late)\s+[a-z]+)`

// rescuedPeopleW are the people a raid frees.
const rescuedPeopleW = `(?:workers|people|victims|nationals|foreigners|citizens|employees|men|women|detainees|persons|individuals|captives|hostages)`

var (
	// reRescuedFrom follows a body up to the site it freed people from: " rescued more than
	// 300 foreign workers from the", " on Tuesday removed 212 foreign workers, among them 87
	// Indonesians, from the".
	reRescuedFrom = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:has|have|had|also|then|later|jointly|reportedly|on\s+\w+|last\s+\w+|this\s+\w+)\s+)*(?:rescued|freed|evacuated|liberated|removed)\s+(?:(?:more\s+than|over|nearly|about|some|at\s+least|around|almost)\s+)?(?:[\d,]+|dozens|hundreds|thousands|scores|[a-z]+)\s+(?:(?:of\s+)?[\w-]+\s+){0,4}?` + rescuedPeopleW + `(?:\s*,[^.;,]{1,40},\s*|\s+(?:[^.;]{0,40}?\s)?)(?:from|held\s+at|held\s+in|trapped\s+in|inside)\s+(?:the\s+)?$`)
	// reShutSite follows a body up to a site it shut: " shut down the", " on Friday sealed
	// off".
	reShutSite = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:has|have|had|also|then|later|jointly|reportedly|on\s+\w+|last\s+\w+|this\s+\w+)\s+)*(?:shut\s+down|closed\s+down|sealed\s+off|padlocked)\s+(?:the\s+)?$`)
	// reSiteShutBy follows a site up to the body that shut it: " was sealed off by the".
	reSiteShutBy = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:(?:later|also|finally|eventually|reportedly)\s+)*(?:shut\s+down|closed\s+down|sealed\s+off|padlocked)\s+(?:` + rescueWhen + `\s+)?by\s+(?:the\s+)?(?:` + raidCrewW + `\s+(?:of|from)\s+(?:the\s+)?)?$`)
	// reRescuedFromBefore ends right before a site people were freed from in the passive,
	// and reByAgentGap follows the site up to the agent: "were rescued from the", " by the".
	reRescuedFromBefore = regexp.MustCompile(`(?i)\b` + rescuedPeopleW + `\s+(?:were|was|had\s+been|have\s+been)\s+(?:(?:later|also|reportedly)\s+)?(?:rescued|freed|evacuated|liberated)\s+from\s+(?:the\s+)?$`)
	// The agent may be named through the raid: " in an operation conducted by the", "
	// during a joint raid by the".
	reByAgentGap = regexp.MustCompile(`^\s*(?:(?:compound|hub|park|complex|resort|casino)\s+)?(?:` + rescueWhen + `\s+)?(?:,?\s*(?:in|during)\s+(?:a|an|the)\s+(?:(?:joint|police|military|dawn|night)\s+)?(?:raid|operation|crackdown|sweep)\s+(?:(?:jointly\s+)?(?:carried\s+out|conducted|led|mounted|launched|staged)\s+)?)?by\s+(?:the\s+)?(?:` + raidCrewW + `\s+(?:of|from)\s+(?:the\s+)?)?$`)
	// reFreedByBefore ends right before a body that freed people, and reFromSiteGap follows
	// it up to the site: "workers freed by the", " from the".
	reFreedByBefore = regexp.MustCompile(`(?i)\b` + rescuedPeopleW + `\s+(?:(?:who\s+were|were)\s+)?(?:rescued|freed|evacuated|liberated)\s+by\s+(?:the\s+)?(?:` + raidCrewW + `\s+(?:of|from)\s+(?:the\s+)?)?$`)
	reFromSiteGap   = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:on|in|last|this)\s+[\w ,]{1,20}?\s+)?from\s+(?:the\s+)?$`)
	// reRescueRaidByBefore ends right before the agent of a raid named as a noun, and reRescueRaidOnGap
	// follows it up to the site: "a raid by the", " on the".
	reRescueRaidByBefore = regexp.MustCompile(`(?i)\b(?:raid|raids|crackdown|sweep|search)\s+by\s+(?:the\s+)?(?:` + raidCrewW + `\s+(?:of|from)\s+(?:the\s+)?)?$`)
	// reRemovedGap is the removal told in reRescuedFrom, and reMovedOnAfter what after the site
	// makes it a move, not a rescue: "to hide them from police", "and moved them to Y Park".
	reRemovedGap      = regexp.MustCompile(`\bremoved\b`)
	reMovedOnAfter    = regexp.MustCompile(`(?i)^[^.;]{0,60}?\b(?:to\s+(?:hide|keep|avoid|evade|escape|shield|conceal)|(?:moved|transferred|relocated|shifted|took|taken|sent|bused|trucked)\s+(?:them|the\s+\w+)|to\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:Park|Zone|Compound|Complex|Resort|Casino|Hub|City|Garden|Gardens|Village)\b|to\s+(?:another|a\s+(?:new|second|different|nearby|other))\s+(?:site|compound|building|park|complex))`)
	reRescueRaidOnGap = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:on|in)\s+\d[\w ,]{0,20}?\s+|last\s+\w+\s+)?(?:on|at|of|against|inside)\s+(?:the\s+)?$`)
)

// raidRescuePair reads the shapes above between two mentions of one sentence; it reports
// whether it read one. ca is the first mention, gap the lower-cased words between.
func raidRescuePair(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	raider := func(e *docEntity) bool {
		return mayJoinRaid(e) || e.typ == model.Organization && sectorOf(e.name) == model.SectorArmedGroup
	}
	ea, eb := ents[ca.ent], ents[cb.ent]
	before := strings.ToLower(text[max(0, ca.s-80):ca.s])
	// "removed" frees people only when a state body removes them from a site, and not on to
	// another place: "the KNA removed 300 workers from X to hide them from police".
	removal := reRemovedGap.MatchString(gap) && (!jointSectors[sectorOf(ea.name)] || reMovedOnAfter.MatchString(text[cb.e:min(len(text), cb.e+160)]))
	switch {
	case raider(ea) && eb.typ == model.Compound && !removal &&
		(reRescuedFrom.MatchString(gap) || reShutSite.MatchString(gap) ||
			reFreedByBefore.MatchString(before) && reFromSiteGap.MatchString(gap) ||
			reRescueRaidByBefore.MatchString(before) && reRescueRaidOnGap.MatchString(gap)):
		// "the PNP rescued 300 workers from X"; "the KNA shut down X"; "workers freed by the
		// PNP from X"; "a raid by the PNP on X".
		add(ca.ent, cb.ent, model.Raided, 0.75)
	case ea.typ == model.Compound && raider(eb) &&
		(reSiteShutBy.MatchString(gap) || reRescuedFromBefore.MatchString(before) && reByAgentGap.MatchString(gap)):
		// "X was sealed off by the police"; "200 workers were rescued from X by the PNP".
		add(cb.ent, ca.ent, model.Raided, 0.75)
	default:
		return false
	}
	return true
}
