package extract

import "github.com/scamgraph/scamgraph/model"

// Lower-case words that finish a name begun in capitals: "at Soekarno-Hatta airport". The
// capitals alone name the place; with the tail they name the site, and the writer means it.
// A listed place keeps its own name ("Bangkok airport" is said of Bangkok).

// extendNameTails rewrites the sentence's candidates whose name runs on past the capitals.
func extendNameTails(text string, st sentence, out []candidate) []candidate {
	toks := st.toks
	for k := 0; k < len(out); k++ {
		c := &out[k]
		j := c.tj
		if j >= len(toks) || c.gaz >= 0 || c.typ == model.Person && c.conf >= 0.85 {
			continue
		}
		w := toks[j]
		switch {
		case w.kind == tokWord && !isCap(w) && w.low == "airport" && c.typ != model.Organization && c.typ != model.Company:
			// "at Soekarno-Hatta airport": the airport, a place.
			setTail(text, toks, c, j+1, model.Location)
		}
	}
	return out
}

// setTail extends c to end before toks[j] and gives it type typ; the longer name is no
// gazetteer entry.
func setTail(text string, toks []token, c *candidate, j int, typ string) {
	c.tj = j
	c.e = toks[j-1].e
	c.text = text[c.s:c.e]
	c.typ, c.gaz, c.conf, c.weak = typ, -1, 0.8, false
}

// legislatures are the bodies a single capitalised word names ("the Senate", "Parliament").
var legislatures = set("senate", "congress", "parliament")

// legislatureAdjective reports a legislature's word used before a lower-case noun ("a Senate
// hearing", "the Senate committee"): the text names the committee or the hearing, whose chair
// is no head of the legislature, so the word stands for no body of its own there.
func legislatureAdjective(toks []token, j int) bool {
	return j < len(toks) && toks[j].kind == tokWord && !isCap(toks[j]) && legislatureNouns[toks[j].low]
}

// legislatureNouns are the things of a legislature named after its word ("Senate hearing").
var legislatureNouns = set("committee", "committees", "hearing", "hearings", "panel", "probe", "inquiry",
	"investigation", "session", "sessions", "resolution", "bill", "report", "president", "leader", "seat", "seats",
	"race", "election", "elections")

// compassWords open the names of regions ("South Asia", "Western Visayas").
var compassWords = set("north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
	"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern")

// knownPlace reports a listed place written as toks[i:j].
func knownPlace(g *Gazetteer, text string, toks []token, i, j int) bool {
	idx := g.Lookup(text[toks[i].s:toks[j-1].e])
	return idx >= 0 && g.entry(idx).Type == model.Location
}
