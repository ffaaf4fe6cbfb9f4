package extract

import "github.com/scamgraph/scamgraph/model"

// checkpointUnits extends a place's name over a lower-case "immigration checkpoint" after it
// ("the Mae Sot immigration checkpoint", "the Mae Sai immigration checkpoint"): the writer
// names the immigration unit posted there, whose officers serve in it and whose chief
// directs it, not the crossing. The capitalised form ("Tak Immigration Checkpoint") is typed
// as one name in spanCandidates. A place followed by "checkpoint" alone ("the Mae Sot
// checkpoint") stays the crossing.
func checkpointUnits(text string, st sentence, cs []candidate) {
	toks := st.toks
	for k := range cs {
		c := &cs[k]
		j := c.tj
		if j+1 >= len(toks) || !lowWord(toks[j]) || !lowWord(toks[j+1]) || toks[j].low != "immigration" || toks[j+1].low != "checkpoint" {
			continue
		}
		if !placeOfPolice(toks, c) {
			continue
		}
		c.tj = j + 2
		c.e = toks[j+1].e
		c.text = text[c.s:c.e]
		c.typ, c.gaz, c.conf, c.sector, c.weak = model.Organization, -1, 0.8, model.SectorPolice, false
	}
}

// lowWord reports a lower-case word token.
func lowWord(t token) bool { return t.kind == tokWord && !isCap(t) }
