package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// More shapes of an office, each with recall and precision cases in office_shapes_test.go:
//
//   - "an adviser to Cambodia's Ministry of Tourism": a place in the possessive right before
//     a body's name opens the body's noun phrase, and the pair reads as if it were not there
//     (placePossessing, used by tiePair);
//   - "a property developer now chaired by the senator's wife, X", "whose nominal director was
//     the defendant's cousin, X": a possessed kin noun set off before the holder's name is the
//     holder's apposition (possessedKinLead, used by the office rules);
//   - "X, a 22-year veteran of the Royal Thai Police": a veteran of a body served in it;
//   - "X, a Malaysian man — general manager of the company": a post set off by a dash after
//     a description of the person;
//   - "X sits on the committee of the Tak Chamber of Commerce": a seat on a body's committee
//     or council is membership of the body;
//   - "raided by the Provincial Police under provincial police chief X": the head a body acts
//     under heads it;
//   - "X is listed in Ministry of Commerce filings as general manager of Y": a post read from
//     a record a body keeps, the keeper named between the holder and the post.

// possessedKinLead is a possessed kin noun set off before a name: "the senator's wife, ".
var possessedKinLead = `(?:(?:the\s+)?[a-z-]+['’]s\s+` + kinNoun + `\s*,\s*)?`

// placePossessing reports that the text between a place's end and the next name is only the
// possessive: "Cambodia's Ministry of Tourism".
func placePossessing(text string, end, next int) bool {
	if next <= end || next-end > 4 {
		return false
	}
	g := text[end:next]
	return g == "'s " || g == "’s "
}

var (
	// reVeteranOf is the gap of "X, a 22-year veteran of the ".
	reVeteranOf = regexp.MustCompile(`^\s*(?:,\s*\d{1,3}\s*)?,\s*(?:a|an)\s+(?:(?:\d{1,2}|[a-z]+)-year\s+|longtime\s+|long-time\s+|decorated\s+|former\s+)?veteran\s+(?:of|in)\s+(?:the\s+)?$`)
	// reOnCommittee is the gap of "X also sits on the committee of the ".
	reOnCommittee = regexp.MustCompile(postVerbLead + `(?:sits|sat|sit|serves|served|serve|is|was)\s+on\s+(?:the\s+|its\s+)?(?:central\s+|executive\s+|standing\s+|management\s+|organising\s+|organizing\s+)?(committee|council)\s+(?:of|at)\s+(?:the\s+)?$`)
	// reUnderHead is the gap of "the Provincial Police under provincial police chief
	// Brigadier General ": the head's post, then the titles before the name.
	reUnderHead = regexp.MustCompile(`^\s*,?\s+under\s+(?:the\s+|its\s+|their\s+)?((?:[a-z.-]+\s+){1,6})$`)
	// reDashPost is the gap of "X, a Malaysian Chinese man — general manager of the ": a post
	// set off by a dash after a description of the person.
	reDashPost = regexp.MustCompile(`^\s*,\s*(?:a|an)\s+(?:[a-z'’-]+\s+){0,4}?(?:man|woman|national|citizen|businessman|businesswoman)\s*[—–]\s*(?:the\s+|a\s+|an\s+|its\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at|for)\s+(?:the\s+)?$`)
	// reListedIn and reFilingsAs are the gaps of "X is listed in " KEEPER " filings as
	// general manager of ".
	reListedIn  = regexp.MustCompile(`^\s*(?:,\s*\d{1,3}\s*,\s*)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:listed|named|registered|recorded|identified|shown|described)\s+in\s+(?:the\s+)?$`)
	reFilingsAs = regexp.MustCompile(`^(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:filings?|records?|documents?|registry|register|registers|papers|database|files)\s+as\s+(?:the\s+|a\s+|an\s+|its\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at|for|with)\s+(?:the\s+)?$`)
)

