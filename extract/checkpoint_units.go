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
		if !placeOfPolice(toks, c) || nonPostAt(toks, c.ti) {
			continue
		}
		c.tj = j + 2
		c.e = toks[j+1].e
		c.text = text[c.s:c.e]
		c.typ, c.gaz, c.conf, c.sector, c.weak = model.Organization, -1, 0.8, model.SectorPolice, false
	}
}

// checkpointPosts are the posts held in an immigration unit: "an officer at the Mae Sot
// immigration checkpoint" serves in it, "a taxi driver at the ... checkpoint" only stands there.
var checkpointPosts = map[string]bool{"officer": true, "officers": true, "official": true, "officials": true,
	"chief": true, "commander": true, "inspector": true, "inspectors": true, "superintendent": true, "head": true}

// nonPostAt reports "NOUN at (the)" before token i with a lower-case noun that is no post in the
// unit: the place there is the crossing, not the unit.
func nonPostAt(toks []token, i int) bool {
	if i > 0 && toks[i-1].low == "the" {
		i--
	}
	if i < 2 || toks[i-1].low != "at" || !lowWord(toks[i-2]) {
		return false
	}
	return !checkpointPosts[toks[i-2].low]
}

// lowWord reports a lower-case word token.
func lowWord(t token) bool { return t.kind == tokWord && !isCap(t) }
