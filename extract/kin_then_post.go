package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A person's apposition that gives a kin tie and then, after "and", a post: "Lin Yu-ting,
// the younger sister of Lin Chia-hao and the bookkeeper of Xinghe Travel", "X, the wife of Y
// and a director of Z". The two noun phrases are coordinated predicates of the first name, so the post is
// X's, not the relative's (the kin tie itself is read by the kin rules). The relative's name
// must end the kin phrase, with nothing of its own after it: "X, the son of Y, a major in Z"
// (the post is Y's apposition) and "the son of Y's partner and ..." read nothing, and so
// does a hedge or any other word before the kin noun. A rank after "and" is left to the rank
// rules (member_ranks.go), which read whether the force is an armed group or a state force.
// Cases are in kin_then_post_test.go.

var (
	// reKinOfGap is the gap between the person and the relative: ", the son of ", ", 44, the
	// eldest daughter of ".
	reKinOfGap = regexp.MustCompile(`^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:the|a|an)\s+(?:(?:eldest|youngest|younger|elder|older|second|third|only)\s+)?(?:` + kinWords + `)\s+of\s+(?:the\s+late\s+)?$`)
	// reAndPostGap is the gap between the relative and the body: " and a major in the ", "
	// and the managing director of ". Group 1 is the post.
	reAndPostGap = regexp.MustCompile(`^\s+and\s+(?:(?:a|an|the)\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|in|at|with|for)\s+(?:the\s+)?$`)
)

// kinThenPostPair reads the shape above between mentions ms[p] (the person) and ms[q] (the
// body), with the relative's name the only mention between.
func kinThenPostPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	if q != p+2 {
		return
	}
	ca, ck, cb := cands[ms[p]], cands[ms[p+1]], cands[ms[q]]
	if ca.ent < 0 || ck.ent < 0 || cb.ent < 0 || ca.ent == ck.ent || ck.s < ca.e || cb.s < ck.e || cb.s-ca.e > 160 ||
		ents[ca.ent].typ != model.Person || ents[ck.ent].typ != model.Person || pronounRef(ca) || pronounRef(ck) {
		return
	}
	if t := ents[cb.ent].typ; t != model.Company && t != model.Organization {
		return
	}
	if !reKinOfGap.MatchString(strings.ToLower(text[ca.e:ck.s])) {
		return
	}
	m := reAndPostGap.FindStringSubmatch(strings.ToLower(text[ck.e:cb.s]))
	if m == nil || hasStop(m[1]) {
		return
	}
	role, pred := rolePhrase(m[1])
	if pred == "" {
		posts := postsOf(m[1])
		if len(posts) != 1 {
			return
		}
		role, pred = posts[0].role, posts[0].pred
	}
	if pred != model.Directs && pred != model.EmployedBy && pred != model.MemberOf || rankRole(role) {
		return // a rank ("and a major in the MKUDF") is left to the rank rules, which type the force
	}
	setRole(role)
	add(ca.ent, cb.ent, pred, 0.7)
}
