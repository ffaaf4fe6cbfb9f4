package extract

import (
	"regexp"
	"strings"
)

// A tie told with a copula right after the first name ("X is the brother of Y", "X was a
// business partner of Y") is what the sentence claims, not a description of X: an attribution
// or hedge of its clause reaches it ("Police said X is the brother of Y", "X is a partner of
// Y, investigators said"). The same tie set off as an apposition or a relative clause (", the
// brother of Y,", ", who is the brother of Y,") stays the writer's description.
var reCopulaTie = regexp.MustCompile(`(?i)^\s*,?\s*(?:is|was)\s`)

// copulaTie reports a gap between two names that opens with a bare copula, no comma before it.
func copulaTie(gap string) bool { return reCopulaTie.MatchString(gap) }

// copulaBound bounds how far before and after the tie its clause is read.
const copulaBound = 300

// reTieClauseEnd opens another clause after the tie's second name: what is said or hedged
// there is told of something else ("X is the brother of Y, and police said he was arrested",
// "..., but police said he was not involved", "... (police said he was arrested in 2024)",
// "..., who police said runs Z").
var reTieClauseEnd = regexp.MustCompile(`(?i),\s*(?:and|but|while|whereas|although|though|after|before|when|as|since|because|yet|so)\b|[;(:—–]|\s-\s|\b(?:who|whom|whose|which|that|where)\b`)

// reTieClauseStart is the last clause break before the first name: a cue before it is another
// clause's.
var reTieClauseStart = regexp.MustCompile(`(?i)[;()]|,\s*(?:and|but|while|whereas|although|though)\b`)

// reAuthoritySays is an authority speaking or finding: on its own page that is the page's own
// statement, which 1.24.0 already graded as the page's; elsewhere the tie keeps the writer's
// grade as before. "The Treasury said X is the brother of Y", "..., according to the Treasury."
var reAuthoritySays = regexp.MustCompile(`(?i)\b(?:treasury|ofac|department|court|government|ministry|justice|attorney|prosecutors?|office|fbi|bureau|agency|commission|state)(?:['’]s)?\s+(?:[\w'’.-]+\s+){0,2}?(?:said|says|stated|states|announced|announces|found|finds|determined|determines|alleged|alleges|added|noted)\b|\baccording\s+to\s+(?:the\s+)?(?:u\.?s\.?\s+)?(?:treasury|ofac|department|court|government|ministry|justice|prosecutors?|attorney)`)

// copulaClaim reports a copular tie between text[s:] and text[:e] whose own clause carries a
// hedge or an attribution, read from the clause's start before the first name to the next
// clause break after the second. A cue in another clause of the sentence does not reach it.
func copulaClaim(text string, s, e int) bool {
	lo := max(0, s-copulaBound)
	pre := text[lo:s]
	if i := strings.LastIndexAny(pre, ".!?\n"); i >= 0 {
		pre = pre[i+1:]
	}
	if locs := reTieClauseStart.FindAllStringIndex(pre, -1); len(locs) > 0 {
		pre = pre[locs[len(locs)-1][1]:]
	}
	hi := min(len(text), e+copulaBound)
	post := text[e:hi]
	if i := tieSentenceEnd(post); i >= 0 {
		post = post[:i]
	}
	if loc := reTieClauseEnd.FindStringIndex(post); loc != nil {
		post = post[:loc[0]]
	}
	clause := pre + " " + text[s:e] + " " + post
	if reAuthoritySays.MatchString(clause) {
		return false
	}
	return reHedge.MatchString(clause) || reSaid.MatchString(pre) || reSaid.MatchString(post) || finalAttribution(post)
}

// tieSentenceEnd finds the end of the sentence in s: a stop, question or exclamation mark before a
// space and a capital, a line break, or the end of s; -1 when none is found.
func tieSentenceEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			return i
		case '.', '!', '?':
			if i+1 == len(s) || i+2 < len(s) && s[i+1] == ' ' && s[i+2] >= 'A' && s[i+2] <= 'Z' {
				return i
			}
		}
	}
	return -1
}
