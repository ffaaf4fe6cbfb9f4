package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A post in a body the writer introduces with a description or a possessor before its name,
// where the plain post rules (reApposRole, reIsRole) stop because the body does not follow the
// preposition at once. Each shape has recall and precision cases in described_bodies_test.go:
//
//   - "X, a case worker with the migrant-rights group Tenaganita", "X, a researcher at the
//     Bangkok office of the rights group Y": a kind noun (group, charity, agency...) or a
//     branch ("the Bangkok office of") before the body's name;
//   - "X, a former secretary of state at Cambodia's Ministry of Tourism", "X serves as an
//     adviser to Thailand's Ministry of Interior": a country's possessive before the body;
//   - "X, a Chiang Rai-based lawyer with Y": a place-based modifier before the post;
//   - "X is a Myanmar businessman and a member of Y": a plain description coordinated
//     before the post;
//   - "X, a senior member of the opposition Candlelight Party", "a member of the
//     military-backed Y": a party's standing or backer before its name;
//   - "X, a lawyer with Y", "X, an interpreter for Y": an agent's noun, which makes a
//     person's associate, is a post in a body (an association's lawyer is its member).
//
// The gap is rewritten to the plain shape ("X, a researcher at the Y") and read by the plain
// post rules, so each reading stays theirs; the rewrite only runs when one of these
// descriptions stands in the gap, so a gap the plain rules already read is left to them.

var (
	// reBasedMod is a place-based modifier before a post: "a loc-based ", "a Bangkok-based ".
	reBasedMod = regexp.MustCompile(`^(\s*,\s*(?:a|an|the)\s+(?:former\s+|senior\s+|veteran\s+)?)(?:loc|[a-z]+)-based\s+`)
	// reBodyDescribed is the description between the preposition and the body: a country's
	// possessive, a branch of the body, or a kind noun with its modifiers.
	reBodyDescribed = regexp.MustCompile(`\s(with|at|for|to|of|in)\s+(?:the\s+)?(?:loc['’]s\s+|(?:loc\s+)?(?:office|branch|bureau|chapter|headquarters|mission)\s+of\s+(?:the\s+)?(?:(?:loc|[a-z-]+)\s+){0,3}?(?:` + describedKinds + `)\s+|(?:(?:loc|[a-z-]+)\s+){0,3}?(?:` + describedKinds + `)\s+|(?:(?:ruling|governing|opposition|outlawed|banned|dissolved|defunct|now-defunct|powerful|influential|pro-[a-z]+|[a-z]+-backed|[a-z]+-aligned|[a-z]+-allied)\s+)+)$`)
	// reLeadAdverb is an adverb before the copula or "serves as": " also serves as ".
	reLeadAdverb = regexp.MustCompile(`^(\s*(?:,\s*who\s+|who\s+)?)(?:(?:also|now|still|currently|concurrently|separately)\s+)+`)
	// reFirstConjunct is a description coordinated before the post: ", a loc businessman and
	// a member of ", " is a lawyer and an adviser to ", ", a loc businessman and chairman of ".
	reFirstConjunct = regexp.MustCompile(`^(\s*,\s*|\s*,?\s*(?:who\s+)?(?:is|was|has\s+been|had\s+been)\s+)(?:a|an)\s+((?:(?:loc|[a-z-]+)\s+){1,4}?)and\s+(?:also\s+)?(?:(a|an|the)\s+)?`)
	// reLeadAge is an age set off right after the person: ", 49,", ", aged 49,".
	reLeadAge = regexp.MustCompile(`^\s*,\s*(?:aged\s+)?\d{1,3}\s*,`)
	// reClosedCopula is the comma closing a name's apposition before its copula: ", is ".
	reClosedCopula = regexp.MustCompile(`^\s*,\s*((?:is|was)\s)`)
	// reBareBranch is a branch of the body with no kind noun: "at the Bangkok office of ".
	reBareBranch = regexp.MustCompile(`\s(with|at|for|to|of|in)\s+(?:the\s+)?(?:loc\s+)?(?:office|branch|bureau|chapter|headquarters|mission)\s+of\s+(?:the\s+)?$`)
)

