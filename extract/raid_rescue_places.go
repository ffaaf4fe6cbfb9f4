package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// Rescues told in the passive with the site's place between the site and the raider: "41
// were rescued from X in Poipet, Banteay Meanchey Province, during an operation
// conducted by the Cambodian National Police". The pair readers (raid_rescues.go) see only
// the words between neighbouring names, and the places stand between the site and its raider.
// The places must follow the site as a chain ("in A", ", A", ", B,"), at most three of them,
// and the words after the last one must be those raid_rescues.go reads between a site and
// its raider (reByAgentGap): a time, "in an operation conducted by", "by".

// reRescuedCountFrom is reRescuedFromBefore with the people told by their number alone: "41
// were rescued from", "41 of them were freed from".
var reRescuedCountFrom = regexp.MustCompile(`(?i)(?:\b` + rescuedPeopleW + `|\b\d[\d,]*|\bof\s+(?:them|us|these|those))\s+(?:were|was|had\s+been|have\s+been)\s+(?:(?:later|also|reportedly)\s+)?(?:rescued|freed|evacuated|liberated)\s+from\s+(?:the\s+)?$`)

// rePlaceLink joins the site to its first place and each place to the next: " in ", ", ".
var rePlaceLink = regexp.MustCompile(`^(?:\s*,\s*|\s+in\s+)(?:the\s+)?$`)

// rePlaceChainEnd drops the comma that closes the chain before the agent's words.
var rePlaceChainEnd = regexp.MustCompile(`^\s*,`)

// raidRescuePlaces reads the shape above. emit gets the sentence, the raider, the site and
// the span read.
func raidRescuePlaces(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	isSite := siteMention(ents)
	raider := raiderMention(ents)
	isPlace := func(c candidate) bool { return c.ent >= 0 && ents[c.ent].typ == model.Location }
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 3 {
			continue
		}
		low := lowerASCII(text[st.s:st.e])
		if !mentionsAny(low, "rescued from", "freed from", "evacuated from", "liberated from") || !mentionsAny(low, " by ") {
			continue // cheap test before the regular expressions
		}
		for k, m := range ms {
			site := cands[m]
			if !isSite(site) || !reRescuedCountFrom.MatchString(text[max(st.s, site.s-80):site.s]) {
				continue
			}
			pos, j, places := site.e, k+1, 0
			for j < len(ms) && places < 3 {
				c := cands[ms[j]]
				if c.s < pos || !isPlace(c) || !rePlaceLink.MatchString(text[pos:c.s]) {
					break
				}
				pos, j, places = c.e, j+1, places+1
			}
			if places == 0 || j >= len(ms) {
				continue // no place between: the pair readers read it
			}
			agent := cands[ms[j]]
			if agent.s < pos || !raider(agent) || agent.s-pos > 90 {
				continue
			}
			gap := lowerASCII(text[pos:agent.s])
			if loc := rePlaceChainEnd.FindStringIndex(gap); loc != nil {
				gap = gap[loc[1]:]
			}
			if reByAgentGap.MatchString(gap) {
				emit(si, agent.ent, site.ent, site.s, agent.e)
			}
		}
	}
}
