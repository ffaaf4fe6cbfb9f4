package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A site or firm defined by a copula and a description whose relative clause names who holds
// or runs it, the way indictments and court records introduce their parties: "S (the
// "Compound") was a complex of office buildings in LOC, LOC, that was owned and operated by
// Y", "Y ("Y Short") was a company registered in LOC that owned and operated S". The
// description's places keep the pair rules from joining the two names, and the participle
// rules (own_shapes.go) read only a description set off by a comma. Every verb of the
// coordination holds. A description whose head is not a site (for a site) or a firm (for a
// firm), a relative that names a tie of another kind ("that leased floors to Y", "that was
// raided by Y") and a clause of speech between stay silent. Recall and precision cases are in
// copula_relatives_test.go.

const copulaVerbs = `owned|operated|run|ran|managed|developed|built|controlled|owns|operates|runs|manages|develops|builds|controls`

var (
	// reCopulaPassive is the typed gap (ownGap) from a site or firm to the agent: the copula,
	// the description, "that was owned and operated by ".
	reCopulaPassive = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?(?:is|was|has\s+been)\s+(?:a|an)\s+([^;:()"“”]{1,140}?)\s*,?\s+(?:that|which)\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|jointly\s+)?(owned|operated|run|managed|developed|built|controlled)(?:\s*,?\s+and\s+(?:later\s+|also\s+)?(owned|operated|run|managed|developed|built|controlled))?\s+by\s+(?:the\s+)?$`)
	// reCopulaActive is the typed gap from a firm to what it holds or runs: the copula, the
	// description, "that owned and operated ".
	reCopulaActive = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?(?:is|was)\s+(?:a|an)\s+([^;:()"“”]{1,140}?)\s*,?\s+(?:that|which)\s+(?:also\s+|jointly\s+)?(` + copulaVerbs + `)(?:\s*,?\s+and\s+(?:later\s+|also\s+|still\s+)?(` + copulaVerbs + `))?\s+(?:the\s+)?$`)
	// reCopulaSiteHead and reCopulaFirmHead end a description of a site or a firm, with its
	// places or registration after the head.
	// The words before the head are captured: none may make the head another's ("a partner
	// of a firm").
	reCopulaSiteHead = regexp.MustCompile(`^((?:[a-z0-9'’-]+\s+){0,4}?)(?:` + ownSiteHeads + `|complex)(?:\s+of\s+(?:[a-z-]+\s+){0,3}?(?:` + ownSiteHeads + `))?(` + ownPlaceAfter + `)$`)
	reCopulaFirmHead = regexp.MustCompile(`^((?:[a-z0-9'’-]+\s+){0,4}?)(?:` + ownFirmHeads + `)(` + ownPlaceAfter + `)$`)
	// reCopulaPlaceNoun ends a place after the head that is a common noun ("in a border
	// township"): the relative may be the township's, not the head's.
	reCopulaPlaceNoun = regexp.MustCompile(`\b(?:town|city|border|river|coast|capital|village|province|district|township|zone|crossing|road|highway)\s*$`)
	// reCopulaInside is a place word before the head: the head is then a second firm or site
	// that holds the first or encloses it ("a shareholder in a company that owned S", "a
	// building inside a complex that was run by Y"), and the relative is the second's.
	reCopulaInside = regexp.MustCompile(`\b(?:in|at|inside|within|beside|behind|opposite|among)\b`)
)

// copulaRelatives reads the two shapes above in each sentence; emit gets the sentence, the two
// mentions, the holder and the held, the predicate and the confidence.
func (x *Extractor) copulaRelatives(text string, sents []sentence, all []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred string, conf float64)) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 || !mentionsAny(lowerASCII(text[st.s:st.e]), " that ", " which ") {
			continue
		}
		for p := 0; p+1 < len(ms); p++ {
			ca := all[ms[p]]
			if ca.ent < 0 || pronounRef(ca) || prepositionBefore(text, ca.s) || possessedName(text, ca.e) {
				continue
			}
			ta := ents[ca.ent].typ
			if ta != model.Compound && ta != model.Company {
				continue
			}
			// The other end: the first name after the description that is no place and no
			// short form of the first ("Y ("Y Short") was").
			q := p + 1
			for q < len(ms) && all[ms[q]].ent >= 0 && (ents[all[ms[q]].ent].typ == model.Location || all[ms[q]].ent == ca.ent) {
				q++
			}
			if q >= len(ms) {
				continue
			}
			cb := all[ms[q]]
			// "... that owned S until 2020", "... before selling it": a holding that ended.
			if cb.ent < 0 || cb.ent == ca.ent || pronounRef(cb) || possessedName(text, cb.e) || ownAgentModifies(text, cb.e) ||
				togetherEnded(text, cb.e) {
				continue
			}
			// The relative's pronoun must stand between: test it before building the gap.
			if ca.e > cb.s || !mentionsAny(lowerASCII(text[ca.e:cb.s]), " that ", " which ") {
				continue
			}
			gap, ok := ownGap(text, all, ents, ms, ca.e, cb.s)
			if !ok {
				continue
			}
			tb := ents[cb.ent].typ
			head := reCopulaFirmHead
			if ta == model.Compound {
				head = reCopulaSiteHead
			}
			verbs := func(m []string, agent, held int) {
				h := head.FindStringSubmatch(strings.TrimSpace(m[1]))
				if h == nil || reOwnDescStop.MatchString(m[1]) || reOwnNotHead.MatchString(h[1]) || reCopulaInside.MatchString(h[1]) || reCopulaPlaceNoun.MatchString(h[2]) {
					return
				}
				for _, v := range m[2:] {
					if v != "" {
						x.verbRelation(agent, held, ents, v, func(a, b int, pred string, conf float64) {
							if pred == model.Owns || pred == model.Operates {
								emit(si, ms[p], ms[q], a, b, pred, conf*0.9)
							}
						})
					}
				}
			}
			if agentType(tb) {
				if m := reCopulaPassive.FindStringSubmatch(gap); m != nil {
					verbs(m, cb.ent, ca.ent)
					continue
				}
			}
			if ta == model.Company && (tb == model.Compound || tb == model.Company) {
				if m := reCopulaActive.FindStringSubmatch(gap); m != nil {
					verbs(m, ca.ent, cb.ent)
				}
			}
		}
	}
}
