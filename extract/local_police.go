package extract

import "github.com/scamgraph/scamgraph/model"

// localPoliceLevels are the lower-case words that say which level of a state a police force
// serves when it is named by its place ("the Kampot provincial police").
var localPoliceLevels = set("provincial", "district", "municipal", "city", "township", "state", "county", "regional")

// localBodyHeads end the name of a place's own police or government ("the Kampot provincial
// administration").
var localBodyHeads = set("police", "government", "administration")

// localPolice extends a place's name over a lower-case level word and "police" after it
// ("the Kampot provincial police", "Dong Nai district police", "the Kayin State regional
// government", "the Kampot provincial administration"): the writer names the force or the
// government of that place, a body that raids, guards or leases land, not the place. The place keeps its other
// mentions. A place followed by "police" alone ("Kampot police") is left as the place, and so
// is one whose words open a post's title ("Kampot provincial police chief Sok Dara"): there
// the writer names the person's office and its seat.
func localPolice(text string, st sentence, cs []candidate) {
	toks := st.toks
	for k := range cs {
		c := &cs[k]
		if !placeOfPolice(toks, c) || c.tj+1 >= len(toks) {
			continue
		}
		lv, po := toks[c.tj], toks[c.tj+1]
		step := 2
		if armedHead(toks, c.tj+1) {
			// "the Svay Rieng provincial military police": the arm of the force between.
			po, step = toks[c.tj+2], 3
		}
		if lv.kind != tokWord || isCap(lv) || !localPoliceLevels[lv.low] || !localBodyHeads[po.low] || isCap(po) {
			continue
		}
		if c.tj+step < len(toks) && (titleWords[toks[c.tj+step].low] || isPersonTitle(toks[c.tj+step].low) || roleWords[toks[c.tj+step].low] != "") {
			continue // "the Kampot provincial police chief": a post, named with its place
		}
		c.tj += step
		c.e = po.e
		if c.tj < len(toks) && toks[c.tj].low == "command" && !isCap(toks[c.tj]) && po.low == "police" {
			// "the Bokeo provincial police command": the force's own name for its headquarters body.
			c.e = toks[c.tj].e
			c.tj++
		}
		c.text = text[c.s:c.e]
		c.typ, c.gaz, c.conf, c.sector, c.weak = model.Organization, -1, 0.8, model.SectorGovernment, false
		if po.low == "police" {
			c.sector = model.SectorPolice
		}
	}
}

// placeOfPolice reports a candidate that can be the place a local body is named by: a
// recognised place, or an unlisted run of two or three capitalised words typed otherwise
// ("Luang Namtha provincial police", "An Giang provincial police"). A place's name before
// "provincial police" is what the writer means whatever its words looked like alone; a
// listed person or firm keeps its type.
func placeOfPolice(toks []token, c *candidate) bool {
	if c.typ == model.Location {
		return true
	}
	if c.gaz >= 0 || c.tj-c.ti < 2 || c.tj-c.ti > 3 || c.typ == model.Compound {
		return false
	}
	for _, t := range toks[c.ti:c.tj] {
		if !isCap(t) {
			return false
		}
	}
	return true
}

// armedHead reports a lower-case "military" before "police" at toks[i]: the arm of a local
// force ("provincial military police"), part of the body's name.
func armedHead(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].low == "military" && !isCap(toks[i]) && toks[i+1].low == "police" && !isCap(toks[i+1])
}
