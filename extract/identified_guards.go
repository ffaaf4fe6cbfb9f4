package extract

import "regexp"

// Identified guards: witnesses who saw a site's guards and then say whose men they were:
// "it was guarded by armed men they identified as soldiers of the DKBA"; "survivors described
// armed men in uniform guarding the gates, whom they identified as soldiers of the MKAA". The
// body comes after the act, through the witnesses' identification; the site is the one told
// before (guardActs' siteBefore).
//
// siteBefore reaches past its three sentences only for the page's topic: the one site the
// page has named, named in two sentences or more ("Golden Lotus Park, a walled cluster ...
// [five sentences of ownership] ... The men said officers of X guarded the main gate").

var (
	// reIdentifiedCrewOf ends right before the body: "men they identified as soldiers of the",
	// ", whom they identified as members of the".
	reIdentifiedCrewOf = regexp.MustCompile(`(?i)\b(?:whom|who|that)?\s*(?:they|we|survivors|witnesses|workers|residents|villagers|he|she)\s+(?:identified|recognised|recognized)\s+as\s+(?:armed\s+|uniformed\s+)?` + guardCrewW + `\s+(?:of|from)\s+(?:the\s+)?$`)
	// reGuardActBefore is the guard act the identification follows: "guarded by armed men",
	// "men in uniform guarding the gates".
	reGuardActBefore = regexp.MustCompile(`(?i)\b(?:(?:guarded|manned|patrolled|protected)\s+by\s+(?:(?:armed|uniformed)\s+)?` + guardCrewW + `|` + guardCrewW + `\s+(?:in\s+uniforms?\s+|with\s+(?:guns|rifles|weapons)\s+)?(?:guarding|manning|patrolling|standing\s+guard|(?:who\s+)?(?:guarded|manned|patrolled|stood\s+guard)))\b`)
)

// identifiedGuards reports that the words before a body (up to its sentence's start, at
// most 200 bytes) tell a guard act and then identify the guards as the body's men.
func identifiedGuards(before string) bool {
	loc := reIdentifiedCrewOf.FindStringIndex(before)
	if loc == nil {
		return false
	}
	return reGuardActBefore.MatchString(before[:loc[0]])
}

// namedInSentences reports that entity ent is named in at least n of the sentences before si
// (as far back as soleAntecedent reads).
func namedInSentences(cands []candidate, bySent map[int][]int, ent, si, n int) bool {
	seen := 0
	for sj := si - 1; sj >= 0 && sj >= si-maxFarBack; sj-- {
		for _, m := range bySent[sj] {
			if cands[m].ent == ent {
				seen++
				break
			}
		}
		if seen >= n {
			return true
		}
	}
	return false
}
