package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A second post joined by "and" to a post the person holds in a first body: "X, a colonel in
// the army and commander of Battalion 412", "X, a secretary of state at the Ministry and
// president of the Trade Association", "X is a director of A and of B", and after a relative
// named in the apposition, "X, younger brother of A and deputy commander of B". The pair rules
// read the first post (person next to A) but not the second, whose body stands after another
// body. The second post is its own noun ("commander"), or, with "and of", the first one
// again. A post marked as past ("a former director of A and of B") is left: the time may
// cover both.

var (
	// reFirstPostGap is the gap from the person to the first body: ", a colonel in the ",
	// ", chairman of ", " is a director of ", ", who is at the same time a secretary of state at the ".
	reFirstPostGap = regexp.MustCompile(`^\s*(?:\(\s*[^()]{1,30}\)\s*)?,?\s*(?:who\s+)?(?:(?:is|was)\s+)?(?:(?:also|now|still|at\s+the\s+same\s+time)\s+)*(?:(?:a|an|the)\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at|in|with)\s+(?:the\s+)?$`)
	// reSecondPostGap is the gap from the first body to the second: " and commander of ",
	// " and president of the ".
	reSecondPostGap = regexp.MustCompile(`^\s+and\s+(?:also\s+)?(?:(?:a|an|the)\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at)\s+(?:the\s+)?$`)
	// reKinFirstGap is the gap from the person to a relative named in the person's apposition:
	// ", younger brother of ", ", the wife of ".
	reKinFirstGap = regexp.MustCompile(`^\s*,\s*(?:(?:a|an|the)\s+)?(?:(?:eldest|youngest|younger|elder|older|second|only)\s+)?(?:` + kinWords + `)\s+of\s+$`)
	// reEndedPostWord marks a post held before: the relative's reading keeps "deputy" and
	// "vice" posts, which the vocabulary counts as direction.
	reEndedPostWord = regexp.MustCompile(`\b(?:` + endedPostWords + `)\b`)
	// reSecondOfGap is " and of the ": the first post again.
	reSecondOfGap = regexp.MustCompile(`^\s+and\s+(?:also\s+)?of\s+(?:the\s+)?$`)
	// reKinWord finds a family tie in the first post's words: "the son of the chairman of A
	// and a director of B" is a relative's post, not the person's first.
	reKinWord = regexp.MustCompile(`\b(?:` + kinNoun + `)\b`)
	// reOfAnother finds a post of another's post in the first post's words: "the deputy of the
	// chairman" ("secretary of state" is one post).
	reOfAnother = regexp.MustCompile(`\bof\s+(?:the|a|an|his|her|their|its)\b`)
	// rePastPost marks a post of the past or of another time.
	rePastPost = regexp.MustCompile(`\b(?:` + endedPostWords + `|acting|deputy|vice|assistant)\b`)
)

// endedPostWords mark a post held before ("former", "ex", "retired", "then").
const endedPostWords = `former|ex|one-time|onetime|erstwhile|retired|late|then`

// staffPosts are the posts of words that give direction or employment: the ones a second post
// of a coordination may give.
func staffPosts(words string) []post {
	var keep []post
	for _, ps := range postsOf(words) {
		if ps.pred == model.Directs || ps.pred == model.EmployedBy {
			keep = append(keep, ps)
		}
	}
	return keep
}

// coordinatedPostPair reads the pair ms[p] (first body) and ms[q] (second body), with the
// person right before the first body.
func coordinatedPostPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	if q != p+1 || p < 1 {
		return
	}
	cx, ca, cb := cands[ms[p-1]], cands[ms[p]], cands[ms[q]]
	// "X, chairman of A's subsidiary and also a director of A": the first post is in a body A
	// only owns (other_bodies.go), the second in A itself, so A may be both ends.
	otherFirst := ca.e < len(text) && reOtherBodyAfter.MatchString(strings.ToLower(text[ca.e:min(len(text), ca.e+60)]))
	if cx.ent < 0 || ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent && !otherFirst || cx.ent == ca.ent || cx.ent == cb.ent {
		return
	}
	body := func(e int) bool { return ents[e].typ == model.Company || ents[e].typ == model.Organization }
	kin := ents[ca.ent].typ == model.Person
	if ents[cx.ent].typ != model.Person || !body(ca.ent) && !kin || !body(cb.ent) || pronounRef(cx) || pronounRef(ca) {
		return
	}
	if ca.s < cx.e || cb.s < ca.e || ca.s-cx.e > 90 || cb.s-ca.e > 70 || possessiveFollows(text, cb.e) {
		return
	}
	if kin {
		// "X, younger brother of A and deputy commander of B": the relative A is named in
		// X's first apposition, and the post after "and" is X's second.
		if possessiveFollows(text, ca.e) || !reKinFirstGap.MatchString(strings.ToLower(text[cx.e:ca.s])) {
			return
		}
		m := reSecondPostGap.FindStringSubmatch(strings.ToLower(text[ca.e:cb.s]))
		if m == nil || reEndedPostWord.MatchString(m[1]) || hasStop(m[1]) || !kinPostBodyEnds(text, cands, ents, ms, q) {
			return
		}
		emitPosts(ents, cx.ent, cb.ent, staffPosts(m[1]), add, setRole)
		return
	}
	m1 := reFirstPostGap.FindStringSubmatch(strings.ToLower(text[cx.e:ca.s]))
	if m1 == nil || rePastPost.MatchString(m1[1]) || reOfAnother.MatchString(m1[1]) || reKinWord.MatchString(m1[1]) || !strings.ContainsAny(text[cx.e:ca.s], ",") && !strings.Contains(m1[0], " is ") && !strings.Contains(m1[0], " was ") {
		return
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	if otherFirst {
		gap = gap[len(reOtherBodyAfter.FindString(gap)):] // "'s subsidiary and also a director of "
	}
	words := ""
	if m := reSecondPostGap.FindStringSubmatch(gap); m != nil {
		words = m[1]
	} else if reSecondOfGap.MatchString(gap) {
		words = m1[1]
	}
	if words == "" || rePastPost.MatchString(words) || hasStop(words) {
		return
	}
	emitPosts(ents, cx.ent, cb.ent, staffPosts(words), add, setRole)
}

// reKinPostBodyNext is what may follow the second body of a relative's apposition: the phrase
// closes, or a time or place goes on.
var reKinPostBodyNext = regexp.MustCompile(`^\s*(?:[.;:)!?]|$|,|(?:in|since|until|from|for\s+\d)\b)`)

// kinPostBodyEnds reports that the second body ends the post's phrase: not a modifier of a
// noun ("deputy head of the Kylin Resources probe", "chairman of the Kylin Resources victims'
// group"), not a possessor ("of Kylin Resources' parent"), and not followed by the name of
// the post's holder ("brother of A and chairman of B, C, spoke").
func kinPostBodyEnds(text string, cands []candidate, ents []*docEntity, ms []int, q int) bool {
	cb := cands[ms[q]]
	if possessiveFollows(text, cb.e) {
		return false
	}
	rest := text[cb.e:min(len(text), cb.e+24)]
	if !reKinPostBodyNext.MatchString(rest) {
		return false
	}
	if strings.HasPrefix(strings.TrimLeft(rest, " "), ",") && q+1 < len(ms) {
		next := cands[ms[q+1]]
		if next.ent >= 0 && ents[next.ent].typ == model.Person && !pronounRef(next) && next.s >= cb.e && strings.TrimSpace(text[cb.e:next.s]) == "," {
			return false
		}
	}
	return true
}
