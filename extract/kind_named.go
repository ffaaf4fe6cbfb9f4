package extract

import "github.com/scamgraph/scamgraph/model"

// kindNamed names a body right after a noun that says what kind of body follows ("the rights
// group Fortify Rights", "the watchdog Border Voice", "the militia Red Star Army"), when its
// words alone looked like no name: the writer has just said it is an organisation. One to
// four capitalised words, closed by punctuation, a verb or the sentence's end; a listed or
// otherwise typed span never comes here, and a span that opens with a title or a place word
// is left alone; so is a lone common word ("the group Police").
func kindNamed(text string, si int, st sentence, i, j int) (candidate, bool) {
	toks := st.toks
	if j-i > 1 && isAcronym(toks[i].text) && kindSector(toks, i) != "" {
		i++ // "the NGO Safe Passage": the kind word is capitalised into the span
	}
	if i == 0 || j-i > 4 {
		return candidate{}, false
	}
	sector := kindSector(toks, i-1)
	if sector == "" {
		return candidate{}, false
	}
	plain := 0 // words that could be a name's own, not a common noun capitalised in it
	for _, t := range toks[i:j] {
		if !isCap(t) || titleWords[t.low] || calendarWords[t.low] || leadStrip[t.low] {
			return candidate{}, false
		}
		if !notNames[t.low] && !demonyms[t.low] {
			plain++
		}
	}
	if plain == 0 && j-i < 2 {
		return candidate{}, false
	}
	c := candidate{s: toks[i].s, e: toks[j-1].e, ti: i, tj: j, typ: model.Organization, conf: 0.7, gaz: -1, sent: si, sector: sector}
	c.text = text[c.s:c.e]
	return c, true
}

// kindNamedAcronym keeps an unlisted acronym that a kind noun introduces ("human rights
// group LICADHO has ..."): a lone acronym elsewhere waits for a fuller name, but here the
// writer has said what it names.
func kindNamedAcronym(st sentence, cs []candidate) {
	toks := st.toks
	for k := range cs {
		c := &cs[k]
		if !c.weak || c.gaz >= 0 || c.tj-c.ti != 1 || c.ti == 0 || !isAcronym(c.text) || (c.typ != model.Organization && c.typ != model.Person) {
			continue
		}
		if s := kindSector(toks, c.ti-1); s != "" {
			c.typ, c.conf, c.weak, c.sector = model.Organization, 0.7, false, s
		}
	}
}
