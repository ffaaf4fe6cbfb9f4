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
	prev, c, ok := headBefore(cands, ents, ms, p)
	if !ok {
		return -1
	}
	if !reBareOf.MatchString(strings.ToLower(text[prev.e:c.s])) {
		return -1
	}
	return prev.ent
}

// reApposOfGap is the gap of an apposed title that closes on a name: "X, son of Y", "X, a
// subsidiary of Y", "X, the chairman of Y".
var reApposOfGap = regexp.MustCompile(`^\s*\)?\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:(?:the|a|an)\s+)?[a-z][a-z -]{0,30}?\s+(?:of|at)\s+(?:the\s+)?$`)

// reApposClauseOpen opens a clause rather than an apposition: "X, is the nephew of Y, who heads
// Z" and "X, who is the son of Y, which runs Z" leave the last clause to Y.
var reApposClauseOpen = regexp.MustCompile(`^\s*\)?\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:is|was|are|were|has|had|have|became|becomes|remains|remained|who|which|that|and|or|but|said|says|told)\b`)

// apposOfHead returns the person, firm or body that heads "X, N of Y," when the mention ms[p]
// is the Y and the apposition closes with a comma after it, else -1. In "Touch Visoth, son of
// Touch Rithisak, who manages the resort" and "Bay Star, a subsidiary of LVR Group, manages
// the resort's operations" the clause after the closing comma tells of X: Y only names X.
func apposOfHead(text string, cands []candidate, ents []*docEntity, ms []int, p int) int {
	prev, c, ok := headBefore(cands, ents, ms, p)
	if !ok {
		return -1
	}
	if !strings.HasPrefix(strings.TrimLeft(text[c.e:min(len(text), c.e+4)], " )"), ",") {
		return -1
	}
	if g := text[prev.e:c.s]; !reApposOfGap.MatchString(g) || reApposClauseOpen.MatchString(g) {
		return -1
	}
	return prev.ent
}

// headBefore returns the mention before ms[p] and ms[p] itself when the one before is a
// different person, firm or body in the same sentence that ends before ms[p] starts: the
// only names that can head "X of Y" or "X, N of Y,".
func headBefore(cands []candidate, ents []*docEntity, ms []int, p int) (prev, c candidate, ok bool) {
	if p == 0 {
		return prev, c, false
	}
	prev, c = cands[ms[p-1]], cands[ms[p]]
	if prev.ent < 0 || prev.ent == c.ent || prev.sent != c.sent || prev.e > c.s {
		return prev, c, false
	}
	switch ents[prev.ent].typ {
	case model.Organization, model.Company, model.Person:
		return prev, c, true
	}
	return prev, c, false
}
