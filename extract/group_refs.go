package extract

import "github.com/scamgraph/scamgraph/model"

// nearerGroup returns the body named between "the group" (the description read at offset off
// of sentence si) and the firm whose name ends in "Group" that head matching chose (entity
// ent, named in sentence from), else -1. An armed group or a rights group is a group by kind,
// a firm only by name, so the nearer body is meant: "...developed by Palm Holding Group. The
// Dawna Ridge Brigade guards the zone. The group is led by X." Police, ministries, courts and
// other bodies of a state are never "the group".
func nearerGroup(cands []candidate, ents []*docEntity, bySent map[int][]int, si, off, ent, from int, head string) (int, int) {
	if head != "group" || ent < 0 || from < 0 || ents[ent].typ == model.Organization {
		return -1, -1
	}
	for sj := si; sj >= from; sj-- {
		ms := bySent[sj]
		for i := len(ms) - 1; i >= 0; i-- {
			c := cands[ms[i]]
			if sj == si && c.e > off || c.ent < 0 {
				continue
			}
			if c.ent == ent {
				return -1, -1
			}
			if e := ents[c.ent]; e.typ == model.Organization && groupByKind(e) {
				return c.ent, sj
			}
		}
	}
	return -1, -1
}

// groupByKind reports a body that can be called "the group": an armed group, a rights group,
// a party; not a police force, ministry, court, legislature or international body.
func groupByKind(e *docEntity) bool {
	s := sectorOf(e.name)
	return (s == model.SectorMilitary || !stateSectors[s]) && !outletGroup(e) // prec_antecedents.go
}

// notGroupBody returns, for "the group" resolved to entity ent (named in sentence from), the
// nearest firm or armed group named before it instead when ent is a body of a
// state or a news outlet (by its name or by how the page names it: "the US Treasury's Office
// of Foreign Assets Control (OFAC), the group and its subsidiaries built"); -1 for no
// antecedent when none is named within the sentences read back.
func notGroupBody(cands []candidate, ents []*docEntity, bySent map[int][]int, si, off, ent, from int, head string) (int, int) {
	if head != "group" || ent < 0 || ents[ent].typ != model.Organization {
		return ent, from
	}
	if s := entitySector(ents[ent], cands); s != model.SectorMedia && (s == model.SectorMilitary || !stateSectors[s]) {
		return ent, from
	}
	for sj := si; sj >= 0 && sj >= si-3; sj-- {
		ms := bySent[sj]
		for i := len(ms) - 1; i >= 0; i-- {
			c := cands[ms[i]]
			if sj == si && c.e > off || c.ent < 0 || c.ent == ent {
				continue
			}
			switch e := ents[c.ent]; {
			case e.typ == model.Company:
				return c.ent, sj
			case e.typ == model.Organization && entitySector(e, cands) == model.SectorMilitary:
				return c.ent, sj // an armed group
			}
		}
	}
	return -1, -1
}
