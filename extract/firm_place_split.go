package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// splitFirmFromPlaceForms parts a firm's registered name from the short form that its shape
// alone called a place, when both folded to one entity and the place won the vote: "Sky Bay
// Holdings Group, a Hong Kong-registered property firm" ... "Sky Bay did not respond". The
// full name, ending in a legal form and typed a firm by its own words, becomes a firm of its
// own; the short form keeps its place reading rather than being pulled into the firm, since a
// short form that also names a bay or a district ties the firm to what the place does.
// Listed names, entities with any mention typed otherwise and entities that settle types a
// firm anyway ("Northern Horizon" beside "Northern Horizon Holdings Co., Ltd.") are left alone.
func splitFirmFromPlaceForms(g *Gazetteer, text string, cands []candidate, ents []*docEntity) []*docEntity {
	n := len(ents)
	for k := 0; k < n; k++ {
		e := ents[k]
		if e.gaz >= 0 || len(e.cands) < 2 || e.votes[model.Location] <= e.votes[model.Company] {
			continue
		}
		if settle(g, text, cands, e); e.typ != model.Location {
			continue // a stated type or a firm's cue already types it a firm
		}
		var firm, place []int
		ok := true
		for _, ci := range e.cands {
			c := cands[ci]
			switch {
			case c.gaz >= 0:
				ok = false
			case c.typ == model.Company && c.conf >= 0.8 && legalForms[strings.ToLower(trimDots(lastWord(c.text)))]:
				firm = append(firm, ci)
			case c.typ == model.Location && c.conf <= 0.8:
				place = append(place, ci)
			default:
				ok = false
			}
		}
		if !ok || len(firm) == 0 || len(place) == 0 || !placesOpenFirms(cands, firm, place) {
			continue
		}
		f := &docEntity{key: "firm:" + e.key, gaz: -1, votes: map[string]float64{}, forms: map[string]bool{}}
		for _, ci := range firm {
			f.votes[model.Company] += cands[ci].conf
			cands[ci].ent = len(ents)
		}
		f.cands = firm
		e.cands = place
		e.votes[model.Company] = 0
		ents = append(ents, f)
	}
	return ents
}

// placesOpenFirms reports whether every place form is two or three words that begin every
// firm form and are fewer than its words ("Sky Bay" and "Sky Bay Holdings Group").
func placesOpenFirms(cands []candidate, firm, place []int) bool {
	for _, pi := range place {
		pw := strings.Fields(strings.ToLower(cands[pi].text))
		if len(pw) < 2 || len(pw) > 3 {
			return false
		}
		for _, fi := range firm {
			fw := strings.Fields(strings.ToLower(cands[fi].text))
			if len(fw) <= len(pw) || strings.Join(fw[:len(pw)], " ") != strings.Join(pw, " ") {
				return false
			}
		}
	}
	return true
}
