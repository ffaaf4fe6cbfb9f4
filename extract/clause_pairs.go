package extract

import (
	"regexp"
	"strings"
)

// Two names joined by ", and" alone are rarely a list: a list of two takes no comma ("Yatai
// and the KNA"), a list of three or more does ("A, B, and C"). The comma before "and" with
// only two names joins two clauses, the first name closing the first ("Wang Li chairs Golden
// Reed Co., Ltd., and Chen Haoran runs Silver Bay Park"), so what the second name's clause
// says is not the first name's. Cases in clause_pairs_test.go.

// twoClauses reports that the list ms[p..q] is two names joined by a comma and "and" (a
// company's ", Ltd." before the comma is the name's own).
func twoClauses(text string, cands []candidate, ms []int, p, q int) bool {
	if q != p+1 || cands[ms[p]].e > cands[ms[q]].s {
		return false
	}
	g := strings.ToLower(strings.TrimSpace(text[cands[ms[p]].e:cands[ms[q]].s]))
	g = strings.TrimSuffix(g, " the")
	return g == ", and"
}

// reClauseObjectBefore ends the words of a clause before a name that is its object: a preposition
// ("heard from ", "a deal with "), or a verb in -ed after its subject ("Police arrested "),
// with a title or two between ("met with General ").
var reClauseObjectBefore = regexp.MustCompile(`(?:^|\s)(?:(?:from|with|to|by|of|for|against|on|at|into|about|near|between|among)|[A-Za-z]+\s+[a-z]{3,}ed)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}$`)

// objectBefore reports that the name at start is the object of the clause before it in its
// sentence: "The court heard from Sok Dara, and Wang Li chairs Y": Sok Dara opens no clause,
// and the second name's verb is not hers.
func objectBefore(text string, start int) bool {
	before := text[max(0, start-60):start]
	if i := strings.LastIndexAny(before, ".;:\n"); i >= 0 {
		before = before[i+1:]
	}
	if i := strings.LastIndex(before, ","); i >= 0 {
		before = before[i+1:]
	}
	// "investigators alleged A, and B ran Y": a verb of report opens the clause A heads.
	return reClauseObjectBefore.MatchString(before) && !reReportBefore.MatchString(strings.ToLower(before)) && !reportVerbBefore(before)
}

// reportVerbBefore reports a verb of saying or believing in -ed right before the name (titles
// aside): "police reported ", "investigators believed ".
func reportVerbBefore(before string) bool {
	f := strings.Fields(before)
	for len(f) > 0 && (f[len(f)-1] == "the" || isCapWord(f[len(f)-1])) {
		f = f[:len(f)-1]
	}
	return len(f) > 0 && reportedVerbs[strings.ToLower(f[len(f)-1])]
}

var reportedVerbs = set("alleged", "reported", "claimed", "believed", "suspected", "confirmed", "stated", "added",
	"testified", "asserted", "charged", "argued", "concluded", "learned", "revealed", "noted", "explained", "assessed")
