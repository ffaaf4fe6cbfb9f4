package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A post of a body that the text names through its parent's possessive: "a staff officer of
// the Northern Army's Coastal Command", "an adviser at the Interior Ministry's Land
// Department". The noun phrase's head is the second body, so the post is held there and not
// in the parent, which only says whose unit it is.

// reApposRolePoss is the gap of "PERSON, a ROLE of (the) BODY's " before the unit's name.
var reApposRolePoss = regexp.MustCompile(`^\s*,\s*(` + roleMods + `[a-z][a-z\- ]{1,30}?)\s+(?:of|at|for|with|in)\s+(?:the\s+)?(?:org|firm)\s*['’]s?\s+$`)

// bodyPossessesNext reports that the body at ms[q] is written as the possessor of the next
// body named right after it ("the Northern Army's Coastal Command"): a post "of" it is a post
// in that next body.
func bodyPossessesNext(text string, cands []candidate, ents []*docEntity, ms []int, q int) bool {
	if q+1 >= len(ms) {
		return false
	}
	cb, cn := cands[ms[q]], cands[ms[q+1]]
	if cn.ent < 0 || cn.ent == cb.ent || cn.s < cb.e || cn.s-cb.e > 4 {
		return false
	}
	if t := ents[cn.ent].typ; t != model.Organization && t != model.Company {
		return false
	}
	return reBodyPoss.MatchString(text[cb.e:cn.s])
}

var reBodyPoss = regexp.MustCompile(`^['’]s?\s+$`)

// possessedUnitPost reads "PERSON, a ROLE of the PARENT's UNIT" as the role held in UNIT.
func possessedUnitPost(gap string, ta, tb string, a, b int, add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	if ta != model.Person || (tb != model.Organization && tb != model.Company) {
		return false
	}
	m := reApposRolePoss.FindStringSubmatch(gap)
	if m == nil {
		return false
	}
	w, pred := rolePhrase(m[1])
	if pred == "" {
		posts := postsOf(m[1]) // "staff officer", read as the post rules read it
		if len(posts) != 1 || (posts[0].pred != model.Directs && posts[0].pred != model.EmployedBy && posts[0].pred != model.MemberOf) {
			return false
		}
		w, pred = posts[0].role, posts[0].pred
	}
	setRole(w)
	add(a, b, pred, 0.85)
	return true
}

// rePostOfBefore is a gap that ends in a post's preposition: "..., a staff officer of the ".
var rePostOfBefore = regexp.MustCompile(`\s(?:of|at|for|with|in)\s+(?:the\s+)?$`)

// postOfPossessor reports a post read up to a body that possesses the next one: the post is
// in the next body (possessedUnitPost), never in this one.
func postOfPossessor(text, gap string, cands []candidate, ents []*docEntity, ms []int, q int) bool {
	return rePostOfBefore.MatchString(gap) && bodyPossessesNext(text, cands, ents, ms, q)
}

// skipPossessor reports the pair of a person and a body the person's post is read up to, when
// that body possesses the next one: no tie is read between the two.
func skipPossessor(text string, cands []candidate, ents []*docEntity, ms []int, p, q int) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ents[ca.ent].typ != model.Person || cb.s < ca.e || cb.s-ca.e > 80 {
		return false
	}
	return postOfPossessor(text, strings.ToLower(text[ca.e:cb.s]), cands, ents, ms, q)
}