// describedKinds are the kind nouns a writer puts before a body's name ("the rights group").
const describedKinds = `group|organi[sz]ation|charity|foundation|ngo|agency|network|coalition|association|watchdog|institute|think\s+tank|outlet|newspaper|firm|company|platform|union|federation|society|commission|council|ministry|department|authority|force|militia|army`

// agentPosts are the agent's nouns (acting-for.txt) that are posts when their object is a body.
var agentPosts = set("lawyer", "attorney", "counsel", "interpreter", "translator")

// describedBodyPair reads a post of person ms[p] in body ms[q] (the next name) across a
// described body, as the comment at the top of the file says.
func describedBodyPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, claim, apposed func(a, b int, pred string, conf float64), setRole func(string)) {
	for k := p + 1; k < q; k++ {
		if c := cands[ms[k]]; c.ent < 0 || ents[c.ent].typ != model.Location {
			return // only places may stand between: "the Bangkok office of"
		}
	}
	a, b, ok := pairEnds(cands, ms, p, q, 160)
	if !ok || ents[a].typ != model.Person || ents[b].typ != model.Organization && ents[b].typ != model.Company || pronounRef(cands[ms[p]]) {
		return
	}
	gap, person, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok || person || strings.Contains(gap, ";") {
		return
	}
	ng, changed := gap, false
	if m := reClosedCopula.FindStringSubmatch(ng); m != nil && strings.HasSuffix(strings.TrimRight(text[max(0, cands[ms[p]].s-3):cands[ms[p]].s], " "), ",") {
		// "whose cousin, Sam Kanitha, is a secretary of state at": the name set off as an
		// apposition is the copula's subject.
		ng = " " + ng[len(m[0])-len(m[1]):]
	}
	// "X, 49, a Tak businessman and chairman of Y": the age set off before the description.
	if m := reLeadAge.FindStringIndex(ng); m != nil && reFirstConjunct.MatchString(","+ng[m[1]:]) {
		ng = "," + ng[m[1]:]
	}
	if m := reFirstConjunct.FindStringSubmatchIndex(ng); m != nil && plainConjunct(ng[m[4]:m[5]]) {
		art := "" // "X, 49, a Tak businessman and chairman of Y": no article before the post
		if m[6] >= 0 {
			art = ng[m[6]:m[7]] + " "
		}
		ng, changed = ng[m[2]:m[3]]+art+ng[m[1]:], true
	}
	if m := reBasedMod.FindStringSubmatch(ng); m != nil {
		ng, changed = m[1]+ng[len(m[0]):], true
	}
	if m := reBodyDescribed.FindStringSubmatchIndex(ng); m != nil {
		ng, changed = ng[:m[0]]+" "+ng[m[2]:m[3]]+" the ", true
	} else if m := reBareBranch.FindStringSubmatchIndex(ng); m != nil {
		ng, changed = ng[:m[0]]+" "+ng[m[2]:m[3]]+" the ", true
	}
	var role string
	add := apposed
	if m := submatch(reApposRole, ng, strings.HasPrefix(strings.TrimSpace(ng), ",")); m != nil {
		role = m[1]
	} else if m := submatch(reIsRole, reLeadAdverb.ReplaceAllString(spokenRoleGap(ng), "$1"), true); m != nil {
		role, add = m[1], claim
	} else {
		return
	}
	w, pred := rolePhrase(role)
	if pred == "" && agentPosts[w] {
		if !changed && !strings.Contains(ng, " with ") && !strings.Contains(ng, " at ") {
			return // "a lawyer for Y" without a description: Y's case, not a post
		}
		pred, changed = model.EmployedBy, true
		if strings.Contains(strings.ToLower(ents[b].name), "association") {
			pred = model.MemberOf
		}
	}
	if !changed || pred == "" || pred == model.Owns {
		return
	}
	setRole(w)
	add(a, b, pred, 0.8)
}

// plainConjunct reports that the words of a first description ("loc businessman ") name no
// tie of their own: no preposition, no other name, no clause.
func plainConjunct(words string) bool {
	for _, w := range strings.Fields(words) {
		switch w {
		case "of", "to", "for", "with", "at", "in", "org", "firm", "site", "person", "who", "which", "that", "whose":
			return false
		}
	}
	return true
}
