package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A sanction told in a relative clause after an apposition that names a second party: "Lin
// Mei, the daughter of Zhao Dehai, who was designated by OFAC", "Golden Reef Co., a unit of
// Apex Holdings, which was sanctioned by the EU". The pronoun tells which names can take the
// clause: "who" and "whom" a person, "which" a firm, body or site (never a person or a
// place), "that" anything but a place (a person only when the first name is one: after "a
// company chaired by B, that ..." the clause is the company's). When the first name and a
// name inside its apposition can both take it, the clause is either's, and neither gets the
// sanction from it; a name inside the apposition that cannot take it gets nothing either
// ("Golden Reef Co., a company owned by Zhao Dehai, which was designated by OFAC"), and a
// first name that cannot take it is left to the inner one (relativeOfInserted, clause_heads.go).

// reRelPron is a relative pronoun that may open a clause on a sanction.
var reRelPron = regexp.MustCompile(`\b(who|whom|which|that)\b`)

// reRelAfterName opens a relative clause right after a name: ", who", ", which".
var reRelAfterName = regexp.MustCompile(`^\s*,\s*(who|whom|which|that)\b`)

// reSingularRel opens a relative clause with a singular verb after a list's last item: "A
// and B, who was designated by": the clause is the last item's alone.
var reSingularRel = regexp.MustCompile(`^\s*,\s*(?:who|which|that)\s+(?:is|was|has)\b`)

// reApposBefore is the words between a name and a later name inside its apposition: ", the
// daughter of ", ", an adviser to the ", ", chairman of ". The phrase opens with a lower-case
// word (no relative pronoun) and holds no comma or clause mark.
var reApposBefore = regexp.MustCompile(`^\s*,\s*[A-Za-z][^,;:()]{0,80}$`)

// relWords open a relative clause.
var relWords = set("who", "whom", "whose", "which", "that")

// pronounFits reports that a relative pronoun can take an entity of type t; firstPerson
// tells whether the first name, the apposition's head, is a person.
func pronounFits(pron, t string, firstPerson bool) bool {
	switch pron {
	case "who", "whom":
		return t == model.Person
	case "which":
		return t != model.Person && t != model.Location
	case "that":
		return t != model.Location && (t != model.Person || firstPerson)
	}
	return false
}

// sameKindRelative reports that rest (the gap after an inserted phrase, starting at byte
// restStart) opens a relative clause that both the first mention ms[p] and a name inside
// the phrase can take.
func sameKindRelative(cands []candidate, ents []*docEntity, ms []int, p, q int, rest string, restStart int) bool {
	m := reRelPron.FindStringSubmatchIndex(rest)
	if m == nil || strings.TrimSpace(rest[:m[0]]) != "" {
		return false
	}
	pron := rest[m[2]:m[3]]
	first := cands[ms[p]].ent
	fp := ents[first].typ == model.Person
	if !pronounFits(pron, ents[first].typ, fp) {
		return false
	}
	for k := p + 1; k < q; k++ {
		if c := cands[ms[k]]; c.e <= restStart && c.ent >= 0 && c.ent != first && pronounFits(pron, ents[c.ent].typ, fp) {
			return true
		}
	}
	return false
}

// noSanctionOf drops the SANCTIONED_BY edges of subject e that add would give.
func noSanctionOf(e int, add func(a, b int, pred string, conf float64)) func(a, b int, pred string, conf float64) {
	return func(a, b int, pred string, conf float64) {
		if pred == model.SanctionedBy && a == e {
			return
		}
		add(a, b, pred, conf)
	}
}

// otherNameBetween reports a mention of a third entity between mentions ms[p] and ms[q],
// before the relative pronoun of the gap, that the pronoun could take: in "Lin Mei, the wife
// of Zhao Dehai, whom OFAC sanctioned" the clause may be Zhao Dehai's, so the relative-clause
// reader leaves Lin Mei alone; in "She Zhijiang, chairman of Yatai International Holdings
// Group, whom the UK sanctioned" and "Yatai, a company registered in Hong Kong, which OFAC
// designated" it is the first name's.
func otherNameBetween(text string, cands []candidate, ents []*docEntity, ms []int, p, q int) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if cb.s <= ca.e {
		return false
	}
	gap := lowerASCII(text[ca.e:cb.s])
	all := reRelPron.FindAllStringSubmatchIndex(gap, -1)
	if len(all) == 0 {
		return false
	}
	m := all[len(all)-1]
	pron, at := gap[m[2]:m[3]], ca.e+m[0]
	a, b := ca.ent, cb.ent
	fp := ents[a].typ == model.Person
	for k := p + 1; k < q; k++ {
		if c := cands[ms[k]]; c.ent >= 0 && c.ent != a && c.ent != b && c.e <= at && pronounFits(pron, ents[c.ent].typ, fp) {
			return true
		}
	}
	return false
}

