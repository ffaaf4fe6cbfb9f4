package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// An owner that also runs the site, told in a relative clause after the passive owner:
// "X is owned by A, which also runs the gaming floors", "X was owned by A, who ran it": A
// operates X as well as owning it. The clause must end the sentence on the site's own parts
// ("the floors", "the site", "it"): "which also runs a casino in Phnom Penh", "which runs
// the Red Lantern Casino" or "which runs the neighbouring hotel" name another place, and
// "which also owns ..." is no running.

var (
	// The passive owner between the site and the agent: "is owned by", ", which was held by".
	reOwnedByGap = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|still\s+|now\s+|reportedly\s+|allegedly\s+|ultimately\s+)?(?:owned|held|controlled)\s+by\s+(?:the\s+)?$`)
	// The clause after the agent, to the sentence's end: ", which also runs the gaming floors.".
	reAlsoRunsIt = regexp.MustCompile(`^\s*,\s*(?:which|who)\s+(?:also\s+|still\s+|itself\s+|now\s+)?(?:runs|ran|operates|operated|manages|managed)\s+(?:it|(?:the|its)(?:\s+[a-z-]+){1,3}?)\s*(?:[.;]|$)`)
	// The first of two coordinated sites before a plural passive of running: "and a second
	// compound, site, were developed and are run by", "and site are operated by".
	reCoSiteRunBy = regexp.MustCompile(`^\s*,?\s*and\s+(?:(?:a|the|its)\s+(?:second|third|smaller|larger|sister|newer|older)\s+(?:compound|site|park|complex|zone)\s*,\s*)?site\s*,?\s+(?:were|are|have\s+been)\s+(?:(?:both\s+)?(?:built|developed|constructed|established|founded|financed)\s+and\s+(?:are\s+|were\s+|have\s+been\s+)?(?:still\s+|since\s+)?)?(?:both\s+)?(?:run|operated|managed)\s+by\s+(?:the\s+)?$`)
	// A site, a colon and a bare description closed by a participle of running: "Boten Sky
	// Tower: building developed and run by".
	reColonRunBy = regexp.MustCompile(`^\s*:\s*(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:building|compound|complex|tower|site|park|casino|hotel|resort|zone|hub)\s+(?:(?:built|developed|constructed|financed)\s+and\s+(?:is\s+)?)?(?:run|operated|managed)\s+by\s+(?:the\s+)?$`)
	// Words that set the description beside the site, not on it: "next to a building run by".
	reColonBeside = regexp.MustCompile(`\b(?:near|next|beside|opposite|behind|across|from|to|like|other|another|neighbou?ring|nearby|adjacent)\b`)
	// Words that turn "the ..." into another place than the site.
	reOtherPlace = regexp.MustCompile(`\b(?:other|another|neighbou?ring|nearby|adjacent|next|rival|second|nearest)\b`)
)

// coSiteRunBy adds the runner of the first of two sites joined before a plural passive: "A
// and a second compound, B, were developed and are run by X": X operates A (the pair B, X
// is read by the passive rules).
func coSiteRunBy(ta, tb string, a, b int, gap string, add func(a, b int, pred string, conf float64)) {
	if ta == model.Compound && agentType(tb) && reCoSiteRunBy.MatchString(gap) {
		add(b, a, model.Operates, 0.7)
	}
}

// colonRunBy adds the runner named after a colon and a bare description of the site:
// "Boten Sky Tower: building developed and run by X": X operates it.
func colonRunBy(ta, tb string, a, b int, gap string, add func(a, b int, pred string, conf float64)) {
	if ta == model.Compound && agentType(tb) && reColonRunBy.MatchString(gap) && !reColonBeside.MatchString(gap) {
		add(b, a, model.Operates, 0.7)
	}
}

// ownerAlsoRuns adds the OPERATES tie of "X is owned by A, which also runs the floors" beside
// the owner's tie, which other rules read; it reports nothing so they still run.
func ownerAlsoRuns(text string, cb candidate, ta, tb string, a, b int, gap string, add func(a, b int, pred string, conf float64)) {
	if ta != model.Compound || !agentType(tb) || !reOwnedByGap.MatchString(gap) {
		return
	}
	after := text[cb.e:min(len(text), cb.e+120)]
	m := reAlsoRunsIt.FindString(after)
	if m == "" || reOtherPlace.MatchString(strings.ToLower(m)) {
		return
	}
	add(b, a, model.Operates, 0.7)
}
