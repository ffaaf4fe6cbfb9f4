package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A post joined by "and" to a tie the subject has with another person: "X was A's wife and
// the chief financial officer of B", "X was the wife of A and served as chief financial
// officer of B", "X, a Malaysian national, was A's business partner and the chief financial
// officer of B". The pair readers read the tie (X and A) but stop at A for the post: the
// post after "and" is X's, the subject of the copula, not A's. Read only when A is the one
// mention between X and B, X opens its clause (after "the defendant", "accused" at most), and
// the post is one the role table reads whole as a post in a body (DIRECTS, EMPLOYED_BY); a
// past post ("and a former director of B") is left, as is a kin or tie noun after "and"
// ("and the mother of B"), which names no post, and so is a post followed by a verb ("and
// the general manager of B was his nephew"), which is the subject of a second clause. Cases are in tie_then_post_test.go.

var (
	// tieThenPostTies are the tie nouns of the first conjunct.
	tieThenPostTies = `(?:business\s+partner|business\s+associate|partner|associate|` + kinNoun + `)`
	// reTieThenPostLead is the gap from X to A: an optional alias in brackets and an
	// indefinite apposition, the copula, and "the wife of " when the tie is told before A.
	// Group 1 is that tie noun, when present.
	reTieThenPostLead = regexp.MustCompile(`^[”"’)\s]*(?:\(\s*[^()]{1,40}\)\s*)?(?:,\s*(?:a|an)\s+[^;:()]{1,100}?[,”"]+)?\s*(?:is|was)\s+(?:also\s+)?(?:(?:the|a|an)\s+(?:younger\s+|elder\s+|older\s+|eldest\s+|youngest\s+)?(` + tieThenPostTies + `)\s+of\s+(?:the\s+)?)?$`)
	// reTieThenPostGap is the gap from A to B: the possessive tie when it was not told before
	// A, "and", an optional verb of holding a post, and the post with its preposition.
	// Group 1 is the possessive tie noun, group 2 the post.
	reTieThenPostGap = regexp.MustCompile(`^(?:['’]s\s+(?:younger\s+|elder\s+|older\s+)?(` + tieThenPostTies + `))?\s+and\s+(?:(?:served|serves|also\s+served|worked|works)\s+as\s+|(?:is|was)\s+(?:also\s+)?)?(?:(?:the|its|a|an)\s+)?([a-z][a-z -]{1,40}?)\s+(?:of|at)\s+(?:the\s+)?$`)
	// reTieThenPostVerbAfter is a verb right after B: "and the general manager of B was his
	// nephew, C" opens a second clause whose subject is the post at B, not X's post.
	reTieThenPostVerbAfter = regexp.MustCompile(`^[”"’)]*\s*(?:\([^()]{1,40}\)\s*)?(?:is|was|were|are|has|had|have|became|remains|remained)\b`)
	// reTieThenPostOpen is what may stand before X in its clause.
	reTieThenPostOpen = regexp.MustCompile(`^(?:(?:the\s+)?(?:co-)?(?:defendant|accused|accused-appellant)\s+)?$`)
)

// tieThenPostPair reads the shape above between ms[p] (X) and ms[p+2] (B), A being ms[p+1].
func tieThenPostPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	if q != p+2 {
		return
	}
	cx, ca, cb := cands[ms[p]], cands[ms[p+1]], cands[ms[q]]
	if cx.ent < 0 || ca.ent < 0 || cb.ent < 0 || cx.ent == ca.ent || ents[cx.ent].typ != model.Person ||
		ents[ca.ent].typ != model.Person || pronounRef(cx) || pronounRef(ca) {
		return
	}
	if t := ents[cb.ent].typ; t != model.Company && t != model.Organization || cx.e > ca.s || ca.e > cb.s {
		return // overlapping mentions leave no gap to read
	}
	lead := reTieThenPostLead.FindStringSubmatch(strings.ToLower(text[cx.e:ca.s]))
	if lead == nil {
		return
	}
	gap := reTieThenPostGap.FindStringSubmatch(strings.ToLower(text[ca.e:cb.s]))
	if gap == nil || (lead[1] == "") == (gap[1] == "") {
		return // the tie is told once, before A or as A's possessive
	}
	start := cx.s
	if p > 0 {
		// "Defendant WU MEILING ("WU") was ...": X is the short form in brackets; its clause
		// opens before the full name.
		if c0 := cands[ms[p-1]]; c0.ent == cx.ent && c0.e <= cx.s && strings.TrimSpace(strings.Trim(text[c0.e:cx.s], " (\"“")) == "" {
			start = c0.s
		}
	}
	if rePastPost.MatchString(gap[2]) || !tieThenPostOpens(text, start) ||
		reTieThenPostVerbAfter.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+60)])) {
		return
	}
	w, pred := rolePhrase(gap[2])
	if pred != model.Directs && pred != model.EmployedBy || w != strings.Join(strings.Fields(gap[2]), " ") {
		return
	}
	setRole(w)
	add(cx.ent, cb.ent, pred, 0.7)
}

// tieThenPostOpens reports whether the mention at s opens its clause: the text back to the
// sentence's start holds at most "the defendant" or "accused".
func tieThenPostOpens(text string, s int) bool {
	before := text[max(0, s-40):s]
	i := strings.LastIndexAny(before, ".;:!?\n")
	if i < 0 {
		return s < 40 && reTieThenPostOpen.MatchString(strings.ToLower(strings.TrimLeft(before, " ")))
	}
	return reTieThenPostOpen.MatchString(strings.ToLower(strings.TrimLeft(before[i+1:], " ")))
}
