package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Sanction clauses: a body's act of designation told in a clause the pair readers do not see
// as the body's own, with every party of the object's list SANCTIONED_BY it:
//   - a relative clause on the body: "the UK's Foreign, Commonwealth and Development Office,
//     which separately sanctioned A and B";
//   - "it" standing for the body named before in the sentence: "named by OFAC when it
//     sanctioned A and its leaders";
//   - several bodies as the subject: "OFAC and the UK's FCDO jointly designated A and its
//     chairman B";
//   - a body that listed parties on a given day: "The Council today listed A, the operator of
//     X, plus its chairman B".
// A freeze of assets or accounts is left out, as in sanction_more.go (sets label a police
// freeze in a criminal case either way).
// The designating bodies are government or intergovernmental bodies, or countries; a party is
// a person, company or organization that is no such body.

const sanctionActW = `(?:sanctioned|designated|blacklisted)`

var (
	// reSanctionRelative runs from the body to the first party: " (FCDO), which separately
	// sanctioned ".
	reSanctionRelative = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:which|that)\s+(?:(?:also|separately|jointly|later|today|then|itself|has|had|have|on\s+\w+|in\s+\w+)\s+)*` + sanctionActW + `\s+(?:the\s+)?`)
	// reSanctionIt ends right before the first party of an act told with "it": " when it
	// sanctioned the".
	reSanctionIt = regexp.MustCompile(`(?i)\b(?:when|after|as|before|where)\s+it\s+(?:(?:also|first|later|jointly|separately)\s+)?` + sanctionActW + `\s+(?:the\s+)?$`)
	// reSanctionAgentsAnd joins a further body of the subject: " and the UK's ", " and ".
	reSanctionAgentsAnd = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?,?\s*and\s+(?:the\s+)?$`)
	// reSanctionSubjectVerb runs from the subject's last body to the first party.
	reSanctionSubjectVerb = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:jointly|together|also|separately|today|yesterday|later|then|has|have|had|on\s+\w+)\s+)*(?:` + sanctionActW + `|listed)\s+(?:the\s+)?$`)
	// reSanctionListedOnly is the act a single body's subject may tell here (the others are
	// read by sanctions lists): "listed" with a time word.
	reSanctionListedOnly = regexp.MustCompile(`(?i)\b(?:today|yesterday|on\s+\w+|has|have)\s+listed\b`)
	// reSanctionPartyJoin joins a further party: ", ", " and ", " and of ", ", plus its chairman ".
	reSanctionPartyJoin = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:and\s+)?(?:of\s+)?|\s+and\s+(?:of\s+)?|,?\s+(?:plus|along\s+with|as\s+well\s+as|together\s+with)\s+)(?:(?:its|their|his|her)\s+(?:[a-z-]+\s+){1,2}?)?(?:the\s+)?$`)
	// reSanctionPartyAside lets a description set off by commas stand between two parties:
	// ", the operator of X in Y, plus its chairman ".
	reSanctionPartyAside = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?,\s+(?:the|a|an)\s+[^;:()"“”]{1,100}?,\s+(?:plus|and|along\s+with|as\s+well\s+as)\s+(?:its|their|his|her)\s+(?:[a-z-]+\s+){1,2}?$`)
)

// designator reports whether an entity can designate: a government or intergovernmental body,
// or a country.
func designator(e *docEntity) bool {
	if e.typ == model.Location {
		return isCountry(e.name)
	}
	if e.typ != model.Organization {
		return false
	}
	switch sectorOf(e.name) {
	case model.SectorGovernment, model.SectorIntergov, model.SectorPolice:
		return true
	case "":
		// A body no list classes: one named as an office of state.
		return reStateBodyWord.MatchString(e.name)
	}
	return false
}

// reStateBodyWord is a word that names a body of state.
var reStateBodyWord = regexp.MustCompile(`\b(?:Office|Ministry|Department|Treasury|Council|Commission|Bureau|Agency|Authority|Government)\b`)

