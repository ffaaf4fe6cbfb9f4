package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A bare role set off after a kin clause. In "Sai Lon Kham, the son of Sai Mong, commander of
// the Wan Hong militia" the role with no determiner follows the kin's name, which it
// describes: Sai Mong commands the militia, not his son. The inserted-clause reading
// (relations.go) would give the role to the first name; a verb after the clause ("A, the son
// of B, was chairman of C") still goes back to the first name.

var (
	// reKinClauseLead is the clause from the first name to the kin's name: ", the son of ".
	reKinClauseLead = regexp.MustCompile(`^\s*,\s*(?:the|a|an|his|her)\s+(?:(?:first|second|third|only|adopted)\s+)?` + kinNoun + `\s+of\s+(?:the\s+)?$`)
	// reBareRoleLink is the word that ties a bare role to what it heads: "commander of".
	reBareRoleLink = regexp.MustCompile(`^(?:of|at|for)$`)
)

// kinBareRole reports that rest (the words after the comma closing a kin clause) opens with a
// bare role word and its link ("commander of", "managing director at").
func kinBareRole(rest string) bool {
	f := strings.Fields(strings.ToLower(rest))
	for n := 1; n <= 2 && n < len(f); n++ {
		if _, ok := roleWords[strings.Join(f[:n], " ")]; ok && reBareRoleLink.MatchString(f[n]) {
			return true
		}
	}
	return false
}

// kinBareAppos reports the shape from its two parts: lead runs from the first name to the
// kin's name (", the son of "), rest from the comma after the kin's name (", commander of").
func kinBareAppos(lead, rest string) bool {
	r := strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(r, ",") {
		return false
	}
	return reKinClauseLead.MatchString(strings.ToLower(lead)) && kinBareRole(r[1:])
}

// innerKinBareRole reports that rest (the words after an inserted phrase, starting at byte
// restStart) is a bare role set off right after a person named by a kin clause that follows
// the first name (index p).
func innerKinBareRole(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, rest string, restStart int) bool {
	ca := cands[ms[p]]
	if ca.ent < 0 || ents[ca.ent].typ != model.Person {
		return false
	}
	for k := q - 1; k > p; k-- {
		c := cands[ms[k]]
		if c.ent < 0 || c.e > restStart {
			continue
		}
		if ents[c.ent].typ != model.Person || c.s < ca.e || restStart > len(text) {
			return false
		}
		return kinBareAppos(text[ca.e:c.s], text[c.e:restStart]+rest)
	}
	return false
}