// relHeadBefore reports that the relative clause right after mention ms[p] ("Hun Sen, who
// was designated by ...") may be an earlier name's: ms[p] ends an apposition of a name the
// pronoun can take ("Ly Yong Phat, an adviser to Hun Sen, who ..."; "Zhao Dehai, a partner
// of the Karen National Army, who ..."). It looks at most four mentions back.
func relHeadBefore(text string, cands []candidate, ents []*docEntity, ms []int, p int) bool {
	ca := cands[ms[p]]
	m := reRelAfterName.FindStringSubmatch(lowerASCII(text[ca.e:min(len(text), ca.e+12)]))
	if m == nil || p == 0 {
		return false
	}

	for j := p - 1; j >= 0 && j >= p-4; j-- {
		c := cands[ms[j]]
		if c.ent < 0 || c.ent == ca.ent || c.e > ca.s {
			continue
		}
		g := lowerASCII(text[c.e:ca.s])
		if !strings.HasPrefix(strings.TrimSpace(g), ",") {
			continue // a name inside the apposition: "the daughter of Zhao Dehai and Tan Bo"
		}
		if !reApposBefore.MatchString(g) || relWords[strings.Fields(strings.TrimLeft(strings.TrimSpace(g), ", "))[0]] {
			return false // a list, a clause ("A, which owns B, which ..."): the nearer name's
		}
		if pronounFits(m[1], ents[c.ent].typ, ents[c.ent].typ == model.Person) {
			return true
		}
		return false
	}
	return false
}

// reApposRel is an apposition closed by a relative pronoun: ", the daughter of Zhao Dehai
// of Phnom Penh, who". Group 1 is the pronoun.
var reApposRel = regexp.MustCompile(`^\s*,\s*[a-z][^,;:()]{0,100}?,\s*(who|whom|which|that)\b`)

// apposRelShared reports that the gap between mentions ms[p] and ms[q] is an apposition of
// ms[p] closed by a relative clause that both ms[p] and a name inside the apposition can
// take: "Lin Mei, the daughter of Zhao Dehai of Phnom Penh, who was designated by".
func apposRelShared(text string, cands []candidate, ents []*docEntity, ms []int, p, q int) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if cb.s <= ca.e || cb.s-ca.e > 220 || ca.ent < 0 {
		return false
	}
	m := reApposRel.FindStringSubmatchIndex(lowerASCII(text[ca.e:cb.s]))
	if m == nil {
		return false
	}
	if sameKindRelative(cands, ents, ms, p, q, text[ca.e+m[2]:cb.s], ca.e+m[2]) {
		return true
	}
	// "Lin Mei, the daughter of Zhao Dehai of Phnom Penh, who": a name the apposition's
	// noun takes that no mention covers may be a person or a firm as well.
	pron := lowerASCII(text[ca.e+m[2] : ca.e+m[3]])
	t := ents[ca.ent].typ
	if pron == "that" || !pronounFits(pron, t, t == model.Person) {
		return false
	}
	at := ca.e + m[2]
	for _, u := range reUnknownName.FindAllStringSubmatchIndex(text[ca.e:at], -1) {
		s, e := ca.e+u[2], ca.e+u[3]
		covered := false
		for k := p + 1; k < q; k++ {
			if c := cands[ms[k]]; c.ent >= 0 && c.s < e && s < c.e {
				covered = true
			}
		}
		if !covered {
			return true
		}
	}
	return false
}

// reUnknownName is a name of two or more capitalised words after the preposition of an
// apposition's noun: "the daughter of Zhao Dehai", "an adviser to Hun Sen".
var reUnknownName = regexp.MustCompile(`\b(?:of|to|for)\s+((?:[A-Z][a-z]+\s+)+[A-Z][a-z]+)\b`)

// sharedSanctionClause reports that a relative clause read between mentions ms[p] and ms[q]
// may be another name's, so ms[p] gets no sanction from it (relHeadBefore, apposRelShared).
func sharedSanctionClause(text string, cands []candidate, ents []*docEntity, ms []int, p, q int) bool {
	return cands[ms[p]].ent >= 0 && (relHeadBefore(text, cands, ents, ms, p) || apposRelShared(text, cands, ents, ms, p, q))
}
