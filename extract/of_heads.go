package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// reBareOf is the whole gap of "X of Y" and "X of the Y": Y only qualifies X.
var reBareOf = regexp.MustCompile(`^\s+of(?:\s+the)?\s+$`)

// ofHead returns the name that heads "X of Y" when the mention ms[p] is the Y, else -1. In
// "the Criminal Investigation Department of the national police raided the block" the verb's
// subject is the department, not the police it belongs to: a name after a bare "of" only
// qualifies the name before it.
func ofHead(text string, cands []candidate, ents []*docEntity, ms []int, p int) int {
	if p == 0 {
		return -1
	}
	prev, c := cands[ms[p-1]], cands[ms[p]]
	if prev.ent < 0 || prev.ent == c.ent || prev.sent != c.sent || prev.e > c.s {
		return -1
	}
	switch ents[prev.ent].typ {
	case model.Organization, model.Company, model.Person:
	default:
		return -1
	}
	if !reBareOf.MatchString(strings.ToLower(text[prev.e:c.s])) {
		return -1
	}
	return prev.ent
}
