package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Memberships the word rules of pair miss because a unit noun or a date stands inside the
// phrase. Each shape has recall and precision cases in member_ranks_test.go:
//
//   - an officer of a unit inside an armed group holds a rank in the group, he does not lead
//     it: "X is a battalion commander in the KBDF", "X, a company commander of the LTPM";
//     and "X is a KPC major" (the group's name before the rank);
//   - a seat in a chamber told with a date or an election: "X, who since 2021 has also been a
//     member of the Shan State Hluttaw", "X was elected to the National Assembly in 2023";
//   - the party of that election: "elected to the National Assembly in 2023 as a Cambodian
//     People's Party candidate".
//
// A former rank or seat is history, not a membership the text gives for the events, and is
// left alone.

// unitNouns name the units an armed group is made of; unitPosts the posts held in them.
const (
	unitNouns = `battalion|brigade|company|platoon|regiment|division|unit|column|squad|district|area|field|frontline|camp|sector`
	unitPosts = `commander|deputy\s+commander|second-in-command|leader|chief|officer`
	rankNames = `colonel|lieutenant\s+colonel|major|captain|lieutenant|general|brigadier|sergeant|corporal|officer|soldier|fighter|member`
)

var (
	// reUnitPostGap is the gap of "X is a battalion commander in the " before the group.
	reUnitPostGap = regexp.MustCompile(`^\s*(?:,\s*(?:who\s+(?:is|was)\s+)?|\s+(?:is|was|has\s+been|had\s+been|became|remains|remained|serves\s+as|served\s+as)\s+)(?:also\s+|now\s+|still\s+|currently\s+)?(?:a|an)\s+(?:senior\s+|deputy\s+|local\s+)?(` + unitNouns + `)\s+(` + unitPosts + `)\s+(?:in|of|with|from|for)\s+(?:the\s+)?$`)
	// reRankLead is the gap of "X is a " or "X, a " before a group named ahead of a rank.
	reRankLead = regexp.MustCompile(`^\s*(?:,\s*(?:who\s+(?:is|was)\s+)?|\s+(?:is|was|has\s+been|had\s+been|became|remains|remained)\s+)(?:also\s+|now\s+|still\s+|currently\s+)?(?:a|an)\s+(?:senior\s+|serving\s+)?$`)
	// reRankAfter is the rank after the group's name: " major", " company commander".
	reRankAfter = regexp.MustCompile(`^\s+(?:(` + unitNouns + `)\s+(` + unitPosts + `)|(` + rankNames + `))\b`)
	// reDatedSeatGap is the gap of "X, who since 2021 has also been a member of the " and of
	// "X was elected to the " before a chamber.
	reDatedSeatGap = regexp.MustCompile(`^\s*(?:,\s*who\s+|\s+who\s+|\s+)(?:(?:since|in|from)\s+\d{4}(?:\s+(?:to|until)\s+\d{4})?\s*,?\s+)?(?:(?:has|had|have)\s+)?(?:also\s+|since\s+\d{4}\s+)*(?:(?:been|was|were|is)\s+)?(?:(?:re-?)?elected\s+(?:in\s+\d{4}\s+)?to|(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:member|senator|lawmaker|representative|legislator|councillor|councilor|deputy)\s+(?:of|in))\s+(?:the\s+)?$`)
	// reElectedAs is the gap of "X was elected to the Senate in 2023 as a " before a party.
	reElectedAs = regexp.MustCompile(`^\s*(?:,\s*who\s+|\s+who\s+|\s+)(?:(?:has|had|have)\s+(?:been\s+)?)?(?:was|were|is|been\s+)?\s*(?:re-?)?elected\b[^.;:]{0,80}?\bas\s+(?:a|an|the)\s+$`)
	// reCandidateAfter is the noun after the party: " candidate".
	reCandidateAfter = regexp.MustCompile(`^['’]?s?\s+(?:candidate|nominee|member)\b`)
	// reArmedAppos is a description of a body as an armed group set off after its name.
	reArmedAppos = regexp.MustCompile(`^\s*(?:\([^()]{1,16}\)\s*)?,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:armed\s+group|militia|rebel\s+(?:group|army)|insurgent\s+group|armed\s+organi[sz]ation|armed\s+faction|guerrilla\s+(?:group|army))\b`)
)

// memberRankPair reads the shapes above between mentions ms[p] (a person) and ms[q] (a body).
func memberRankPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || cb.s < ca.e || cb.s-ca.e > 200 || ents[ca.ent].typ != model.Person ||
		ents[cb.ent].typ != model.Organization || pronounRef(ca) {
		return
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	if strings.ContainsAny(gap, ";:") || strings.Contains(gap, "former") {
		return
	}
	after := strings.ToLower(text[cb.e:min(len(text), cb.e+40)])
	name := ents[cb.ent].name
	armed := armedGroup(text, cands, ents[cb.ent])
	if armed && q == p+1 {
		if m := reUnitPostGap.FindStringSubmatch(gap); m != nil {
			setRole(m[1] + " " + strings.Join(strings.Fields(m[2]), " "))
			add(ca.ent, cb.ent, model.MemberOf, 0.8)
			return
		}
		if reRankLead.MatchString(gap) {
			if role, ok := rankAfter(after); ok {
				setRole(role)
				add(ca.ent, cb.ent, model.MemberOf, 0.8)
				return
			}
		}
	}
	if q == p+1 && chamberName(name) && !partyName(name) && reDatedSeatGap.MatchString(gap) {
		setRole("member")
		add(ca.ent, cb.ent, model.MemberOf, 0.8)
		return
	}
	if partyName(name) && reElectedAs.MatchString(gap) && reCandidateAfter.MatchString(after) {
		add(ca.ent, cb.ent, model.MemberOf, 0.8)
	}
}

// armedGroup reports a body its name or a description in the text ("the KBDF, an armed
// group in Kayin State") types as an armed group; a state force's officers hold posts, not
// memberships, and are left to the other rules.
func armedGroup(text string, cands []candidate, e *docEntity) bool {
	switch sectorOf(e.name) {
	case model.SectorArmedGroup:
		return true
	case model.SectorPolice, model.SectorLegislature, model.SectorGovernment, model.SectorJudiciary:
		return false
	}
	for _, ci := range e.cands {
		if ci < 0 || ci >= len(cands) {
			continue
		}
		c := cands[ci]
		if c.sector == model.SectorArmedGroup || reArmedAppos.MatchString(strings.ToLower(text[c.e:min(len(text), c.e+80)])) {
			return true
		}
	}
	return false
}

// rankAfter reads the rank after an armed group's name from after, the lower-cased words that
// follow it (" major", " company commander"), as the role of its holder.
func rankAfter(after string) (string, bool) {
	m := reRankAfter.FindStringSubmatch(after)
	if m == nil {
		return "", false
	}
	if m[1] != "" {
		return m[1] + " " + strings.Join(strings.Fields(m[2]), " "), true
	}
	return strings.Join(strings.Fields(m[3]), " "), true
}
