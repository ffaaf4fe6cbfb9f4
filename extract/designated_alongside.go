package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Parties a notice says were designated together with another, the verb told once:
//
//	Mekong Pearl Exchange was designated on the same day as Kinglong Phoenix and two
//	unrelated Cambodian firms, Sen Sok Trading Co., Ltd. and Riverstar Payments Plc.
//	The general was sanctioned by OFAC along with Golden Lotus Co., Ltd., the group's
//	casino arm.
//
// The names coordinated after "along with", "alongside", "together with", "on the same day
// as" or "at the same time as" share the designation: each is SANCTIONED_BY the body the
// sentence names after "by", else the body the notice last said designates. The list may
// open with a short plural description ("two other firms, A and B") and ends at the first
// gap that is not a conjunction, so a description ("A, a firm owned by B") or a clause ("A,
// which B controls") adds nobody. A designation denied ("was not designated along with")
// reads nothing.

// reDesignatedAlongside is a designation verb up to the phrase that joins its other parties:
// "was designated on the same day as ", "were sanctioned by the EU along with ".
var reDesignatedAlongside = regexp.MustCompile(`(?i)\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|today|jointly|previously|later|then)\s+)*(designated|sanctioned|blacklisted)\b([^.;:]{0,60}?)\s(?:along\s+with|alongside|together\s+with|on\s+the\s+same\s+day\s+as|at\s+the\s+same\s+time\s+as)\s`)

// reAlongsideLead is what may come between the joining phrase and the first name: nothing,
// a determiner, or a short description of those named, closed by a comma ("two unrelated
// Cambodian firms, ").
var reAlongsideLead = regexp.MustCompile(`(?i)^(?:(?:the|his|her|its|their)\s+)?(?:(?:[\w-]+\s+){0,4}(?:firms?|compan(?:y|ies)|entit(?:y|ies)|individuals|persons|people|associates?|business(?:es)?|groups?|executives|officers|militias?|men|others|wife|husband|son|daughter|brother|sister|father|nephew|partner),\s+(?:(?:the|his|her|its|their)\s+)?)?$`)

var designatedWords = []string{"designated", "sanctioned", "blacklisted"}

// designatedAlongside reads the sentences above. emit gets the sentence, the designated, the
// body, the body's sentence and the span read.
func designatedAlongside(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, agentSent, s, e int)) {
	lastAgent, lastSent := -1, -1
	for si, st := range sents {
		ms := bySent[si]
		body := text[st.s:st.e]
		var loc []int
		if hasFoldWord(body, designatedWords) { // what the regexp needs (fold_gates.go)
			loc = reDesignatedAlongside.FindStringSubmatchIndex(body)
		}
		if loc != nil && strings.Contains(strings.ToLower(body[max(0, loc[0]-5):loc[2]]), " not ") {
			loc = nil // "was not designated along with"
		}
		// The body the sentence names after "by", else the body the notice last said
		// designates (before this sentence's own joining phrase).
		agent, agentSent := lastAgent, lastSent
		if loc != nil {
			by := strings.Index(strings.ToLower(body[loc[3]:loc[5]]), "by ")
			for _, m := range ms {
				c := cands[m]
				if by >= 0 && c.ent >= 0 && c.s >= st.s+loc[3]+by && c.e <= st.s+loc[5] && canSanction(ents[c.ent]) {
					agent, agentSent = c.ent, si
					break
				}
			}
			if by >= 0 && agentSent != si {
				agent = -1 // an agent not recognised: read nothing rather than guess
			}
		}
		if a := lastSanctioner(text, st, ms, cands, ents); a >= 0 {
			lastAgent, lastSent = a, si
		}
		if loc == nil || agent < 0 {
			continue
		}
		start := st.s + loc[1]
		var names []candidate
		prev := -1 // the end of the chain's last name, read or left
		for _, m := range ms {
			c := cands[m]
			if c.s < start || c.ent < 0 {
				continue
			}
			if prev < 0 {
				if !reAlongsideLead.MatchString(text[start:c.s]) {
					break
				}
			} else {
				gap := text[prev:c.s]
				if gap != ", " && gap != " and " && gap != ", and " && !described(gap) {
					break
				}
			}
			if !agentType(ents[c.ent].typ) || c.ent == agent {
				break
			}
			prev = c.e
			if firmShortName(ents, c.ent) {
				continue // the chain goes on; this name is left unread
			}
			names = append(names, c)
		}
		// Names joined by commas alone are a name and its description: the chain stands
		// only when "and" joins its last name.
		for len(names) > 1 && !strings.HasSuffix(text[names[len(names)-2].e:names[len(names)-1].s], "and ") {
			names = names[:len(names)-1]
		}
		for _, c := range names {
			emit(si, c.ent, agent, agentSent, st.s+loc[0], c.e)
		}
	}
}

// described reports a gap that joins a name to a described group of names: " and two
// unrelated Cambodian firms, ".
func described(gap string) bool {
	rest, ok := strings.CutPrefix(strings.TrimPrefix(gap, ","), " and ")
	return ok && strings.HasSuffix(rest, ", ") && reAlongsideLead.MatchString(rest)
}

// firmShortName reports a person's name that opens the name of a firm of the document:
// "Kinglong Phoenix" beside "Kinglong Phoenix Entertainment Co., Ltd." is the firm's short
// name taken for a person, and a designation read for it would be a false edge.
func firmShortName(ents []*docEntity, e int) bool {
	if ents[e].typ != model.Person {
		return false
	}
	pre := strings.ToLower(ents[e].name) + " "
	for _, o := range ents {
		if (o.typ == model.Company || o.typ == model.Organization) && strings.HasPrefix(strings.ToLower(o.name), pre) {
			return true
		}
	}
	return false
}
