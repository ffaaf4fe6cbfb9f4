package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A participle or a post put before its subject: "Owned by Lim Heng since 2019, the Blue Lotus
// compound ...", "Sanctioned by OFAC in 2023, Chen Wei remains free", "As a spokesman for the
// ministry, Chea Sok said". The agent is the sentence's
// first name and the subject the name right after the comma that closes the phrase.
var (
	// reFrontedLead is the sentence's start up to the agent (lower-cased).
	reFrontedLead = regexp.MustCompile(`^\s*(owned|co-owned|run|operated|controlled|protected|guarded|shielded|sanctioned|designated|blacklisted|employed)\s+(?:(?:solely|jointly|wholly|partly|largely|ultimately|long|since\s+\d{4})\s+)?by\s+(?:the\s+)?(?:(?:tycoon|businessman|businesswoman|general|oknha|neak|senator|mr\.?|ms\.?|mrs\.?|dr\.?|u\.s\.|us)\s+){0,3}$`)
	// reFrontedClose runs from the agent to the subject: an optional time, the comma, and a
	// determiner.
	// reAsRoleLead is a post set before its holder: "As owner of", "As a spokesman for the".
	reAsRoleLead   = regexp.MustCompile(`^\s*as\s+(?:(?:a|an|the)\s+)?([a-z][a-z -]{1,40}?)\s+(?:of|for|at)\s+(?:the\s+)?$`)
	reFrontedClose = regexp.MustCompile(`^(?:\s+(?:in|since|until|from|on|during|for)\s+[^,;()]{1,30})?\s*,\s+(?:the\s+)?$`)
)

// frontedParticiples reads the fronted participles above. emit gets the sentence, subject,
// object, predicate and span read.
func frontedParticiples(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b int, pred string, s, e int)) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 {
			continue
		}
		ag, sub := cands[ms[0]], cands[ms[1]]
		if ag.ent < 0 || sub.ent < 0 || ag.ent == sub.ent || ag.s < st.s || sub.e > st.e {
			continue
		}
		lead := strings.ToLower(text[st.s:ag.s])
		if !reFrontedClose.MatchString(text[ag.e:sub.s]) {
			continue
		}
		// "As owner of Blue Lotus Park, Lim Heng ...": the holder is the subject.
		if r := reAsRoleLead.FindStringSubmatch(lead); r != nil && ents[sub.ent].typ == model.Person {
			if _, pred := rolePhrase(r[1]); pred != "" && ents[ag.ent].typ != model.Person && ents[ag.ent].typ != model.Location {
				emit(si, sub.ent, ag.ent, pred, st.s, sub.e)
			}
			continue
		}
		m := reFrontedLead.FindStringSubmatch(lead)
		if m == nil {
			continue
		}
		if pred, a, b := frontedTie(m[1], ents[ag.ent], ents[sub.ent]); pred != "" {
			if a {
				emit(si, ag.ent, sub.ent, pred, st.s, sub.e)
			} else if b {
				emit(si, sub.ent, ag.ent, pred, st.s, sub.e)
			}
		}
	}
}

// frontedTie gives the predicate a fronted participle states between its agent and subject,
// and whether the agent (first) or the subject (second) is the edge's subject.
func frontedTie(verb string, agent, subject *docEntity) (string, bool, bool) {
	ta, ts := agent.typ, subject.typ
	actor := agentType(ta)
	switch verb {
	case "owned", "co-owned":
		if actor && (ts == model.Company || ts == model.Compound) {
			return model.Owns, true, false
		}
	case "run", "operated":
		if actor && ts == model.Compound {
			return model.Operates, true, false
		}
	case "controlled":
		if actor && ts == model.Compound {
			return model.Operates, true, false
		}
		if actor && ts == model.Company {
			return model.Owns, true, false
		}
	case "protected", "guarded", "shielded":
		if (ta == model.Organization || ta == model.Person) && ts == model.Compound {
			return model.Protects, true, false
		}
	case "sanctioned", "designated", "blacklisted":
		if (ta == model.Organization || ta == model.Location && isCountry(agent.name)) && ts != model.Location {
			return model.SanctionedBy, false, true
		}
	case "employed":
		if (ta == model.Company || ta == model.Organization) && ts == model.Person {
			return model.EmployedBy, false, true
		}
	}
	return "", false, false
}

// dashAppos reads a dash or an opening bracket right after a name as the comma of an
// apposition: "Lim Heng — the owner of", "Lim Heng (owner of". A gap that closes the dash or
// bracket again is left alone: what follows it is no longer the apposition.
func dashAppos(gap string) string {
	t := strings.TrimLeft(gap, " ")
	for _, open := range []string{"—", "–", "(", "-- "} {
		if rest, ok := strings.CutPrefix(t, open); ok && !strings.ContainsAny(rest, "—–()") && strings.TrimSpace(rest) != "" {
			return ", " + strings.TrimLeft(rest, " ")
		}
	}
	return gap
}
