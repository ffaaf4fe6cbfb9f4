package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Owners and runners of a site or a firm told through a pronoun or a possessive, in shapes the
// reference rules of references.go do not turn into a stand-in name. Each rule has recall and
// precision cases in site_refs_test.go:
//
//   - "Its operator is X", "Its owner was Chinese national X": "its" stands for the subject of
//     the sentence before (subjectAntecedent); only a site is read here (a firm's posts told
//     through "its" are read by reference_posts.go);
//   - "The resort's operator is X", "S's developer was X": a site's runner or owner in the
//     possessive, then a copula;
//   - "X built it in 2018", "X, a businessman, runs it", "X built the compound and still owns
//     it": "it", the object of a verb of owning or running, stands for the site or firm named
//     before the verb in its sentence, else for the subject of the sentence before.

var (
	// "Its operator is ", "its real owner was ": group 1 is the post.
	reItsSitePostIs = regexp.MustCompile(`(?i)\bits\s+((?:real|actual|true|current|registered|sole|main|day-to-day|chinese|local|former)\s+)*(owner|operator|developer|landlord|manager|general\s+manager|boss|builder|leaseholder|lessee|concessionaire)\s+(?:is|was|has\s+been|had\s+been|remains|remained)\s+(?:now\s+|still\s+|reportedly\s+|allegedly\s+|said\s+to\s+be\s+)*`)
	// "'s operator is ", "'s developer was Chinese firm ": group 1 is the post.
	rePossSitePostIs = regexp.MustCompile(`^['’]s\s+(?:(?:real|actual|true|current|registered|sole|main|day-to-day)\s+)*(owner|operator|developer|landlord|manager|general\s+manager|boss|builder|leaseholder|lessee|concessionaire)\s+(?:is|was|has\s+been|had\s+been|remains|remained)\s+(?:now\s+|still\s+|reportedly\s+|allegedly\s+)*(?:(?:a|an|the)\s+[a-z'’ -]{1,40}?\s*,\s*|(?:[a-z-]+\s+){0,2}?(?:national|businessman|businesswoman|tycoon|firm|company)\s+)?$`)
	// What may stand between a holder and the post's copula's name: "a Chinese national, ".
	reSitePostHolderGap = regexp.MustCompile(`^(?:(?:a|an|the)\s+[a-z'’ -]{1,40}?\s*,\s*|(?:[a-z-]+\s+){0,2}?(?:national|businessman|businesswoman|tycoon|firm|company)\s+)?$`)
	// A verb of owning or running whose object is "it": group 1 is the verb.
	reVerbIt = regexp.MustCompile(`(?i)\b(owns|owned|controls|controlled|runs|ran|operates|operated|manages|managed|built|developed)\s+it\b`)
	// What may stand between the subject and that verb: an apposition, adverbs, or a first
	// verb phrase and "and" ("built the compound in 2019 and still").
	reSubjectToVerbIt = regexp.MustCompile(`^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:a|an|the)\s+[^;()]{1,60}?,|\s*,\s*who)?\s+(?:[^;.:]{1,80}?\s+and\s+)?(?:also\s+|still\s+|now\s+|later\s+|then\s+|reportedly\s+|allegedly\s+|effectively\s+|personally\s+)*$`)
)

// siteRefs reads the rules above over each sentence; emit gets the sentence, the mention of
// the owner or runner (an index into all), the site or firm entity, the sentence that named
// it, the predicate and the span read.
func siteRefs(text string, sents []sentence, cands, all []candidate, ents []*docEntity, bySent, typedSent map[int][]int, emit func(si, hm, obj, objSent int, pred string, s, e int)) {
	runnerType := func(c candidate) bool {
		if c.ent < 0 || pronounRef(c) {
			return false
		}
		t := ents[c.ent].typ
		return agentType(t)
	}
	sitePred := func(post string) string {
		if post == "owner" || post == "landlord" {
			return model.Owns
		}
		return model.Operates
	}
	for si, st := range sents {
		ms := typedSent[si]
		if len(ms) == 0 {
			continue
		}
		low := strings.ToLower(text[st.s:st.e])
		// "Its operator is X".
		if strings.Contains(low, "its ") {
			for _, m := range reItsSitePostIs.FindAllStringSubmatchIndex(text[st.s:st.e], 2) {
				at, end := st.s+m[0], st.s+m[1]
				for _, mi := range ms {
					c := all[mi]
					if c.s < end {
						continue
					}
					if runnerType(c) && reSitePostHolderGap.MatchString(strings.ToLower(text[end:c.s])) {
						site, from := subjectAntecedent(sents, cands, ents, bySent, si, at, []string{model.Compound, model.Company, model.Organization})
						if site >= 0 && ents[site].typ == model.Compound && site != c.ent {
							emit(si, mi, site, from, sitePred(strings.ToLower(strings.Join(strings.Fields(text[st.s+m[4]:st.s+m[5]]), " "))), at, c.e)
						}
					}
					break
				}
			}
		}
		// "The resort's operator is X".
		for i := 0; i+1 < len(ms); i++ {
			a, b := all[ms[i]], all[ms[i+1]]
			if a.ent < 0 || ents[a.ent].typ != model.Compound || !runnerType(b) || b.s < a.e {
				continue
			}
			if m := rePossSitePostIs.FindStringSubmatch(strings.ToLower(text[a.e:b.s])); m != nil {
				emit(si, ms[i+1], a.ent, si, sitePred(strings.Join(strings.Fields(m[1]), " ")), a.s, b.e)
			}
		}
		// "X built it", "X ... and still owns it".
		if strings.Contains(low, " it") {
			for _, m := range reVerbIt.FindAllStringSubmatchIndex(text[st.s:st.e], 2) {
				vs := st.s + m[0]
				verb := strings.ToLower(text[st.s+m[2] : st.s+m[3]])
				// The subject: the first name of the sentence, before the verb.
				sub := -1
				for k, mi := range ms {
					c := all[mi]
					if c.ent < 0 {
						continue
					}
					if c.e <= vs && runnerType(c) && (k == 0 || firstNamed(all, ms, k) == k) && !prepositionBefore(text, c.s) {
						sub = k
					}
					break
				}
				if sub < 0 || !reSubjectToVerbIt.MatchString(strings.ToLower(text[all[ms[sub]].e:vs])) {
					continue
				}
				owns := strings.HasPrefix(verb, "own") || strings.HasPrefix(verb, "control")
				// "it": the last site (or, when owned, firm) named before the verb, else the
				// subject of the sentence before.
				obj, from := -1, si
				for k := len(ms) - 1; k > sub; k-- {
					c := all[ms[k]]
					if c.e > vs || c.ent < 0 || c.ent == all[ms[sub]].ent {
						continue
					}
					if t := ents[c.ent].typ; t == model.Compound || owns && t == model.Company {
						obj = c.ent
					}
					break
				}
				if obj < 0 {
					if sub+1 < len(ms) && all[ms[sub+1]].s < vs {
						continue // another name stands between: "it" may be that one
					}
					obj, from = subjectAntecedent(sents, cands, ents, bySent, si, st.s, []string{model.Compound, model.Company, model.Organization})
					if from == si {
						continue
					}
				}
				if obj < 0 || obj == all[ms[sub]].ent {
					continue
				}
				switch t := ents[obj].typ; {
				case owns && (t == model.Compound || t == model.Company):
					emit(si, ms[sub], obj, from, model.Owns, all[ms[sub]].s, st.s+m[1])
				case !owns && t == model.Compound:
					emit(si, ms[sub], obj, from, model.Operates, all[ms[sub]].s, st.s+m[1])
				}
			}
		}
	}
}
