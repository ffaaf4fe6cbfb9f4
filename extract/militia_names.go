package extract

import "github.com/scamgraph/scamgraph/model"

// militiaNames extends an unlisted name of two or three capitalised words over a lower-case
// "militia" after it ("the Wan Hong militia"): the writer names an armed group by its
// place or founder, and the words alone would read as a person. Only after "the", so "Sai
// Mong militia men" or a possessor ("Sai Mong's militia") is left; a listed or one-word
// name ("the Kokang militia") is left too.
func militiaNames(text string, st sentence, cs []candidate) {
	toks := st.toks
	for k := range cs {
		c := &cs[k]
		j := c.tj
		if c.gaz >= 0 || c.tj-c.ti < 2 || c.tj-c.ti > 3 || c.ti == 0 || toks[c.ti-1].low != "the" ||
			j >= len(toks) || !lowWord(toks[j]) || toks[j].low != "militia" {
			continue
		}
		if c.typ == model.Location || c.typ == model.Compound {
			continue // "the Shan State militia": a place's militia, read by the place rules
		}
		plain := true
		for _, t := range toks[c.ti:c.tj] {
			if !isCap(t) || t.kind != tokWord || titleWords[t.low] {
				plain = false
			}
		}
		if !plain {
			continue
		}
		c.tj = j + 1
		c.e = toks[j].e
		c.text = text[c.s:c.e]
		c.typ, c.conf, c.sector, c.weak = model.Organization, 0.7, model.SectorArmedGroup, false
	}
}
