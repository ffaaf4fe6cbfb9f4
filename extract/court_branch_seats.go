package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// reBranchThenSeat splits a trial court's name written with its branch and then its seat
// ("Regional Trial Court, Branch 58, Angeles City"): the court's name up to the branch, and
// the seat after the last comma.
var reBranchThenSeat = regexp.MustCompile(`^(.*\bTrial Court\b.*,\s*Branch\s+\d+)\s*,\s*([^,]+)$`)

// courtBranchSeats gives each trial court named with its branch and then its seat the form
// without the seat as an alias (records cite the court either way), and returns the seats as
// places of their own, with their mentions, that the document names no other way: the city a
// court sits in is a place the text names, though it is written inside the court's heading.
// The court before "of" ("Regional Trial Court of Capas, Branch 66") is left whole.
func courtBranchSeats(g *Gazetteer, text string, ents []model.Entity) []model.Entity {
	known := map[string]bool{}
	for _, e := range ents {
		if e.Type != model.Location {
			continue
		}
		known[NameKey(e.Name)] = true
		for _, a := range e.Aliases {
			known[NameKey(a)] = true
		}
	}
	var seats []model.Entity
	bySeat := map[string]int{}
	for i := range ents {
		e := &ents[i]
		if e.Type != model.Organization {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				continue
			}
			sm := reBranchThenSeat.FindStringSubmatchIndex(text[m.Start:m.End])
			if sm == nil {
				continue
			}
			court := text[m.Start+sm[2] : m.Start+sm[3]]
			e.Aliases = addAliases(e.Aliases, e.Name, court)
			s, end := m.Start+sm[4], m.Start+sm[5]
			seat := strings.TrimSpace(text[s:end])
			gi := g.Lookup(seat)
			if seat == "" || !strings.Contains(seat, " ") && gi < 0 {
				continue // a one-word seat the gazetteer does not hold may be a party's name
			}
			name := seat
			if gi >= 0 {
				if ge := g.entry(gi); ge.Type == model.Location {
					name = ge.Name
				} else {
					continue
				}
			}
			if known[NameKey(name)] || known[NameKey(seat)] {
				continue
			}
			mention := model.Mention{Start: s, End: end, Text: seat}
			if k, ok := bySeat[NameKey(name)]; ok {
				seats[k].Mentions = append(seats[k].Mentions, mention)
				continue
			}
			bySeat[NameKey(name)] = len(seats)
			aliases := []string{}
			if name != seat {
				aliases = append(aliases, seat)
			}
			seats = append(seats, model.Entity{ID: model.EntityID(model.Location, name), Name: name, Type: model.Location,
				Aliases: aliases, Mentions: []model.Mention{mention}})
		}
	}
	return seats
}
