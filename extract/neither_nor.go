package extract

import (
	"regexp"
	"sort"
)

// "Neither A nor B owned X" denies the ownership for both names, as "A did not own X" does,
// though no "not" stands beside the verb; so does "X was owned by neither A nor B". A
// relation read from a span that such a pair negates is not emitted.
var (
	reNeitherWord = regexp.MustCompile(`(?i)\bneither\b`)
	reNorWord     = regexp.MustCompile(`(?i)\bnor\b`)
	// "X was owned by neither A nor B": the span ends at A
	reNorSoon = regexp.MustCompile(`(?i)^[^.;:]{0,60}?\bnor\b`)
	// the span opens the pair: "Neither [the] A nor B owned X" read from A
	reNeitherOpen = regexp.MustCompile(`(?i)\bneither\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$`)
	// the span opens at the pair's second name: "Neither A nor [his partner] B owned X"
	reNorTail = regexp.MustCompile(`(?i)\bnor\s+(?:by\s+)?(?:[\p{L}'’-]+,?\s+){0,3}$`)
)

// neitherWindow bounds the text read before a span and after it: "neither", "nor" and up to
// three words fit in it, and a list of hundreds of relations in one sentence reads no more
// than this per relation.
const neitherWindow = 160

// neitherMarks holds where "neither" and "nor" start in one sentence, found once per sentence.
type neitherMarks struct{ neither, nor []int }

func findNeitherMarks(sent string) neitherMarks {
	var m neitherMarks
	for _, loc := range reNeitherWord.FindAllStringIndex(sent, -1) {
		m.neither = append(m.neither, loc[0])
	}
	for _, loc := range reNorWord.FindAllStringIndex(sent, -1) {
		m.nor = append(m.nor, loc[0])
	}
	return m
}

// within reports whether a mark starts in [s, e).
func within(marks []int, s, e int) (int, bool) {
	i := sort.SearchInts(marks, s)
	if i < len(marks) && marks[i] < e {
		return marks[i], true
	}
	return 0, false
}

// negated reports whether the span sent[ms:me] of a relation lies inside a "neither ... nor"
// coordination: the span holds both words (or "neither" with "nor" just after it), opens the
// pair, or opens at its "nor" name with "neither" earlier in the sentence.
func (m neitherMarks) negated(sent string, ms, me int) bool {
	if len(m.neither) == 0 || ms < 0 || me > len(sent) || ms >= me {
		return false
	}
	if n, ok := within(m.neither, ms, me); ok {
		if _, nor := within(m.nor, n+len("neither"), me); nor || reNorSoon.MatchString(sent[me:min(len(sent), me+neitherWindow)]) {
			return true
		}
	}
	pre := sent[max(0, ms-neitherWindow):ms]
	if _, ok := within(m.nor, ms, me); ok && reNeitherOpen.MatchString(pre) {
		return true
	}
	if loc := reNorTail.FindStringIndex(pre); loc != nil {
		if _, ok := within(m.neither, 0, ms-len(pre)+loc[0]); ok {
			return true
		}
	}
	return false
}