// officeShapePair reads the shapes above between mentions ms[p] and ms[q] of one sentence.
func officeShapePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 160 || pronounRef(ca) || pronounRef(cb) {
		return
	}
	ta, tb := ents[ca.ent].typ, ents[cb.ent].typ
	body := func(t string) bool { return t == model.Company || t == model.Organization }
	if q == p+2 && ta == model.Person && body(tb) {
		// "X is listed in Ministry of Commerce filings as general manager of Y".
		cm := cands[ms[p+1]]
		if cm.ent < 0 || !body(ents[cm.ent].typ) || cm.s < ca.e || cm.e > cb.s || possessiveFollows(text, cb.e) {
			return
		}
		if !reListedIn.MatchString(strings.ToLower(text[ca.e:cm.s])) {
			return
		}
		if m := reFilingsAs.FindStringSubmatch(strings.ToLower(text[cm.e:cb.s])); m != nil && !hasStop(m[1]) {
			emitPosts(ents, ca.ent, cb.ent, postsOf(m[1]), add, setRole)
		}
		return
	}
	if q != p+1 {
		return
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	switch {
	case ta == model.Person && body(tb) && !possessiveFollows(text, cb.e):
		if m := reDashPost.FindStringSubmatch(gap); m != nil && !hasStop(m[1]) {
			emitPosts(ents, ca.ent, cb.ent, postsOf(m[1]), add, setRole)
			return
		}
		if reVeteranOf.MatchString(gap) {
			setRole("veteran")
			add(ca.ent, cb.ent, model.EmployedBy, 0.7)
			return
		}
		if m := reOnCommittee.FindStringSubmatch(gap); m != nil && tb == model.Organization {
			setRole(m[1] + " member")
			add(ca.ent, cb.ent, model.MemberOf, 0.7)
		}
	case tb == model.Person && ta == model.Organization:
		// "the Provincial Police under provincial police chief X".
		if m := reUnderHead.FindStringSubmatch(gap); m != nil {
			if w := headUnder(strings.Fields(m[1])); w != "" {
				setRole(w)
				add(cb.ent, ca.ent, model.Directs, 0.7)
			}
		}
	}
}

// headUnder reads the words after "under" as a head's post and the titles before the name:
// "provincial police chief brigadier general" is a police chief. It returns the post, or ""
// when the words are no head's post or something other than titles follows it.
func headUnder(f []string) string {
	for n := len(f); n > 0; n-- {
		post := strings.Join(f[:n], " ")
		w, pred := rolePhrase(post)
		if pred != model.Directs || w != post && !strings.HasSuffix(post, " "+w) {
			continue
		}
		for _, t := range f[n:] {
			t = strings.Trim(t, ".")
			if !titleWords[t] && !personTitles[t] && !nameHonorifics[t] && rankShort[t] == "" && !rankRole(t) {
				return ""
			}
		}
		return w
	}
	return ""
}

// firmPosts are posts only a firm or a civil body has; unitWords name a military unit. A unit
// has commanders, not a chairman or a board ("Its chairman is X" read back to a battalion
// named before is a misread reference), so such a post is never held in such a unit.
var (
	firmPosts = set("chairman", "chairwoman", "chairperson", "vice chairman", "vice-chairman", "ceo", "chief executive",
		"chief executive officer", "managing director", "general manager", "board member", "treasurer", "corporate secretary",
		"company secretary", "shareholder", "major shareholder", "president", "vice president", "founder", "co-founder")
	unitWords = set("battalion", "brigade", "regiment", "division", "company", "platoon", "squadron")
)

// firmPostOfUnit reports a firm's post said of a military unit (an Organization whose name
// holds a unit word and no firm form).
func firmPostOfUnit(role string, obj *docEntity) bool {
	if obj.typ != model.Organization || !firmPosts[cleanRole(role)] {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(obj.name)) {
		if unitWords[w] && w != "company" {
			return true
		}
	}
	return false
}
