package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// Guard commanders: a site guarded by men under the command of a named officer, who protects
// the site through them:
//   - "X was guarded by soldiers under the command of Colonel Y of the army",
//   - "Armed security at X was provided by soldiers of Brigade 42 under the command of
//     Colonel Y".
// The site is the one compound the sentence names before the guarding; a sentence that tells
// a raid, rescue or arrest (guard_acts.go) is left alone: men under a commander there are the
// raiders.

var (
	// reGuardedByCrew is the guarding passive with men as its agent: "was guarded by soldiers",
	// "was provided by troops".
	reGuardedByCrew = regexp.MustCompile(`(?i)\b(?:guarded|protected|manned|patrolled|provided)\s+by\s+(?:armed\s+|uniformed\s+)?(?:soldiers|troops|men|guards|officers|militiamen|fighters|gunmen|policemen|personnel)\b`)
	// reUnderCommandOf ends right before the commander: " under the command of Colonel ".
	reUnderCommandOf = regexp.MustCompile(`(?i)\bunder\s+the\s+(?:direct\s+|personal\s+)?command\s+of\s+(?:(?:the\s+)?(?:[A-Z][\w.-]*\.?\s+){0,3}?)?$`)
)

// guardCommanders reads the shapes above. emit gets the sentence, the commander, the site,
// the site's sentence and the span read.
func guardCommanders(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	isSite := siteMention(ents)
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 {
			continue
		}
		sent := text[st.s:st.e]
		if !mentionsAny(lowerASCII(sent), "under the command of", "under the direct command of", "under the personal command of") || reRaidScene.MatchString(sent) {
			continue // cheap test before the regular expressions
		}
		verb := reGuardedByCrew.FindStringIndex(sent)
		if verb == nil {
			continue
		}
		verbAt := st.s + verb[0]
		site, _, sites := sitesAround(cands, ms, isSite, verbAt)
		if sites != 1 || site < 0 {
			continue
		}
		for _, m := range ms {
			c := cands[m]
			if c.ent < 0 || ents[c.ent].typ != model.Person || c.s < verbAt || c.s-verbAt > 160 {
				continue
			}
			if reUnderCommandOf.MatchString(text[max(st.s, c.s-60):c.s]) {
				emit(si, c.ent, site, si, st.s, c.e)
				break
			}
		}
	}
}
