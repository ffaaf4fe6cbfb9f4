package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// Bodies that provide a site's security, told with a clause between the body and its verb:
//   - a copula and a description: "The TFM is an armed group that provides security for X";
//   - a relative clause or an aside set off by commas: "The KNA, which OFAC designated in May,
//     provides armed security for X";
//   - two relative clauses on the body joined by "and", the second telling the protection: "the
//     KNA, which OFAC designated in May and which provides armed security for X", "the KNA, a
//     militia that OFAC designated in 2024 and that provides security for X". The relative
//     pronoun is the verb's subject, so the body needs not lead its own clause.
// The pair readers see only the words between neighbouring names, and a name inside the
// clause stands between the body and the site. The body heads its clause; the site is the
// first compound named after the verb, with only "the" between.

// reProviderClause runs from the body to the site: an optional short form in brackets, then
// the copula and description or the comma-set clause, then the verb of protection.
var reProviderClause = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:\s(?:is|was|are|were|has\s+been|had\s+been)\s+(?:an?|the)\s+[^,.;:()"“”]{1,50}?\s+(?:that|which)\s+|,\s*(?:which|who|whose|a|an|the)\s+[^;:.()"“”]{1,140}?,\s*)(?:(?:also|allegedly|reportedly|still|has|have|had|long)\s+)*(?:provides|provided|provide|providing|offers|offered|gives|gave)\s+(?:armed\s+|round-the-clock\s+)?(?:security|protection|guards)\s+(?:for|to|at)\s+(?:the\s+)?(?:` + guardPartW + `(?:\s+and\s+(?:the\s+)?` + guardPartW + `)?\s+(?:of|around)\s+(?:the\s+)?)?$`)

// reProviderRelatives runs from the body to the site through two relative clauses joined by
// "and": the first clause (with an optional description before its pronoun), then "and which"
// or "and that", then the verb of protection as in reProviderClause.
var reProviderRelatives = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:(?:a|an|the)\s+[^,;:.()"“”]{1,60}?\s+)?(?:which|that)\s+[^,;:.()"“”]{1,100}?\s+and\s+(?:which|that)\s+(?:(?:also|allegedly|reportedly|still|has|have|had|long)\s+)*(?:provides|provided|provide|offers|offered|gives|gave)\s+(?:armed\s+|round-the-clock\s+)?(?:security|protection|guards)\s+(?:for|to|at)\s+(?:the\s+)?(?:` + guardPartW + `(?:\s+and\s+(?:the\s+)?` + guardPartW + `)?\s+(?:of|around)\s+(?:the\s+)?)?$`)

// securityProviders reads the shapes above. emit gets the sentence, the body, the site, the
// site's sentence and the span read.
func securityProviders(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 {
			continue
		}
		if low := lowerASCII(text[st.s:st.e]); !mentionsAny(low, "security", "protection", "guards") {
			continue // cheap test before the regular expression
		}
		for i, m := range ms {
			c := cands[m]
			if c.ent < 0 || ents[c.ent].typ != model.Organization {
				continue
			}
			leads := leadsClause(text, st, c.s)
			for _, n := range ms[i+1:] {
				d := cands[n]
				if d.s < c.e || d.ent < 0 || ents[d.ent].typ != model.Compound {
					continue
				}
				// The first compound after the body; the clause must reach it.
				if gap := text[c.e:d.s]; (leads && reProviderClause.MatchString(gap)) || reProviderRelatives.MatchString(gap) {
					emit(si, c.ent, d.ent, si, c.s, d.e)
				}
				break
			}
		}
	}
}
