package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A body named in a raid only as the parent of the unit that acted did not itself raid; the
// unit did: "the Philippine National Police's Criminal Investigation and Detection Group
// raided X" (the possessor of the unit) and "fighters of the KNLA, the armed wing of the
// Karen National Union, raided X" (the body whose wing the raider is).

// reWingOf ends the words before a parent named as the body whose wing, arm or unit the one
// before is: ", the armed wing of the", ", a unit of".
var reWingOf = regexp.MustCompile(`(?i),\s*(?:the|a|an|its)\s+(?:(?:armed|military|political|paramilitary|security|enforcement|investigative)\s+)?(?:wing|arm|branch|unit|division|faction|bureau|command)\s+of\s+(?:the\s+)?$`)

// raidUnitOf returns the unit that acted for body a when every mention of a within [lo, hi]
// names it only as that unit's parent: a possessor right before the unit's name, or the body
// after "the armed wing of" that follows the unit. It returns -1 otherwise. ms are the
// sentence's mentions in order.
func raidUnitOf(text string, all []candidate, ents []*docEntity, ms []int, a, lo, hi int) int {
	unit := -1
	org := func(k int) bool {
		e := all[ms[k]].ent
		return e >= 0 && e != a && ents[e].typ == model.Organization
	}
	for i, m := range ms {
		c := all[m]
		if c.ent != a || c.s < lo || c.e > hi {
			continue
		}
		for i > 0 && all[ms[i-1]].ent == a && strings.TrimSpace(text[min(c.s, all[ms[i-1]].e):c.s]) == "(" {
			i-- // the acronym in brackets after the name: "Karen National Union (KNU)"
			c = all[ms[i]]
		}
		u := -1
		if reWingOf.MatchString(text[max(0, c.s-50):c.s]) {
			// The unit the apposition follows, past its acronym in brackets.
			for k := i - 1; k >= 0 && u < 0; k-- {
				if org(k) && all[ms[k]].e <= c.s {
					u = all[ms[k]].ent
				}
			}
		} else if i+1 < len(ms) && org(i+1) && all[ms[i+1]].s >= c.e {
			gap := text[c.e:all[ms[i+1]].s]
			if g := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(gap, "'s"), "’s")); g == "" && gap != strings.TrimSpace(gap) && len(gap) > 2 {
				u = all[ms[i+1]].ent // "the PNP's CIDG"
			}
		}
		if u < 0 || unit >= 0 && u != unit {
			return -1
		}
		unit = u
	}
	return unit
}
