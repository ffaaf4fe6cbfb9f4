package extract

import "regexp"

// "Kong Visal owns the plaza. His daughter is Kong Dara.": a relative named through a
// possessive pronoun and a copula, the relative noun first (copula_kin.go reads the other
// order, "Kong Dara is his daughter."). The pronoun stands for the person it resolved to
// (references.go); the name after the copula is the relative.

// reKinFirstCopula is the gap after "his"/"her": an optional age word, the relative noun and
// the copula ("son-in-law is ", "younger brother was ").
var reKinFirstCopula = regexp.MustCompile(`^\s*(?:(?:younger|elder|eldest|older|youngest|only|late)\s+)?(` + kinWords + `)\s+(?:is|was)\s+$`)

// kinFirstCopula returns the relative noun of such a gap, or "".
func kinFirstCopula(gap string) string {
	if m := reKinFirstCopula.FindStringSubmatch(gap); m != nil && familyWords[m[1]] {
		return m[1]
	}
	return ""
}
