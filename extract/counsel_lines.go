package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Counsel lines of a judgment: "Jasmine Koh and Daryl Ong (Attorney-General's Chambers) for
// the Prosecution; Ravi Chandran (Chandran & Partners LLP) for the accused." Each counsel named
// before the bracket works for the office or firm in it: EMPLOYED_BY, role "counsel". The
// bracket must be closed by "for the" and a party of the case, so a body in brackets after a
// name elsewhere ("Tan (a director) for the firm") is not read.

var (
	// reCounselGap is the gap from a counsel to the body: " (", " and person (Messrs ".
	reCounselGap = regexp.MustCompile(`^(?:\s*,?\s*(?:and\s+)?person)*\s*\(\s*(?:messrs\.?\s+|m/s\s+)?$`)
	// reCounselFor closes the bracket with the party the counsel acts for.
	reCounselFor = regexp.MustCompile(`^\s*\)\s*for\s+the\s+(?:prosecution|accused|defen[cs]e|defendants?|appellants?|respondents?|plaintiffs?|applicants?|claimants?|public\s+prosecutor|state|government|people)\b`)
)

// counselPair reads the pair ms[p] (a counsel) and ms[q] (the body in brackets).
func counselPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	a, b, ok := pairEnds(cands, ms, p, q, 80)
	if !ok || ents[a].typ != model.Person || ents[b].typ != model.Company && ents[b].typ != model.Organization {
		return false
	}
	gap, _, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok || !reCounselGap.MatchString(gap) {
		return false
	}
	cb := cands[ms[q]]
	if !reCounselFor.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])) {
		return false
	}
	if setRole != nil {
		setRole("counsel")
	}
	add(a, b, model.EmployedBy, 0.75)
	return true
}
