package extract

import "slices"

// A name inside a non-restrictive relative clause is less salient than the names of the
// clause it hangs from: "The buildings are owned by Sugbo Realty Holdings Inc., which leased
// them to Xinyuan in 2021. The company's president ..." speaks of Sugbo, not of Xinyuan
// (entities of the main clause rank above embedded ones as antecedents; Grosz, Joshi &
// Weinstein 1995). A definite description reaching back into an earlier sentence therefore
// passes over a name that stands in such a clause when a name of a fitting type stands in
// the main clause before it.

// mainClauseMention returns, for the fitting mention ms[i] of an earlier sentence st, the
// nearest fitting mention before the relative clause ms[i] stands in; i itself when ms[i]
// stands in no relative clause or none fits before it.
func mainClauseMention(st sentence, cands []candidate, ents []*docEntity, ms []int, i int, types []string) int {
	rs := relativeClauseStart(st, cands[ms[i]].ti)
	if rs < 0 {
		return i
	}
	for j := i - 1; j >= 0; j-- {
		c := cands[ms[j]]
		if c.tj > rs || c.ent < 0 || landmarkMention(st, c) {
			continue
		}
		if slices.Contains(types, ents[c.ent].typ) {
			return j
		}
	}
	return i
}

// relativeClauseStart returns the index of the comma that opens a non-restrictive relative
// clause (", which", ", who", ", whose") holding token ti with no further comma between the
// pronoun and ti, or -1.
func relativeClauseStart(st sentence, ti int) int {
	toks := st.toks
	for k := min(ti, len(toks)) - 1; k > 0; k-- {
		switch toks[k].low {
		case "which", "who", "whose":
			if toks[k-1].text == "," {
				return k - 1
			}
			return -1
		case ",", ";", ":":
			return -1
		}
	}
	return -1
}

// subjectOf returns the entity of the name that opens sentence st (its subject, after at most
// an article) when it has one of types, else -1: "it" after a sentence naming two fitting
// entities continues its subject.
func subjectOf(st sentence, cands []candidate, ents []*docEntity, ms []int, types []string) int {
	if len(ms) == 0 {
		return -1
	}
	c := cands[ms[0]]
	if c.ent < 0 || !opensSentence(st, c) || !slices.Contains(types, ents[c.ent].typ) {
		return -1
	}
	// "A and B signed a deal. It owns ...", "The X compound and the Y Park were ...": a
	// coordinated subject leaves "it" open.
	if len(ms) > 1 {
		if n := cands[ms[1]]; n.ent >= 0 && slices.Contains(types, ents[n.ent].typ) && n.ti-c.tj <= 3 {
			for k := c.tj; k < n.ti && k < len(st.toks); k++ {
				if st.toks[k].low == "and" || st.toks[k].low == "or" {
					return -1
				}
			}
		}
	}
	return c.ent
}
