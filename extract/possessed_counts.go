package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// "Its two shareholders are Tep Vannak and Huang Zhiwen", "its sole director is X": a count
// or a word such as "sole" before a possessed post says how many hold it, not what it is, and
// a post in the plural with "are" names its holders one by one (possessed_roles.go).

// countWords are the counts that may stand before a post.
var countWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "2", "3", "4", "5", "6", "7", "8", "9", "10")

// pluralPost reads a post written in the plural as the singular the role table knows
// ("shareholders", "directors"); it returns the post read and the role table's reading of
// it (the post unchanged when its singular is no post).
func pluralPost(post string) (string, string, string) {
	if !strings.HasSuffix(post, "s") || strings.HasSuffix(post, "ss") {
		w, pred := rolePhrase(post)
		return post, w, pred
	}
	one := strings.TrimSuffix(post, "s")
	if w, pred := rolePhrase(one); pred != "" && w == one {
		return one, w, pred
	}
	w, pred := rolePhrase(post)
	return post, w, pred
}

// reCoHolder joins one more holder of a plural post: ", ", " and ", ", and ", optionally
// after a short relative clause on the one before (", who holds 30 percent, and ").
var reCoHolder = regexp.MustCompile(`^(?:\s*,\s*(?:who|which)\s+[^,;()]{1,60})?\s*(?:,\s*and|,|and)\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}?$`)

// coHolders returns the mentions (indexes into ms) of the people joined after mention ms[i],
// the first holder of a post in the plural: "Its shareholders are A, B and C".
func coHolders(text string, cands []candidate, ents []*docEntity, ms []int, i int) []int {
	var out []int
	for j := i + 1; j < len(ms) && len(out) < 8; j++ {
		prev, c := cands[ms[j-1]], cands[ms[j]]
		if c.ent < 0 || ents[c.ent].typ != model.Person || prev.e > c.s || !reCoHolder.MatchString(text[prev.e:c.s]) {
			break
		}
		out = append(out, j)
	}
	return out
}

// reKinApposed is the gap of "X's wife, Y": a possessive, a relative noun and a comma.
var reKinApposed = regexp.MustCompile(`^['’]s\s+(?:(?:younger|elder|eldest|older|youngest|only)\s+)?([a-z-]+)\s*,\s*$`)

// kinApposedHolder returns the index in ms of the person set off after "X's KIN," where X is
// mention ms[j] ("Its managing director is Chang's wife, Pimchanok"): the one who holds the
// post told before X; -1 when no relative is so named.
func kinApposedHolder(text string, cands []candidate, ents []*docEntity, ms []int, j int) int {
	if j+1 >= len(ms) {
		return -1
	}
	c, n := cands[ms[j]], cands[ms[j+1]]
	if n.ent < 0 || ents[n.ent].typ != model.Person || c.e > n.s {
		return -1
	}
	if m := reKinApposed.FindStringSubmatch(strings.ToLower(text[c.e:n.s])); m != nil && familyWords[m[1]] {
		return j + 1
	}
	return -1
}

// reKinPossessorTail ends a gap with an unnamed possessor's relative: " Chang's wife, ".
var reKinPossessorTail = regexp.MustCompile(`\s[a-z][\w.-]*['’]s\s+(?:(?:younger|elder|eldest|older|youngest|only)\s+)?([a-z-]+)\s*,\s*$`)

// withoutKinPossessor cuts "X's KIN, " off the end of a lower-cased gap when X is a word the
// recogniser left unnamed ("its managing director is Chang's wife, Pimchanok"): the person
// after it holds the post.
func withoutKinPossessor(gap string) string {
	if m := reKinPossessorTail.FindStringSubmatchIndex(gap); m != nil && familyWords[gap[m[2]:m[3]]] {
		return gap[:m[0]] + " "
	}
	return gap
}
