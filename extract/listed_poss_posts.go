package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A post a record names through the body's possessive after "as": "filings list Wei Zhenhao
// as Huayu Tianrui's sole director", "police identified the suspect, Lee Mei Ling, as Falcon
// Ridge's finance manager". The verb of naming or listing stands before the holder (with at
// most a description set off by commas between), "as" between the holder and the body, and a
// post of the role vocabulary after the body's possessive. named_as.go reads the same verbs
// with "as the director of B"; here the post follows the body. A kin apposition after the
// holder ("list A, the senator's eldest daughter, as the firm's majority shareholder") is
// read past, its relative no party to the post (kin_appositions.go); a negated verb ("do not
// list") names no post.

var (
	// reNamingBeforeHolder is the naming verb before the holder, a description set off by
	// commas allowed between: "list ", "named the suspect, ", "list Tan's wife, Datin ".
	reNamingBeforeHolder = regexp.MustCompile(`\b` + namingVerbs + `\s+(?:[^,;.]{1,40},\s+)?(?:[a-z'’.]+\s+)?$`)
	// reNegatedNaming is a naming verb negated or stopped before the holder: "records do not
	// list ", "filings no longer name ", "stopped listing ", "ceased to list ", "failed to name ".
	reNegatedNaming = regexp.MustCompile(`\b(?:not|never|no\s+longer|n['’]t|(?:stop|stops|stopped|cease|ceases|ceased|quit|quits|fail|fails|failed|refuse|refuses|refused|decline|declines|declined)(?:\s+to)?)\s+` + namingVerbs + `\s+(?:[^,;.]{1,40},\s+)?(?:[a-z'’.]+\s+)?$`)
	// reAsBody is the gap from the holder to the body: " as ", ", a lawyer, as ".
	reAsBody = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+[^;()]{1,60}?)?\s*,?\s*as\s+$`)
	// rePossPost is the post after the body's possessive, closed by punctuation or a
	// preposition of time or place; group 1 is the post.
	rePossPost = regexp.MustCompile(`^['’]s?\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)(?:\s*[.;,:)]|\s*$|\s+(?:and|since|from|until|in|at|on|before|after|when|while)\b)`)
)

// listedPossPostPair reads the pair ms[p] (the holder) and ms[q] (the body) of one sentence.
func listedPossPostPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	a, b, ok := pairEnds(cands, ms, p, q, 90)
	if !ok || ents[a].typ != model.Person || ents[b].typ != model.Company && ents[b].typ != model.Organization {
		return false
	}
	gap, person, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok {
		return false
	}
	// "list A, the senator's eldest daughter, as the firm's majority shareholder": the
	// relative named in a kin apposition is no party to the post (kin_appositions.go).
	if kinGap, kinAppos := withoutKinApposition(gap); person && kinAppos && onlyTypesBetween(cands, ents, ms, p, q, a, b, model.Location, model.Person) {
		gap, person = kinGap, false
	}
	if person || !reAsBody.MatchString(gap) {
		return false
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if lead := strings.ToLower(text[max(0, ca.s-80):ca.s]); !reNamingBeforeHolder.MatchString(lead) || reNegatedNaming.MatchString(lead) {
		return false
	}
	m := rePossPost.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+60)]))
	if m == nil {
		return false
	}
	w, pred := rolePhrase(m[1])
	if pred == "" || !typed(pred, model.Person, ents[b].typ, ents[b].name) {
		return false
	}
	if setRole != nil {
		setRole(w)
	}
	add(a, b, pred, 0.75)
	return true
}
