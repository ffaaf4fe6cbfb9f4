package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// commanded_units.go: "soldiers of Battalion 311 of the Royal Army under the command of
// Colonel X" names the unit X commands first and the force it belongs to after "of"; the
// command is over the unit, not over the whole force. The unit is the body right before
// "of (the)" and the force; its name must say it is a unit (a battalion, brigade, regiment,
// division, company of troops, squad, unit), so "the Ministry of Defence of Cambodia under
// the command of" keeps its reading.

// reUnitOfForce is the gap between a unit and the force it belongs to.
var reUnitOfForce = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?of\s+(?:the\s+)?$`)

// commandedParts name a part of an armed or police force in a body's name, beside the
// military units of unitWords (office_shapes.go).
var commandedParts = set("squad", "unit", "detachment", "corps", "column")

// commandedUnit returns the entity a commander named after ms[p] commands: the unit before
// "of" when ms[p] is the force that unit belongs to, else ms[p]'s own entity.
func commandedUnit(text string, cands []candidate, ents []*docEntity, ms []int, p int) int {
	ca := cands[ms[p]]
	if p == 0 {
		return ca.ent
	}
	prev := cands[ms[p-1]]
	if prev.ent < 0 || prev.ent == ca.ent || ents[prev.ent].typ != model.Organization || prev.e > ca.s {
		return ca.ent
	}
	if !reUnitOfForce.MatchString(strings.ToLower(text[prev.e:ca.s])) {
		return ca.ent
	}
	for _, w := range strings.Fields(strings.ToLower(ents[prev.ent].name)) {
		if unitWords[w] || commandedParts[w] {
			return prev.ent
		}
	}
	return ca.ent
}

// reWhoseAfterClause is the gap of "Y, an armed group that holds this stretch of the river
// and whose commander, Colonel X,": a relative clause about the body, then "and whose" and
// the post (places read as "loc").
var reWhoseAfterClause = regexp.MustCompile(`^\s*(?:\(\s*loc\s*\)\s*)?,\s*(?:a|an|the)\s+(?:[a-z'’-]+\s+){0,4}?(?:that|which)\s+([^,;:()]{1,80}?)\s+and\s+whose\s+([a-z][a-z -]{1,40}?)\s*,\s*(?:the\s+)?` +
	`(?:(?:general|lieutenant|lt\.|major|brigadier|colonel|col\.|captain|police|pol\.|gen\.|maj\.|mr\.|ms\.|dr\.)\s+){0,4}$`)

// whoseAfterClause returns the post words of the shape above, or "" when the clause names
// another actor (then "whose" may be about that one: "a group that guards org and whose
// commander").
func whoseAfterClause(gap string) string {
	m := reWhoseAfterClause.FindStringSubmatch(gap)
	if m == nil {
		return ""
	}
	for _, w := range strings.Fields(m[1]) {
		switch w {
		case "firm", "org", "person", "site", "who", "whom", "whose", "which", "that":
			return ""
		}
	}
	return m[2]
}
