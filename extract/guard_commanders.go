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
//   - "Y is a major in the KNA who commands the unit guarding the perimeter of X", "Y, who
//     commands the battalion that guards X", "Y is a colonel in the DKBA, an armed group, and
//     commands the DKBA battalion that guards the perimeter and checkpoints of X": the officer
//     is the subject of "commands", the unit he commands guards the site named right after.
// For the passives, the site is the one compound the sentence names before the guarding; a sentence that tells
// a raid, rescue or arrest (guard_acts.go) is left alone: men under a commander there are the
// raiders.

var (
	// reGuardedByCrew is the guarding passive with men as its agent: "was guarded by soldiers",
	// "was provided by troops".
	reGuardedByCrew = regexp.MustCompile(`(?i)\b(?:guarded|protected|manned|patrolled|provided)\s+by\s+(?:armed\s+|uniformed\s+)?(?:soldiers|troops|men|guards|officers|militiamen|fighters|gunmen|policemen|personnel)\b`)
	// reUnderCommandOf ends right before the commander: " under the command of Colonel ".
	reUnderCommandOf = regexp.MustCompile(`(?i)\bunder\s+the\s+(?:direct\s+|personal\s+)?command\s+of\s+(?:(?:the\s+)?(?:[A-Z][\w.-]*\.?\s+){0,3}?)?$`)
	// reCommandsGuardUnit runs from the officer to the site his unit guards: the officer as
	// the subject of "commands" (directly, through ", who", through "is a <post> who", or
	// through "is a <post>, and"), the unit, and its guarding verb with the guarded parts.
	reCommandsGuardUnit = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*who\s+|\s+(?:is|was)\s+(?:a|an|the)\s+[^;:."“”]{1,100}?(?:\s+who\s+|,?\s+and\s+)|\s+)(?:(?:also|now|personally|reportedly|allegedly)\s+)?(?:commands|commanded|leads|led|heads|headed)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:unit|battalion|brigade|company|detachment|troops|regiment|platoon|soldiers|militiamen)\s+(?:(?:that|which|who)\s+)?(?:(?:reportedly|allegedly|also|still)\s+)?(?:guards|guarded|guarding|protects|protected|protecting|mans|manned|manning|patrols|patrolled|patrolling)\s+(?:the\s+)?(?:` + guardPartW + `(?:\s*(?:,|and)\s+(?:the\s+)?` + guardPartW + `)*\s+(?:of|around|at)\s+(?:the\s+)?)?$`)
	// reCommanderNotSelf is a description that makes the commander someone else than the
	// person named: a relative or partner ("the brother of the colonel who commands"), or the
	// man of another ("a friend of the officer who").
	// reCommandDeniedLead is a denial before the officer's mention: "Y denied that he commands
	// the unit that guards X".
	reCommandDeniedLead = regexp.MustCompile(`(?i)\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|disputed|disputes|not|never)\b`)
	reCommanderNotSelf  = regexp.MustCompile(`(?i)\b(?:friend|partner|associate|relative|brother|sister|son|daughter|wife|husband|nephew|niece|cousin|father|mother|in-law|aide|deputy|driver|bodyguard|spokes\w*|lawyer|whose|not|never|no\s+longer|denied|denies)\b`)
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
		if reRaidScene.MatchString(sent) {
			continue // men under a commander in a raid are the raiders
		}
		if mentionsAny(lowerASCII(sent), "command", "lead", "led ", "head") {
			commandedGuards(text, st, cands, ents, ms, isSite, func(a, b, s, e int) { emit(si, a, b, si, s, e) })
		}
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

// commandedGuards reads the officer who commands the unit guarding a site: for each person of
// the sentence, the first site after him, with no other person between, through
// reCommandsGuardUnit. emit gets the officer, the site and the span read.
func commandedGuards(text string, st sentence, cands []candidate, ents []*docEntity, ms []int, isSite func(candidate) bool, emit func(a, b, s, e int)) {
	for i, m := range ms {
		c := cands[m]
		if c.ent < 0 || ents[c.ent].typ != model.Person {
			continue
		}
		for _, n := range ms[i+1:] {
			d := cands[n]
			if d.s < c.e || d.ent == c.ent {
				continue
			}
			if d.s-c.e > 260 {
				break // beyond the clause's reach: the scan stays linear in the sentence
			}
			if d.ent >= 0 && ents[d.ent].typ == model.Person {
				break // another person stands between: he may be the commander
			}
			if !isSite(d) {
				continue
			}
			if gap := text[c.e:d.s]; len(gap) <= 260 && reCommandsGuardUnit.MatchString(gap) && !reCommanderNotSelf.MatchString(gap) && !reCommandDeniedLead.MatchString(text[max(st.s, c.s-120):c.s]) {
				emit(c.ent, d.ent, c.s, d.e)
			}
			break
		}
	}
}
