package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Holdings: ownership, running and employment told through coordinated verbs, a passive
// reached past an inserted description, or a participle after a described site. Each reads
// the words between two names of one sentence, with the names between them written as their
// type ("in LOC, LOC"), so a place inside a description does not hide the verb.

const siteVerbs = `owned|operated|run|managed|controlled|administered|developed|built`

var (
	// "A owned and operated B", "A established and controlled B".
	reCoordVerbs = regexp.MustCompile(`^\s+(?:(?:had|has|have|also|jointly)\s+)*((?:owns|owned|operates|operated|runs|ran|manages|managed|controls|controlled|administers|administered|develops|developed|builds|built|established|founded)(?:\s*,\s*(?:owns|owned|operates|operated|runs|ran|manages|managed|controls|controlled|administers|administered|develops|developed|builds|built|established|founded))*\s*,?\s+and\s+(?:owns|owned|operates|operated|runs|ran|manages|managed|controls|controlled|administers|administered|develops|developed|builds|built))\s+(?:the\s+)?$`)
	// "B, an office building in LOC that was raided by ORG, was owned by A": the passive after
	// the inserted description belongs to B.
	rePassiveAfterAppos = regexp.MustCompile(`^\s*(?:compound|complex)?\s*,\s+(?:a|an|the|located|situated|which|that)\s[^;()]{0,160}?,\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:also\s+|jointly\s+)?(` + siteVerbs + `)\s+by\s+(?:the\s+)?$`)
	// "B in LOC, LOC, a compound on the outskirts of LOC run by a company called A".
	reSiteParticiple = regexp.MustCompile(`^(?:\s+(?:in|at)\s+(?:the\s+)?loc(?:\s*,\s*loc)*)?\s*,\s+(?:a|an)\s+(?:[a-z'’-]+\s+){0,3}?(?:compound|complex|park|casino|resort|building|site|hub|zone|tower|estate|centre|center|garden|villa|hotel)\s+(?:(?:in|on|at|along)\s+[^,;()]{0,60}?\s+)?(?:that\s+is\s+|which\s+is\s+)?(` + siteVerbs + `)\s+by\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:company|firm|group|syndicate|conglomerate|developer)\s+(?:called|named|known\s+as)\s+)?(?:the\s+)?$`)
	// "KONG VISAL, security guard employed by A", "X, who was employed by A".
	reWord          = regexp.MustCompile(`[a-z]+`)
	reBesideWords   = regexp.MustCompile(`\b(?:beside|near|opposite|next\s+to|behind|across|outside|neighbouring|neighboring|adjacent)\b`)
	reEmployedAppos = regexp.MustCompile(`^\s*,\s+(?:(?:\d{1,3}|male|female|[a-z]+\s+national(?:ity)?)\s*,\s*)*(?:(?:who|and)\s+(?:is|was)\s+|(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,3}?(?:employed|hired)\s+by\s+(?:the\s+)?$`)
)

// holdingPair reads the pair ms[p], ms[q] of one sentence with the rules above and reports
// whether one fired. It runs only where the other rules read nothing.
func holdingPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b := ca.ent, cb.ent
	if a < 0 || b < 0 || a == b || cb.s < ca.e || cb.s-ca.e > 240 {
		return false
	}
	gap, ok := typedGap(text, cands, ents, ms, p, q)
	if !ok {
		return false
	}
	ta, tb := ents[a].typ, ents[b].typ
	site := func(verb string) string {
		if strings.HasPrefix(verb, "own") {
			return model.Owns
		}
		return model.Operates
	}
	if m := reCoordVerbs.FindStringSubmatch(gap); m != nil && ta != model.Location {
		fired := false
		seen := map[string]bool{}
		for _, v := range reWord.FindAllString(m[1], -1) {
			if v == "and" {
				continue
			}
			pred := site(v)
			if pred == model.Operates && tb != model.Compound || seen[pred] {
				continue
			}
			seen[pred] = true
			add(a, b, pred, 0.8)
			fired = true
		}
		return fired
	}
	if tb == model.Person || tb == model.Company || tb == model.Organization {
		if ta == model.Compound || ta == model.Company {
			if m := rePassiveAfterAppos.FindStringSubmatch(gap); m != nil && subjectStart(text, cands, ms, p) {
				if pred := site(m[1]); pred == model.Owns || ta == model.Compound {
					add(b, a, pred, 0.75)
					return true
				}
			}
			// "a compound beside a casino run by A": A runs the casino, not the site.
			if m := reSiteParticiple.FindStringSubmatch(gap); m != nil && ta == model.Compound && !reBesideWords.MatchString(m[0]) {
				add(b, a, site(m[1]), 0.75)
				return true
			}
		}
		if ta == model.Person && tb != model.Person && reEmployedAppos.MatchString(gap) {
			add(a, b, model.EmployedBy, 0.75)
			return true
		}
	}
	return false
}

// typedGap returns the lower-cased words between ms[p] and ms[q], with each name between
// them written as its type; false when a name between them is a person (whose words those
// would be).
func typedGap(text string, cands []candidate, ents []*docEntity, ms []int, p, q int) (string, bool) {
	var b strings.Builder
	at := cands[ms[p]].e
	for k := p + 1; k < q; k++ {
		c := cands[ms[k]]
		if c.s < at || c.ent < 0 {
			return "", false
		}
		t := ents[c.ent].typ
		if t == model.Person {
			return "", false
		}
		b.WriteString(text[at:c.s])
		b.WriteString(map[string]string{model.Location: "loc", model.Organization: "org", model.Company: "firm", model.Compound: "site"}[t])
		at = c.e
	}
	b.WriteString(text[at:cands[ms[q]].s])
	return strings.ToLower(b.String()), true
}

// subjectStart reports whether ms[p] opens its clause: the first name of its sentence, or
// one right after "that" ("the court finds that the Star Garden compound, ... was owned by").
func subjectStart(text string, cands []candidate, ms []int, p int) bool {
	if p == 0 {
		return true
	}
	before := strings.ToLower(strings.TrimSpace(text[cands[ms[p-1]].e:cands[ms[p]].s]))
	return strings.HasSuffix(before, " that") || strings.HasSuffix(before, " that the")
}
