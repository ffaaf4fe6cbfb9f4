package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// An officer's posting told by "assigned to" (attached, posted, detailed, seconded) right
// after the person or in the person's own copula: "Police Master Sergeant X, assigned to the
// Lapu-Lapu City Police Office", "X is an active member of the national police assigned to
// the city police station", "X, who was attached to the provincial police". The body is a
// public body (a police unit, an office); a body named inside the copula's noun phrase may
// stand between, and the posting is in the body after "to".
//
// The posting may also close the person's apposition, after an age or not: "X, 41, a police
// sergeant attached to the Mae Sai checkpoint", "X, a member of the national police assigned
// to the city police office". The apposition must name a post of the person's own: a
// relative's post ("a nephew of a sergeant attached to"), a former or denied one, a suspect's
// or a victim's place, and a phrase holding a clause, a hedge or a second phrase read nothing.

// reAssignedLead is the gap between the person and the body of posting.
var reAssignedLead = regexp.MustCompile(`^\s*,?\s*(?:(?:who|whom)\s+(?:is|was|had\s+been|has\s+been)\s+|(?:is|was|had\s+been|has\s+been)\s+(?:(?:a|an|the)\s+[^,;:()]{1,80}?\s+)?)?(?:currently\s+|then\s+|later\s+)?(?:assigned|attached|posted|detailed|seconded)\s+to\s+(?:the\s+)?$`)

// reAssignedAppos is the gap of "X, 41, a police sergeant attached to the " (group 1 the
// noun phrase); a body named inside it ("a member of the national police") is written "org".
var reAssignedAppos = regexp.MustCompile(`^\s*(?:,\s*(?:aged\s+)?\d{1,3}\s*)?,\s*(?:a|an)\s+((?:[a-z-]+\s+){0,4}?[a-z-]+(?:\s+of\s+(?:the\s+)?org)?)\s+(?:currently\s+|then\s+)?(?:assigned|attached|posted|detailed|seconded)\s+to\s+(?:the\s+)?$`)

// assignedApposNoun reports a noun phrase of reAssignedAppos that names a post of the
// person's own: no preposition but the one before a body, no clause, no kin, no former or
// denied post, no party to a case.
func assignedApposNoun(np string) bool {
	f := strings.Fields(np)
	for i, w := range f {
		if w == "of" && i == len(f)-2 || w == "of" && i == len(f)-3 && f[i+1] == "the" {
			break // "a member of the org"
		}
		switch w {
		case "of", "for", "to", "with", "from", "by", "at", "in", "on", "who", "whose", "which", "that", "and", "or",
			"former", "ex-", "retired", "onetime", "one-time", "then", "not", "never", "no", "fake", "bogus", "self-styled",
			"said", "says", "was", "is", "were", "believed", "reportedly", "allegedly", "claimed", "suspected", "alleged",
			"accused", "defendant", "suspect", "victim", "detainee", "prisoner", "inmate", "witness", "complainant", "survivor", "case":
			return false
		}
		if familyWords[w] || strings.HasSuffix(w, "-in-law") {
			return false
		}
	}
	return true
}

// assignedAppos reads reAssignedAppos between the person at ms[i] and the body at ms[j], the
// body at ms[i+1] standing as "org" when j is i+2.
func assignedAppos(text string, cands []candidate, ms []int, i, j int) bool {
	cp, cb := cands[ms[i]], cands[ms[j]]
	gap := text[cp.e:cb.s]
	if j == i+2 {
		cm := cands[ms[i+1]]
		if cm.s < cp.e || cm.e > cb.s {
			return false
		}
		gap = text[cp.e:cm.s] + "org" + text[cm.e:cb.s]
	}
	m := reAssignedAppos.FindStringSubmatch(strings.ToLower(gap))
	return m != nil && assignedApposNoun(m[1])
}

// reAssignedObject ends the words before a name that is a preposition's object.
var reAssignedObject = regexp.MustCompile(`\b(?:against|of|for|by|to|with|from|on|about)\s+(?:(?:the|a|an)\s+)?(?:[a-z.]+\s+){0,2}$`)

// assignedPosts reads the shape above; ms lists each sentence's mentions; emit is
// possessedPosts'.
func assignedPosts(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred, role string, appos bool)) {
	for si := range sents {
		ms := bySent[si]
		for i := 0; i+1 < len(ms); i++ {
			cp := cands[ms[i]]
			if cp.ent < 0 || ents[cp.ent].typ != model.Person {
				continue
			}
			// "the complaint against X was assigned to the court": X is no subject of the
			// copula; a clause set off by a comma is X's own.
			object := reAssignedObject.MatchString(strings.ToLower(text[max(0, cp.s-20):cp.s]))
			// The body of posting: the next mention, or the one after a body named in the
			// copula's noun phrase ("a member of the national police assigned to Y").
			for j := i + 1; j < len(ms) && j <= i+2; j++ {
				cb := cands[ms[j]]
				if cb.ent < 0 || cp.e > cb.s {
					break
				}
				if ents[cb.ent].typ != model.Organization {
					break
				}
				gap := strings.ToLower(text[cp.e:cb.s])
				if object && !strings.HasPrefix(strings.TrimSpace(gap), ",") {
					break
				}
				if len(gap) <= 140 && (reAssignedLead.MatchString(gap) || assignedAppos(text, cands, ms, i, j)) {
					emit(si, ms[i], ms[j], cp.ent, cb.ent, model.EmployedBy, "", false)
					break
				}
			}
		}
	}
}
