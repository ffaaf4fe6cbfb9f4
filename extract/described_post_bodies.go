package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/model"
)

// A post in a body first told by a description and then named after a comma: "X, a Chinese
// national who also sits on the board of its parent, Y", "X, who is also the vice chairman of
// the zone's investors' association, Y", "X sits on the board of the group's property arm,
// Y". The description's head must be a noun of a body (described-body-heads.txt), the body's
// name must close the phrase (no speech verb after it: "..., Y said" names the speaker), and
// nothing but references may stand between the person and the body. Cases in
// described_post_bodies_test.go.

var describedBodyHeads = lexicon.DescribedBodyHeads()

var (
	// reDescribedPostLead is what opens the post after the person: ", a businessman who also ",
	// ", " or a space.
	reDescribedPostLead = `^(?:\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:a|an|the)\s+[^,;()]{1,60}?\s+)?who\s+|\s*,?\s+)(?:(?:also|now|still|then|later)\s+)?`
	// reDescribedBoard is "sits on the board of " (group 1 empty), reDescribedPost "is also the
	// vice chairman of " (group 1 the post); both end with the description and its comma
	// (group 2 the description's head).
	reDescribedBoard = regexp.MustCompile(reDescribedPostLead + `(?:sits|sat|sit|serves|served|has\s+sat|has\s+served)\s+on\s+the\s+(?:supervisory\s+)?boards?\s+(?:of\s+directors\s+)?of\s+` + describedBody)
	reDescribedPost  = regexp.MustCompile(reDescribedPostLead + `(?:is|was|has\s+been|had\s+been|remains|remained)\s+(?:also\s+|now\s+|still\s+)?(?:the\s+|a\s+|an\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at)\s+` + describedBody)
)

// describedBody is the description: a determiner or possessive, up to four words, the head
// noun (group), the comma.
const describedBody = `(?:the|its|his|her|their|a|an)\s+(?:[a-z'’-]+\s+){0,4}?([a-z-]+)\s*,\s*(?:the\s+)?$`

// describedPostPair reads the shapes above between the person ms[p] and the body ms[q].
func describedPostPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 160 || pronounRef(ca) || pronounRef(cb) ||
		ents[ca.ent].typ != model.Person || ents[cb.ent].typ != model.Company && ents[cb.ent].typ != model.Organization {
		return
	}
	// Only references ("its", "the zone") may stand between: a name there is the post's body.
	for k := p + 1; k < q; k++ {
		if t := cands[ms[k]].text; t == "" || t[0] < 'a' || t[0] > 'z' {
			return
		}
	}
	if speechFollows(text, cb.e) {
		return // "... of the firm, Y said": Y speaks
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	var posts []post
	if m := reDescribedBoard.FindStringSubmatch(gap); m != nil && describedBodyHeads[m[1]] {
		posts = []post{{role: "board member", pred: model.Directs}}
	} else if m := reDescribedPost.FindStringSubmatch(gap); m != nil && describedBodyHeads[m[2]] && !hasStop(m[1]) {
		posts = postsOf(m[1])
	}
	for _, ps := range posts {
		if militaryPostOfFirm(ents[cb.ent].typ, ps.role) || ps.pred == model.MemberOf && ents[cb.ent].typ == model.Company {
			continue
		}
		if setRole != nil {
			setRole(ps.role)
		}
		add(ca.ent, cb.ent, ps.pred, 0.7)
	}
}
