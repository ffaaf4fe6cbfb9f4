package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Posts told through a body's possessive, in shapes the plain possessive rules do not reach.
// Each has recall and precision cases in owned_posts_test.go:
//
//   - "X, who headed Y's finance department", "X leads Y's security team": the head of a
//     part of a body works for it (EMPLOYED_BY), he does not direct the body;
//   - "X, whom the police described as Y's human resources manager", "X, who was listed as
//     Y's treasurer": a post a record or a witness gives, read after "as";
//   - "Y's general manager at the site is X": a post narrowed by the place it is held.
//
// The body must be named, not referred to ("the group's finance office"): which body a
// reference in a possessive stands for is too often misread to hang a post on it.

var (
	// reHeadsPart is the gap of "X, who headed " before a body whose part follows.
	reHeadsPart = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:(?:also|now|still|previously|formerly|once|later|reportedly|allegedly)\s+)?(?:heads|headed|runs|ran|leads|led|manages|managed|oversees|oversaw|supervises|supervised|(?:is|was)\s+in\s+charge\s+of)\s+(?:the\s+)?$`)
	// reKinApposLead is an apposition of a person's kin or partner noun before a relative
	// clause: ", person's nephew, who ...".
	reKinApposLead = regexp.MustCompile(`^\s*,\s*(?:the\s+)?person['’]s\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*(,\s*(?:who|whom)\s.*)$`)
	// rePartAfter is the part of the body after its possessive: "'s finance department".
	rePartAfter = regexp.MustCompile(`^['’]s?\s+((?:[a-z-]+\s+){0,2}?(?:department|team|office|unit|division|section|desk))\b`)
	// reAsPossLeadPost is the gap of "X, whom the CIDG described as " or "X, who was listed
	// as " before a body whose post follows.
	reAsPossLeadPost = regexp.MustCompile(`^\s*,?\s*(?:(?:who|whom)\s+(?:(?:the\s+)?(?:org|[a-z-]+)\s+){0,3}?)?(?:(?:was|is|were|has\s+been|had\s+been)\s+)?(?:described|listed|named|identified|registered|introduced)\s+as\s+$`)
	// rePossPostWords is the post after the body's possessive: "'s human resources manager".
	rePossPostWords = regexp.MustCompile(`^['’]s?\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\b`)
	// reSitePostIs is the gap of "Y's general manager at the site is " before the person.
	reSitePostIs = regexp.MustCompile(`^['’]s?\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:at|in|on)\s+(?:the\s+)?(?:site|compound|park|complex|hub|resort|casino|building|zone|project)\s+(?:is|was)\s+$`)
)

// ownedPostPair reads the shapes above between ms[p] and ms[q] of one sentence.
func ownedPostPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	a, b, ok := pairEnds(cands, ms, p, q, 200)
	if !ok || pronounRef(cands[ms[p]]) || pronounRef(cands[ms[q]]) {
		return
	}
	ta, tb := ents[a].typ, ents[b].typ
	body := func(t string) bool { return t == model.Organization || t == model.Company }
	cb := cands[ms[q]]
	after := strings.ToLower(text[cb.e:min(len(text), cb.e+60)])
	if c := cands[ms[q]].text; body(tb) && (c == "" || c[0] < 'A' || c[0] > 'Z') {
		return // a reference ("the group's"), not a name
	}
	if ta == model.Person && body(tb) && q <= p+2 {
		gap, _, ok := trimmedGap(text, cands, ents, ms, p, q)
		if !ok {
			return
		}
		// "Xu Hao, Xu Ming's nephew, who headed": a kin or partner apposition set off
		// before the relative clause leaves that clause the first name's.
		if m := reKinApposLead.FindStringSubmatch(gap); m != nil {
			gap = m[1]
		}
		if rePersonSlot.MatchString(gap) {
			return
		}
		if reHeadsPart.MatchString(gap) {
			if m := rePartAfter.FindStringSubmatch(after); m != nil {
				setRole("head of " + strings.Join(strings.Fields(m[1]), " "))
				add(a, b, model.EmployedBy, 0.75)
			}
			return
		}
		if reAsPossLeadPost.MatchString(gap) {
			if w, pred := leadingPost(after); pred != "" {
				setRole(w)
				add(a, b, pred, 0.75)
			}
		}
		return
	}
	if body(ta) && tb == model.Person {
		if c := cands[ms[p]].text; c == "" || c[0] < 'A' || c[0] > 'Z' {
			return
		}
		gap, _, ok := trimmedGap(text, cands, ents, ms, p, q)
		if !ok {
			return
		}
		if q == p+1 {
			if m := reSitePostIs.FindStringSubmatch(gap); m != nil {
				if w, pred := rolePhrase(m[1]); pred != "" && pred != model.Owns {
					setRole(w)
					add(b, a, pred, 0.75)
				}
			}
		}
	}
}

// leadingPost reads the longest post the role table knows at the start of the words after a
// body's possessive ("'s human resources manager but was ..."), trying shorter runs.
func leadingPost(after string) (string, string) {
	m := rePossPostWords.FindStringSubmatch(after)
	if m == nil {
		return "", ""
	}
	f := strings.Fields(m[1])
	for n := len(f); n > 0; n-- {
		if w, pred := rolePhrase(strings.Join(f[:n], " ")); pred != "" {
			return w, pred
		}
	}
	return "", ""
}
