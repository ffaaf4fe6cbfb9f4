package extract

import "github.com/scamgraph/scamgraph/model"

// unitOfKnownBody finds the "of" between a unit's name and a listed body or firm that holds
// it, inside one run of capitals: "the Anti-Scam Centre of the Royal Thai Police", "the
// Criminal Investigation Division of the Philippine National Police". The text names two
// bodies; the unit's words must carry a cue of their own and be two words or more (or one
// after an ordinal: "the 2nd Battalion of the Karen BGF"), and the
// listed name must run to the end of the span. A place after "of" ("Supreme Court of the
// Philippines") or a field ("Ministry of Foreign Affairs") is part of the name and stays.
func unitOfKnownBody(g *Gazetteer, text string, toks []token, i, j int) (int, int, bool) {
	for k := i + 1; k < j-1; k++ {
		if toks[k].low != "of" {
			continue
		}
		if k == i+1 && (i == 0 || !ordinal(toks[i-1].low)) {
			return 0, 0, false // one word alone ("Bank of China") is no unit; "2nd Battalion of" is
		}
		r := k + 1
		if toks[r].low == "the" {
			r++
		}
		if r >= j {
			return 0, 0, false
		}
		idx := g.Lookup(text[toks[r].s:toks[j-1].e])
		if idx < 0 {
			continue
		}
		if t := g.entry(idx).Type; t != model.Organization && t != model.Company {
			return 0, 0, false
		}
		if !hasCue(toks[i:k]) || g.Lookup(text[toks[i].s:toks[k-1].e]) >= 0 {
			return 0, 0, false
		}
		return k, r, true
	}
	return 0, 0, false
}

// unitAndParent appends the listed parent body toks[r:j] to the unit's candidates; a unit
// whose words say no sector takes the parent's ("the Anti-Scam Centre of the Royal Thai
// Police" is police).
func unitAndParent(g *Gazetteer, text string, toks []token, si int, units []candidate, r, j int) []candidate {
	idx := g.Lookup(text[toks[r].s:toks[j-1].e])
	e := g.entry(idx)
	parent := candidate{s: toks[r].s, e: toks[j-1].e, ti: r, tj: j, text: text[toks[r].s:toks[j-1].e],
		typ: e.Type, conf: 0.95, gaz: idx, sent: si}
	if n := len(units); n > 0 && units[n-1].typ == model.Organization && units[n-1].sector == "" && sectorOf(units[n-1].text) == "" {
		units[n-1].sector = sectorOf(e.Name)
	}
	return append(units, parent)
}

// officeOfTitle reports a body named as the office of a title: a cue word, "of", then words
// that end in a title and may name its seat ("Office of the Provincial Prosecutor of
// Tarlac", "Office of the Special Envoy"). The title names the office here, not a person's
// rank, so the span is not split at it.
func officeOfTitle(toks []token, i, j int) bool {
	if j-i < 3 || !orgCues[toks[i].low] || toks[i+1].low != "of" {
		return false
	}
	for k := i + 2; k < j; k++ {
		if toks[k].low == "of" || toks[k].low == "for" {
			return k > i+2 && (isPersonTitle(toks[k-1].low) || titleWords[toks[k-1].low])
		}
	}
	return isPersonTitle(toks[j-1].low) || titleWords[toks[j-1].low]
}

// inheritParentSectors gives a unit named after its parent's possessive ("the FBI's Los
// Angeles Field Office", "the KBDA's 3rd Battalion") the parent's sector when its own words
// say only that it is an office or a military unit, or nothing: the unit serves its parent.
// ents[k] is the entity of candidates whose ent is k.
func inheritParentSectors(text string, cands []candidate, ents []model.Entity) {
	for i := 1; i < len(cands); i++ {
		c, p := cands[i], cands[i-1]
		if c.ent < 0 || p.ent < 0 || c.ent == p.ent || c.sent != p.sent {
			continue
		}
		unit, parent := &ents[c.ent], ents[p.ent]
		if unit.Type != model.Organization || parent.Type != model.Organization || parent.Sector == "" {
			continue
		}
		if between := text[p.e:c.s]; between != "'s " && between != "’s " {
			continue
		}
		switch unit.Sector {
		case "", model.SectorGovernment, model.SectorMilitary:
			unit.Sector = parent.Sector
		}
	}
}