// sanctionClauses reads the shapes above. emit gets the sentence, the party, the body, the
// body's sentence and the span read.
func sanctionClauses(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, agentSent, s, e int)) {
	party := func(c candidate) bool {
		if c.ent < 0 {
			return false
		}
		e := ents[c.ent]
		return e.typ == model.Person || e.typ == model.Company || e.typ == model.Organization && !designator(e)
	}
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 {
			continue
		}
		low := lowerASCII(text[st.s:st.e])
		if !mentionsAny(low, "sanctioned", "designated", "blacklisted", "listed") {
			continue // cheap test before the regular expressions
		}
		// parties returns the parties of the list whose first is mention k.
		parties := func(k int) []int {
			out := []int{k}
			for j := k + 1; j < len(ms); j++ {
				prev, n := cands[ms[out[len(out)-1]]], cands[ms[j]]
				if n.s < prev.e || n.ent == prev.ent {
					continue
				}
				gap := text[prev.e:n.s]
				if party(n) && reSanctionPartyJoin.MatchString(gap) {
					out = append(out, j)
					continue
				}
				if party(n) && reSanctionPartyAside.MatchString(gap) {
					out = append(out, j)
					continue
				}
				if reSanctionPartyAside.MatchString(text[prev.e:min(st.e, prev.e+160)]) || strings.HasPrefix(strings.TrimSpace(gap), ",") && !strings.ContainsAny(gap, ";:") {
					// Inside a description: a name within it is passed over on the way to the
					// party the description ends with.
					if n.s-prev.e < 110 {
						continue
					}
				}
				break
			}
			// A list joined by commas alone is a name and its description.
			for len(out) > 1 {
				a, b := cands[ms[out[len(out)-2]]], cands[ms[out[len(out)-1]]]
				g := lowerASCII(text[a.e:b.s])
				if mentionsAny(g, "and", "plus", "along with", "as well as", "together with") {
					break
				}
				out = out[:len(out)-1]
			}
			return out
		}
		// firstParty returns the index of the first mention at or after off, when it is a
		// party, else -1.
		firstParty := func(off int) int {
			for j, m := range ms {
				if c := cands[m]; c.s >= off {
					if party(c) {
						return j
					}
					return -1
				}
			}
			return -1
		}
		out := func(agents []int, k int) {
			for _, j := range parties(k) {
				for _, a := range agents {
					if cands[ms[j]].ent != a {
						emit(si, cands[ms[j]].ent, a, si, st.s, cands[ms[j]].e)
					}
				}
			}
		}
		for i := 0; i < len(ms); i++ {
			c := cands[ms[i]]
			if c.ent < 0 || !designator(ents[c.ent]) {
				continue
			}
			rest := text[c.e:min(st.e, c.e+120)]
			// The relative clause on the body.
			if loc := reSanctionRelative.FindStringIndex(rest); loc != nil {
				if k := firstParty(c.e + loc[1]); k >= 0 {
					out([]int{c.ent}, k)
				}
				continue
			}
			// "it" for the last body before the act.
			if next := i + 1; next < len(ms) {
				n := cands[ms[next]]
				if n.s > c.e {
					if loc := reSanctionIt.FindStringIndex(text[c.e:n.s]); loc != nil && c.e+loc[1] == n.s && party(n) {
						out([]int{c.ent}, next)
						continue
					}
				}
			}
			// The bodies of the subject and their act.
			if !leadsClause(text, st, c.s) && !possessedLead(text, st, cands, ms, i) {
				continue
			}
			agents := []int{c.ent}
			last := c
			k := i + 1
			for ; k < len(ms); k++ {
				n := cands[ms[k]]
				if n.s < last.e || n.ent == last.ent {
					continue
				}
				if n.ent >= 0 && ents[n.ent].typ == model.Location && k+1 < len(ms) && strings.HasPrefix(text[n.e:], "'s ") {
					continue // "the UK's FCDO": the country qualifies the next body
				}
				if n.ent < 0 || !designator(ents[n.ent]) || ents[n.ent].typ == model.Location || !reSanctionAgentsAnd.MatchString(text[last.e:n.s]) && !reSanctionAgentsAnd.MatchString(text[last.e:max(last.e, n.s-len(possessiveBefore(text, last.e, n.s)))]) {
					break
				}
				agents = append(agents, n.ent)
				last = n
			}
			if k >= len(ms) {
				continue
			}
			n := cands[ms[k]]
			gap := text[last.e:max(last.e, n.s)]
			if !party(n) || !reSanctionSubjectVerb.MatchString(gap) || len(agents) == 1 && !reSanctionListedOnly.MatchString(gap) {
				continue
			}
			out(agents, k)
			i = k - 1
		}
	}
}

// possessiveBefore returns the country's possessive that ends right before off in [lo, off):
// "UK's ".
func possessiveBefore(text string, lo, off int) string {
	g := text[lo:off]
	if i := strings.LastIndex(g, "'s "); i >= 0 && i+3 == len(g) {
		j := strings.LastIndexAny(g[:i], " ")
		return g[j+1:]
	}
	return ""
}

// possessedLead reports whether mention i is a body qualified by a possessive that heads its
// clause: "US Treasury's OFAC", "China's Ministry of Public Security".
func possessedLead(text string, st sentence, cands []candidate, ms []int, i int) bool {
	if i == 0 {
		return false
	}
	p, c := cands[ms[i-1]], cands[ms[i]]
	g := text[p.e:c.s]
	return (g == "'s " || g == "’s ") && leadsClause(text, st, p.s)
}
