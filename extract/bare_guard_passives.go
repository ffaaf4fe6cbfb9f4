package extract

import (
	"regexp"
	"strings"
)

// A guard passive whose subject names no site: a pronoun or a bare part of the site ("it's
// guarded by DKBA soldiers", "The gate is guarded by guys from the provincial police", "the
// perimeter was guarded by soldiers wearing UWSA insignia"). The site is the one told before,
// found as for a bare part in the active (guard_acts.go); the passive itself is read by
// reGuardedByBody and reGuardedByMarks. The subject must head its clause, so "workers who
// left it were guarded by" (the men are guarded, not the site) is not read.

// reBareGuardSubject is the end of the words before the passive's verb: the clause's start
// (the sentence's, after a comma, a dash, "that" or a speech verb), then "it" or a part
// (guard_acts.go's guardPartW).
var reBareGuardSubject = regexp.MustCompile(`(?i)(?:^|[,:;]\s*|\s[—–-]\s+|\b(?:that|said|says|say|told\s+\w+)\s+)(?:it|(?:the|its)\s+(?:(?:main|front|outer|back|rear|side|only|inner)\s+)?` + guardPartW + `(?:\s+and\s+(?:the\s+|its\s+)?` + guardPartW + `)?)\s*$`)

// bareGuardSubject reports that the words of the sentence before a guard passive's verb end
// in a bare subject that heads its clause.
func bareGuardSubject(before string) bool {
	return reBareGuardSubject.MatchString(before)
}

// reOtherBuilding is a building or a place other than the site, told with its common noun:
// "bought a hotel in Yangon", "visited the BGF base nearby", "keeps a mansion". "It" or "the
// gate" after it may be that building's. ("houses", "markets" are verbs too: singular only.)
var reOtherBuilding = regexp.MustCompile(`(?i)\b(?:a|an|the|this|that|another|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:hotels?|mansions?|house|villas?|base|offices?|camp|warehouses?|buildings?|port|airports?|market|apartments?|condominiums?|condos?|residences?|factory|factories|hospitals?|schools?|temples?|churches|church|restaurants?|shops?|malls?|stations?|prisons?|jails?|embassy|farms?|plantations?|mines?|piers?|docks?|headquarters|barracks|homes?)\b`)

// otherBuildingSince reports a building or place other than the site told between the last
// mention of site in sentences from to si that ends by off ("it" itself aside) and off: "KK
// Park lies near Myawaddy. Li Ming also bought a hotel in Yangon. It's guarded by BGF soldiers."
// The site stays when no mention of it is found there.
func otherBuildingSince(text string, cands []candidate, bySent map[int][]int, site, from, si, off int) bool {
	for k := si; k >= max(0, from); k-- {
		end := -1
		for _, m := range bySent[k] {
			if c := cands[m]; c.ent == site && c.e <= off && !strings.EqualFold(c.text, "it") {
				end = c.e
			}
		}
		if end >= 0 {
			return reOtherBuilding.MatchString(text[end:off])
		}
	}
	return false
}
