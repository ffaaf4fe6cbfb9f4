package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A named person's speaking agent: "Guo's lawyer, Somchai Rattanakorn, said his client was a
// legitimate investor." The lawyer or interpreter of a person is that person's associate
// (acting-for.txt). The possessive shape was left out of acting_ties.go because a bare
// "X's lawyer, Y" once tied the wrong person; it is read here only in the shape reporting
// writes it in: the agent, set off by commas, speaks for the client ("said", "told"), and
// the possessor's name is no other person's too ("Farook's lawyer" after two Farooks names
// no one). The same agent is read in the shape with "for" before the client ("A lawyer for
// X, Y, said"), and a spokesman of a person is an agent too ("the X's spokesman, Y, told");
// a lawyer's firm after the name ("Y of Y & Partners LLP, said") and "called" as a verb of
// speech were tried and left out: on the development sets they tied two lawyers the labels
// leave untied for one they tie. Cases are in agent_possessor_test.go.

// reAgentOfGap is the gap "'s [defence] lawyer, " between the client and the agent; a title
// dropped before the agent ("Atty.") leaves a space in front.
var reAgentOfGap = regexp.MustCompile(`^\s*['’]s\s+(?:(?:defence|defense|long-time|longtime|personal|court-appointed)\s+)?(` + agentNouns + `)\s*,\s*$`)

// agentNouns are the nouns of a person who speaks or pleads for a client.
const agentNouns = `lawyer|attorney|counsel|interpreter|translator|spokesman|spokeswoman|spokesperson`

// reAgentForLead ends the text before the client in "A lawyer for X, Y, said": an article,
// the agent's noun and "for" or "representing", nothing else of the sentence before it but a
// clause's opening ("In court, ", "On Monday, ").
var reAgentForLead = regexp.MustCompile(`(?:^|[.;:!?]\s+|,\s+)(?:a|an|the)\s+(?:(?:defence|defense|long-time|longtime|personal|court-appointed)\s+)?(` + agentNouns + `)\s+(?:for|representing)\s+$`)

// reAgentForGap is the gap between the client and the agent in that shape: a comma, a title
// dropped before the agent leaving a space.
var reAgentForGap = regexp.MustCompile(`^\s*,\s*$`)

// reAgentSpeaks follows the agent's name: the comma closing the apposition and a verb of
// speech.
var reAgentSpeaks = regexp.MustCompile(`^\s*,\s*(?:(?:also|later)\s+)?(?:said|says|told|denied|insisted|argued|maintained|stated|added|claimed|replied|responded)\b`)

// agentPossessorPair reads "X's lawyer, Y, said ..." between mentions ms[p] and ms[q].
func agentPossessorPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int,
	add func(a, b int, pred string, conf float64), setRole func(string)) {
	if q != p+1 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || pronounRef(ca) ||
		ents[ca.ent].typ != model.Person || ents[cb.ent].typ != model.Person {
		return
	}
	gap := trimNameTitles(strings.ToLower(text[ca.e:cb.s]))
	m := reAgentOfGap.FindStringSubmatch(gap)
	if m == nil && reAgentForGap.MatchString(gap) {
		m = agentForLead(text, cands, ents, ms[:p], ca.s)
	}
	if m == nil || !reAgentSpeaks.MatchString(text[cb.e:min(len(text), cb.e+40)]) || sharedPossessorName(ents, ca) {
		return
	}
	setRole(m[1])
	add(cb.ent, ca.ent, model.AssociateOf, 0.75)
}

// agentForLead matches reAgentForLead on the text before the client at s. A comma may open
// the agent's phrase only after a clause's opening ("On Monday, a lawyer for X"): after a
// name the phrase is that name's apposition ("Police detained Dara Sok, a lawyer for X, Y,
// said" makes Dara Sok the lawyer, not Y).
func agentForLead(text string, cands []candidate, ents []*docEntity, before []int, s int) []string {
	start := max(0, s-80)
	window := strings.ToLower(text[start:s])
	loc := reAgentForLead.FindStringSubmatchIndex(window)
	if loc == nil {
		return nil
	}
	if lead := window[loc[0]:]; strings.HasPrefix(lead, ",") {
		if len(window) != s-start {
			return nil
		}
		comma := start + loc[0]
		for i := len(before) - 1; i >= 0; i-- {
			c := cands[before[i]]
			if c.e > comma {
				continue
			}
			if c.ent >= 0 && ents[c.ent].typ != model.Location && strings.TrimSpace(text[c.e:comma]) == "" {
				return nil
			}
			break
		}
	}
	return []string{window[loc[0]:loc[1]], window[loc[2]:loc[3]]}
}

// sharedPossessorName reports that a word of the possessor's mention is also a word of
// another person's name: the short form may stand for either of them.
func sharedPossessorName(ents []*docEntity, ca candidate) bool {
	words := strings.Fields(strings.ToLower(ca.text))
	for i, e := range ents {
		if i == ca.ent || e.typ != model.Person {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(e.name)) {
			for _, v := range words {
				if w == v {
					return true
				}
			}
		}
	}
	return false
}
