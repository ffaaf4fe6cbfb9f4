package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A judgment's line of appearances names each counsel with the chambers, office or law firm
// they come from and the party they stand for: "Kelvin Ong (Attorney-General's Chambers) for
// the Prosecution; Ravi Chandran (Chandran & Partners LLP) for the accused.", "Jane Lim and
// Ben Tan (Attorney-General's Chambers) for the respondent", "Deputy Public Prosecutor X,
// Attorney-General's Chambers, for the prosecution". The body so named is where the counsel
// works (EMPLOYED_BY). Cases are in counsel_lines_test.go.
//
// Only the bracket or the commas right around the body, closed by "for the" and a party of
// a case, make the line: a firm in brackets after a name elsewhere ("Lim (Golden Bay Co.)
// denied it") is an alias or an aside, not counsel's chambers.

var (
	// reCounselOpen is the gap between the (last) counsel's name and the body: " (", " (Messrs ",
	// ", ".
	reCounselOpen = regexp.MustCompile(`^\s*(?:\(\s*(?:messrs\.?\s+|m/s\.?\s+)?|,\s*(?:of\s+)?(?:the\s+)?)$`)
	// reCounselClose follows the body: ") for the Prosecution", ", for the accused".
	reCounselClose = regexp.MustCompile(`^\s*(?:\)|,)\s*for\s+the\s+(?:prosecution|accused|appellants?|respondents?|defendants?|plaintiffs?|applicants?|claimants?|complainants?|defence|defense|public\s+prosecutor|state|crown|people|government)\b`)
	// reCounselJoin joins a first counsel to the next: " and ", ", ".
	reCounselJoin = regexp.MustCompile(`^\s*(?:,\s*(?:and\s+)?|and\s+)$`)
)

// counselLinePair reads counsel ms[p]'s chambers or firm ms[q] in a line of appearances, the
// counsel named alone before the body or first of two or three joined by "and" and commas.
func counselLinePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	a, b, ok := pairEnds(cands, ms, p, q, 160)
	if !ok || ents[a].typ != model.Person || ents[b].typ != model.Organization && ents[b].typ != model.Company || pronounRef(cands[ms[p]]) {
		return
	}
	cb := cands[ms[q]]
	if !reCounselClose.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])) {
		return
	}
	// Every name between is another counsel of the same line, joined to the one before it.
	for k := p; k < q-1; k++ {
		c, n := cands[ms[k]], cands[ms[k+1]]
		if n.ent < 0 || ents[n.ent].typ != model.Person || n.s < c.e || !reCounselJoin.MatchString(strings.ToLower(text[c.e:n.s])) {
			return
		}
	}
	last := cands[ms[q-1]]
	if last.e > cb.s || !reCounselOpen.MatchString(strings.ToLower(text[last.e:cb.s])) {
		return
	}
	setRole("counsel")
	add(a, b, model.EmployedBy, 0.8)
}
