package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A post held by a relative. "The company's sole director is his wife, Keo Malis." names the
// director twice, by kinship and by name: the wife holds the post, and "his" stands for the
// husband only as the one she is kin to. So a possessive pronoun before a kin word ("his wife",
// "her son") is never itself a party to a body's tie in its clause, and a post ending in "is
// his wife, NAME" is the named relative's.

// reKinHolder is the gap between a body (or "its") and a person after it: "'s sole director is
// his wife, ", " chairman was her brother ". Group 1 is the post, group 2 the kin word.
var reKinHolder = regexp.MustCompile(`^(?:['’]s)?\s+([a-z][a-z -]{1,40}?)\s+(?:is|was|has\s+been|remains)\s+(?:his|her|their)\s+([a-z-]+)\s*,?\s*$`)

// kinPossessor reports a mention that is a possessive pronoun standing before a kin word:
// "his" in "his wife".
func kinPossessor(text string, c candidate) bool {
	switch strings.ToLower(c.text) {
	case "his", "her", "their":
	default:
		return false
	}
	rest := strings.TrimLeft(text[c.e:min(len(text), c.e+40)], " ")
	w := strings.ToLower(rest)
	if i := strings.IndexFunc(w, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') }); i >= 0 {
		w = w[:i]
	}
	return familyWords[w]
}

// kinPossessorPair reports a pair of a kin word's possessor ("his" in "his wife") and a body or
// site: the tie in that clause is the relative's, not the possessor's. Kin ties between people
// are read as before.
func kinPossessorPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 {
		return false
	}
	if kinPossessor(text, ca) {
		return ents[cb.ent].typ != model.Person
	}
	if kinPossessor(text, cb) {
		return ents[ca.ent].typ != model.Person
	}
	return false
}

// reKinPassive is the gap of a passive whose agent is named through kinship: " is managed by
// his nephew, ", " was owned by her brother ". Group 1 is the verb, group 2 the kin word.
var reKinPassive = regexp.MustCompile(`^\s+(?:is|was|has\s+been|had\s+been|are|were)\s+(?:(?:now|still|also|reportedly|allegedly|effectively)\s+)?(managed|run|operated|directed|headed|chaired|led|owned)\s+by\s+(?:his|her|their)\s+([a-z-]+)\s*,?\s*$`)

// kinNamePossessor reports a person's name standing before "'s" and a kin word: "Narong" in
// "Narong's nephew".
func kinNamePossessor(text string, ents []*docEntity, c candidate) bool {
	if c.ent < 0 || ents[c.ent].typ != model.Person || c.e+2 > len(text) {
		return false
	}
	rest := text[c.e:]
	switch {
	case strings.HasPrefix(rest, "'s "):
		rest = rest[3:]
	case strings.HasPrefix(rest, "’s "):
		rest = rest[len("’s "):]
	default:
		return false
	}
	return kinPossessor("his "+rest[:min(len(rest), 40)], candidate{s: 0, e: 3, text: "his"})
}

// kinHolderPair reads a body's tie held by a person named after a kin word: "The company's
// sole director is his wife, Keo Malis", "The company is managed by Narong's nephew, Thanawat
// Chaiwat". The possessor, a pronoun or a name, is left out of the tie.
func kinHolderPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	a, b, ok := pairEnds(cands, ms, p, q, 90)
	if !ok {
		return
	}
	ta, tb := ents[a].typ, ents[b].typ
	if ta != model.Company && ta != model.Organization && ta != model.Compound || tb != model.Person {
		return
	}
	// The only mention between the two is the kin word's possessor, read as "his".
	var g strings.Builder
	at := cands[ms[p]].e
	for k := p + 1; k < q; k++ {
		c := cands[ms[k]]
		switch {
		case c.s < at:
			return
		case kinPossessor(text, c):
		case kinNamePossessor(text, ents, c):
			at2 := c.e + len("'s")
			if strings.HasPrefix(text[c.e:], "’s") {
				at2 = c.e + len("’s")
			}
			g.WriteString(text[at:c.s] + "his")
			at = at2
			continue
		default:
			return
		}
		g.WriteString(text[at:c.s] + "his")
		at = c.e
	}
	g.WriteString(text[at:cands[ms[q]].s])
	gap := strings.ToLower(g.String())
	if m := reKinPassive.FindStringSubmatch(gap); m != nil && familyWords[m[2]] {
		switch {
		case m[1] == "owned" && ta != model.Organization:
			add(b, a, model.Owns, 0.8)
		case m[1] != "owned" && ta == model.Compound:
			add(b, a, model.Operates, 0.8)
		case m[1] != "owned":
			add(b, a, model.Directs, 0.8)
		}
		return
	}
	if ta == model.Compound {
		return
	}
	m := reKinHolder.FindStringSubmatch(gap)
	if m == nil || !familyWords[m[2]] {
		return
	}
	role, pred := rolePhrase(m[1])
	if pred != model.Directs && pred != model.EmployedBy {
		return
	}
	setRole(role)
	add(b, a, pred, 0.8)
}

// kinPossessorEnd reports a tie with a body or site whose person end is a kin word's
// possessor at either end of the span [ms, me) it was read over: "his" in "The company's
// director is his wife", read by any rule.
func kinPossessorEnd(text string, ms, me int, ta, tb string) bool {
	if ta != model.Person || tb == model.Person || ms < 0 || me > len(text) || ms >= me {
		return false
	}
	for _, w := range []string{"his", "her", "their"} {
		if me-ms >= len(w) && strings.EqualFold(text[me-len(w):me], w) && (me-len(w) == 0 || !isWordByte(text[me-len(w)-1])) &&
			kinPossessor(text, candidate{s: me - len(w), e: me, text: text[me-len(w) : me]}) {
			return true
		}
		if me-ms >= len(w) && strings.EqualFold(text[ms:ms+len(w)], w) && (ms+len(w) == len(text) || !isWordByte(text[ms+len(w)])) &&
			kinPossessor(text, candidate{s: ms, e: ms + len(w), text: text[ms : ms+len(w)]}) {
			return true
		}
	}
	return false
}
