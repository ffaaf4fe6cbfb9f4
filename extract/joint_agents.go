package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Joint raiders. A raid is often carried out by one force "with" another: "raided by the
// PAOCC with the assistance of the Philippine National Police", "led by the Bokeo Provincial
// Police with officers from the Ministry of Public Security", "agents of the PAOCC, with the
// CIDG, raided the hub". Once the rules find one raider, a police, military or government body
// joined to it so is a raider of the same site too.

// reJointAfter follows a raider and opens the body that took part with it.
var reJointAfter = regexp.MustCompile(`^\s*\)?\s*(?:\([^()]{1,20}\))?\s*,?\s*(?:(?:working|operating|acting)\s+)?(?:with|alongside|together\s+with|assisted\s+by|backed\s+by|supported\s+by|joined\s+by)\s+(?:the\s+)?(?:(?:assistance|help|support|participation|backing)\s+of\s+|(?:officers|agents|troops|soldiers|personnel|members|officials|units?)\s+(?:from|of)\s+)?(?:the\s+)?$`)

// reJointBefore ends the text before a raider joined "with" a body named before it: "agents
// of the X (PAOCC), with the ".
var reJointBefore = regexp.MustCompile(`^\s*\)?\s*(?:\([^()]{1,20}\))?\s*,\s*(?:(?:working|operating|acting)\s+)?(?:with|alongside|together\s+with)\s+(?:the\s+)?(?:(?:officers|agents|troops|soldiers|personnel|members|units?)\s+(?:from|of)\s+)?(?:the\s+)?$`)

// jointSectors are the bodies that may take part in a raid.
var jointSectors = set(model.SectorPolice, model.SectorMilitary, model.SectorGovernment)

// raiderMention returns the test the raid readers apply to a mention: a body that may join a
// raid, or an armed group (which raids in the areas it holds).
func raiderMention(ents []*docEntity) func(candidate) bool {
	return func(c candidate) bool {
		return c.ent >= 0 && (mayJoinRaid(ents[c.ent]) || ents[c.ent].typ == model.Organization && sectorOf(ents[c.ent].name) == model.SectorArmedGroup)
	}
}

// mayJoinRaid reports a body that can share a raid with the raider it is joined to: a police,
// military or government body, or one whose sector its name does not tell ("Philippine Coast
// Guard"); never an NGO, a firm, or an embassy or consulate that only helped.
func mayJoinRaid(e *docEntity) bool {
	if sec := sectorOf(e.name); e.typ != model.Organization || sec != "" && !jointSectors[sec] {
		return false
	}
	n := strings.ToLower(e.name)
	return !strings.Contains(n, "embassy") && !strings.Contains(n, "consulate")
}

// jointRaiders returns the bodies joined to raider ent, named in sentence mentions ms within
// [lo, hi) or right after it.
func jointRaiders(text string, all []candidate, ents []*docEntity, ms []int, ent, lo, hi int) []int {
	var out []int
	ok := func(c candidate) bool {
		return c.ent >= 0 && c.ent != ent && mayJoinRaid(ents[c.ent])
	}
	for i, m := range ms {
		c := all[m]
		// The raider's mention in the span read, or its bracketed acronym just after.
		if c.ent != ent || c.s < lo || c.s > hi+30 {
			continue
		}
		j := i + 1
		for j < len(ms) && all[ms[j]].ent == ent {
			j++
		}
		if j < len(ms) {
			if n := all[ms[j]]; n.s >= c.e && ok(n) && reJointAfter.MatchString(strings.ToLower(text[c.e:n.s])) {
				out = append(out, n.ent)
			}
		}
		if i > 0 {
			k := i - 1
			if k > 0 && all[ms[k]].ent >= 0 && ents[all[ms[k]].ent].typ == model.Location && possessorOf(text, all[ms[k]], c) {
				k-- // "with officers from China's Ministry of Public Security": past the possessor
			}
			if p := all[ms[k]]; p.e <= c.s && ok(p) && reJointBefore.MatchString(strings.ToLower(text[p.e:all[ms[k+1]].s])) {
				out = append(out, p.ent)
			}
		}
	}
	return out
}

// possessorOf reports a mention p right before mention c in the possessive: "China's" before
// "Ministry of Public Security".
func possessorOf(text string, p, c candidate) bool {
	if p.e > c.s {
		return false
	}
	g := strings.TrimSpace(text[p.e:c.s])
	return g == "'s" || g == "’s"
}
