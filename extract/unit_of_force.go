package extract

import (
	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/model"
)

// forceBodyHeads end the name of a police force or an army that units belong to.
var forceBodyHeads = lexicon.ForceBodyHeads()

// unitOfForce finds the "of" between a unit's name and an unlisted police force or army that
// holds it, inside one run of capitals: "Brigade 9 of the Royal Khmer Armed Forces", "the
// Cyber Crime Division of Ruritania Police". The text names two bodies. The unit's words carry
// an organisation cue or end in a body's head ("... Detection Group") and are more than its
// cue word alone ("Department of ..." starts a
// name); the parent ends in a force word and is named as a whole: after "the", or with a
// demonym or a listed place in it. "General Commissariat of National Police" and "Ministry
// of Defence" stay whole.
func unitOfForce(g *Gazetteer, text string, toks []token, i, j int) (int, int, bool) {
	if j-i < 4 || !forceBodyHeads[toks[j-1].low] {
		return 0, 0, false
	}
	for k := i + 1; k < j-1; k++ {
		if toks[k].low != "of" || k == i+1 {
			continue
		}
		r := k + 1
		the := toks[r].low == "the"
		if the {
			r++
		}
		if j-r < 2 || !hasCue(toks[i:k]) && !bodyHeads[toks[k-1].low] {
			continue
		}
		if !the && !namesState(g, text, toks, r, j) {
			continue
		}
		return k, r, true
	}
	return 0, 0, false
}

// namesState reports a demonym or a listed place among toks[r:j] ("Royal Thai Army",
// "Sri Lanka Police").
func namesState(g *Gazetteer, text string, toks []token, r, j int) bool {
	for a := r; a < j; a++ {
		if demonyms[toks[a].low] {
			return true
		}
		for b := a + 1; b <= j-1 && b <= a+3; b++ {
			if idx := g.Lookup(text[toks[a].s:toks[b-1].e]); idx >= 0 && g.entry(idx).Type == model.Location {
				return true
			}
		}
	}
	return false
}

// unitAndForce appends the parent force toks[r:j] to the unit's candidates, with its sector
// said by its words; a unit whose words say no sector takes the parent's.
func unitAndForce(text string, toks []token, si int, units []candidate, r, j int) []candidate {
	parent := candidate{s: toks[r].s, e: toks[j-1].e, ti: r, tj: j, text: text[toks[r].s:toks[j-1].e],
		typ: model.Organization, conf: 0.85, gaz: -1, sent: si}
	parent.sector = sectorOf(parent.text)
	if n := len(units); n > 0 && units[n-1].typ == model.Company && units[n-1].gaz < 0 {
		units[n-1].typ = model.Organization // a force's "... Group" is a unit of it, not a firm
	}
	if n := len(units); n > 0 && units[n-1].typ == model.Organization && units[n-1].sector == "" && sectorOf(units[n-1].text) == "" {
		units[n-1].sector = parent.sector
	}
	return append(units, parent)
}
