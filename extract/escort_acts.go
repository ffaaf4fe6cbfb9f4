package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Escort acts: a body's men, a body or an officer who escort people or vehicles to, into or
// through a site, or who give its people escorts, protect it:
//   - "officers of the X Police escorted buses of recruits through the hub's gate",
//   - "Y soldiers escorted managers' cars to and from the hotel",
//   - "Colonel Z, chief of the station, provided security escorts for the hub's managers",
//   - "Major Z had assigned officers to escort vans leaving the W compound".
// The site must follow the escorted phrase at once (or be the owner of what follows: "the
// hub's managers"). Escorts that lead out of a site, escorted people who were rescued,
// detained or freed, and clauses that tell a raid or rescue are no protection.

var (
	// reEscortVerb follows the agent (and an aside about it) up to the escorted phrase.
	reEscortVerb = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:of\s+the\s+(?:[A-Z][\w'’-]*\s+){1,6})?(?:,[^,;()]{1,90},\s*|,\s*)?(?:(?:also|reportedly|allegedly|routinely|regularly|personally|often|had|has|have|would|then)\s+)*(?:(?:escort|escorts|escorted|escorting)\s+|(?:assigned|sent|deployed|ordered|detailed)\s+(?:his\s+|its\s+|their\s+)?(?:officers|men|troops|soldiers|policemen|guards|personnel)\s+to\s+escort\s+|(?:provide|provides|provided|providing|gave|give|gives)\s+(?:(?:armed|security|police|military)\s+)*escorts?\s+(?:for|to)\s+)`)
	// reEscortWay is the escorted phrase and the way to the site: "vans carrying recruits to
	// the ", "managers' cars to and from ", "new arrivals into ".
	reEscortWay = regexp.MustCompile(`(?i)^(?:[^,;.:()]{1,60}?\s+)(?:to\s+and\s+from|in\s+and\s+out\s+of|to|into|through|leaving|entering|bound\s+for)\s+(?:(?:the|its)\s+(?:main\s+|front\s+|back\s+|rear\s+)?(?:gates?|entrances?|checkpoints?)\s+(?:of|to|at)\s+)?(?:the\s+)?$`)
	// reEscortedVictims are escorted people who are the raiders' charge, not the site's.
	reEscortedVictims = regexp.MustCompile(`(?i)\b(?:rescued|freed|victims?|survivors?|detainees?|detained|arrested|suspects?|evacuees?|repatriat\w*|deportees?|by)\b`)
	// reTitledLead ends right before a person who heads a clause behind a title: "that
	// Police Major ", ", Colonel ".
	reTitledLead = regexp.MustCompile(`(?:^|,|\bthat)\s*(?:[A-Z][\w.]*\s+){1,4}$|(?:\bsaid|\bsays|\btold\s+\w+)\s+(?:[A-Z][\w.]*\s+){1,4}$`)
	// reEscortOwnerTail follows a site that owns the escorted: "'s managers", "'s staff".
	reEscortOwnerTail = regexp.MustCompile(`^['’]s?\s`)
)

// escortActs calls emit(si, guard, site, si, s, e) for each shape above in sentence si.
func escortActs(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	isSite := siteMention(ents)
	isBody := func(c candidate) bool {
		return c.ent >= 0 && (ents[c.ent].typ == model.Organization || ents[c.ent].typ == model.Company)
	}
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 || !strings.Contains(lowerASCII(text[st.s:st.e]), "escort") {
			continue // cheap test before the regular expressions
		}
		done := map[[2]int]bool{}
		for i := 0; i < len(ms); i++ {
			c := cands[ms[i]]
			if c.ent < 0 || !isBody(c) && ents[c.ent].typ != model.Person {
				continue
			}
			before := text[max(st.s, c.s-80):c.s]
			agents, end := []int{i}, -1
			switch {
			case isBody(c) && reCrewOfBody.MatchString(before):
				agents = crewChain(text, cands, ms, i, isBody)
				end = cands[ms[agents[len(agents)-1]]].e
			case isBody(c) && (i == 0 || cands[ms[i-1]].e <= c.s) && leadsClause(text, st, c.s):
				end = c.e
				if loc := reBodyCrewAfter.FindStringIndex(text[c.e:min(st.e, c.e+40)]); loc != nil {
					end = c.e + loc[1]
				}
			case ents[c.ent].typ == model.Person && (leadsClause(text, st, c.s) || reTitledLead.MatchString(text[st.s:c.s])):
				end = c.e
			}
			if end < 0 {
				continue
			}
			v := reEscortVerb.FindStringIndex(text[end:min(st.e, end+140)])
			if v == nil {
				continue
			}
			objAt := end + v[1]
			provided := strings.HasSuffix(strings.TrimSpace(lowerASCII(text[end:objAt])), " for") ||
				strings.HasSuffix(strings.TrimSpace(lowerASCII(text[end:objAt])), " to") && !strings.Contains(lowerASCII(text[end:objAt]), " escort ")
			site := -1
			for _, m := range ms {
				n := cands[m]
				if n.s < objAt || n.s-objAt > 80 {
					continue
				}
				gap := text[objAt:n.s]
				if isSite(n) {
					switch {
					case provided && (strings.TrimSpace(gap) == "" || strings.EqualFold(strings.TrimSpace(gap), "the")) &&
						reEscortOwnerTail.MatchString(text[n.e:min(st.e, n.e+4)]):
						site = n.ent
					case !provided && reEscortWay.MatchString(gap) && !reEscortedVictims.MatchString(gap):
						site = n.ent
					}
				}
				break
			}
			if site < 0 || reRaidScene.MatchString(text[c.s:objAt]) {
				continue
			}
			for _, k := range agents {
				a := cands[ms[k]].ent
				if a == site || done[[2]int{a, site}] {
					continue
				}
				done[[2]int{a, site}] = true
				emit(si, a, site, si, st.s, min(st.e, objAt+40))
			}
		}
	}
}
