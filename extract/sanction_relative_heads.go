package extract

import "github.com/scamgraph/scamgraph/model"

// A sanction told in a relative clause after an apposition that names a second party of the
// same kind: "Lin Mei, the daughter of Zhao Dehai, who was designated by OFAC", "Golden
// Reef Co., a unit of Apex Holdings, which was sanctioned by the EU". The clause may be the
// inner party's (the nearer head, and the one the writer most often means), so the first
// name gets no sanction from it; the inner one still does. Where the pronoun tells the two
// apart ("who" after a firm's apposition naming a person) relativeOfInserted already gives
// the clause to the inner name.

// sameKindRelative reports that rest (the gap after an inserted phrase, starting at byte
// restStart) opens a "who" clause after a person when the first mention is a person too, or
// a "which" clause after a non-person when the first is a non-person.
func sameKindRelative(cands []candidate, ents []*docEntity, ms []int, p, q int, rest string, restStart int) bool {
	who, which := reRelWho.MatchString(rest), reRelWhich.MatchString(rest)
	if !who && !which {
		return false
	}
	last := -1
	for k := p + 1; k < q; k++ {
		if c := cands[ms[k]]; c.e <= restStart && c.ent >= 0 {
			last = c.ent
		}
	}
	first := cands[ms[p]].ent
	if last < 0 || last == first {
		return false
	}
	person := func(e int) bool { return ents[e].typ == model.Person }
	return who && person(last) && person(first) || which && !person(last) && !person(first)
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

// otherNameBetween reports a mention of a third entity between mentions ms[p] and ms[q]: in
// "Lin Mei, the wife of Zhao Dehai, whom OFAC sanctioned" and "Golden Reef Co., a unit of
// Apex Holdings, which OFAC placed under sanctions" the relative clause may be the inner
// name's, so the relative-clause readers leave the first name alone.
func otherNameBetween(cands []candidate, ms []int, p, q int) bool {
	a, b := cands[ms[p]].ent, cands[ms[q]].ent
	for k := p + 1; k < q; k++ {
		if e := cands[ms[k]].ent; e >= 0 && e != a && e != b {
			return true
		}
	}
	return false
}
