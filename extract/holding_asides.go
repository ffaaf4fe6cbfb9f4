package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Holdings whose verb is parted from the holder or the held by a phrase set off with commas,
// and posts of a site named before it in a copula's subject. Each rule has recall and
// precision cases in holding_asides_test.go:
//
//   - a person's apposition that names a body, then the verb: "A, a member of the City
//     Council, owns 20 percent of B", "A, an officer of the militia, who holds 5 percent of
//     B" (a "who" names the person, never the body inside the apposition);
//   - a sentence adverb or a source set off between the subject and its verb: "S, however,
//     is run by A", "B is, in turn, owned by A", "B's largest shareholder, records show, is A";
//   - a site's owner or operator named before it in the subject of a copula: "The operator of
//     S is A", "the registered owner of S is A".

var (
	// ", a member of org, ": a person's apposition (the names in it written as their type),
	// then group 1, the words after it.
	rePersonAppos = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+[^;()"“”]{1,100}?,\s*(.*)$`)
	// "who holds 20 percent of", "owns the remaining 40 percent of", "owns": the verb of holding
	// after the apposition.
	reHoldsAfterAppos = regexp.MustCompile(`^(?:who\s+)?(?:(?:also|still|now|reportedly|allegedly|in\s+turn)\s+)*(?:(?:owns|owned|holds|held|controls|controlled)\s+` + shareQuantity + `\s+(?:(?:of|in)\s+(?:the\s+)?` + shareNoun + `?|` + shareNoun + `)|(?:owns|owned|co-owns|co-owned)\s+(?:the\s+)?|(?:holds|held|has|had|owns|owned)\s+(?:a|an)\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)[- ]|majority\s+|minority\s+|controlling\s+)?(?:stake|share|interest)\s+in\s+(?:the\s+)?)$`)
	// ", however, ", ", in turn, ", ", records show, ", ", according to filings, ": an aside
	// between a subject and its verb.
	reAside = regexp.MustCompile(`\s*,\s*(?:however|in\s+turn|meanwhile|too|also|itself|moreover|instead|though|for\s+its\s+part|for\s+their\s+part|reportedly|allegedly|apparently|in\s+fact|in\s+practice|according\s+to\s+[^,;()]{1,50}?|(?:[a-z-]+\s+){0,3}?(?:records|filings|documents|papers|registers|sources|officials|investigators|police|survivors|workers|residents)\s+(?:show|shows|showed|say|says|said|indicate|indicated|suggest|suggested|allege|alleged))\s*,\s*`)
	// "is owned by", "was wholly owned by", "is run by": a passive of holding or running once
	// the aside is gone. Group 1 is the participle.
	reAsidePassive = regexp.MustCompile(`^\s*(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?(?:(?:also|wholly|jointly|partly|majority|ultimately|now|still)\s+)*(owned|controlled|run|operated|managed|developed|built)\s+(?:day[- ]to[- ]day\s+)?by\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:national|citizen|businessman|businesswoman|tycoon|investor)\s+)?$`)
	// " is": an auxiliary before the aside ("B is, in turn, owned by").
	reAsideAux = regexp.MustCompile(`^\s*(?:is|was|are|were|has\s+been|had\s+been)\s*$`)
	// "is a wholly owned subsidiary of": the owner after the aside.
	reAsideSubsidiary = regexp.MustCompile(`^\s*(?:is|was)\s+(?:also\s+)?(?:a|an|the)\s+(?:wholly[- ]owned\s+|majority[- ]owned\s+)?(?:subsidiary|affiliate|unit)\s+of\s+(?:the\s+)?$`)
	// "'s largest shareholder, records show, is", "'s operator, sources say, is": a possessed
	// post, the aside, then the copula. Group 1 is the post.
	rePossPostAside = regexp.MustCompile(`^['’]s?\s+((?:(?:largest|biggest|majority|main|sole|controlling|principal|registered|real|true|ultimate|beneficial|single\s+largest)\s+)*(?:shareholder|stockholder|owner|operator|landlord|landowner))$`)
	reAsideCopula   = regexp.MustCompile(`^\s*(?:is|was)\s+(?:(?:a|an|the)\s+[a-z'’ -]{1,50}?\s*,\s*|(?:[a-z-]+\s+){0,2}?(?:national|citizen|businessman|businesswoman|tycoon|investor|company|firm)\s+)?$`)
	// "The operator of ", "that the registered owner of the ": a site's post opening the
	// subject. Group 1 is the post.
	reSitePostOpens = regexp.MustCompile(`(?:^|[.;:!?]["”]?\s+|\n\s*|\bthat\s+)the\s+((?:(?:real|true|registered|legal|current|actual|ultimate|beneficial|main|sole)\s+)?(?:owner|owners|operator|operators|landlord|landowner|developer))\s+of\s+(?:the\s+)?$`)
)

// holdingAsidePair reads the pair ms[p], ms[q] of one sentence with the rules above and
// reports whether one fired.
func holdingAsidePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b, ok := pairEnds(cands, ms, p, q, 240)
	if !ok {
		return false
	}
	if possessivePronouns[strings.ToLower(ca.text)] || possessivePronouns[strings.ToLower(cb.text)] || possessedName(text, cb.e) {
		return false
	}
	gap, person, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok {
		return false
	}
	ta, tb := ents[a].typ, ents[b].typ
	held := func(t string) bool { return t == model.Company || t == model.Compound }
	// A person's apposition naming a body: the body is no holder (a "who" is a person's).
	if ta == model.Person && held(tb) && !person && !prepositionBefore(text, ca.s) {
		if m := rePersonAppos.FindStringSubmatch(gap); m != nil && !strings.Contains(gap[:len(gap)-len(m[1])], " who ") && reHoldsAfterAppos.MatchString(m[1]) {
			add(a, b, model.Owns, 0.7)
			return true
		}
	}
	if !onlyPlacesBetween(cands, ents, ms, p, q, a, b) || person {
		return false
	}
	// An aside between the subject and its verb.
	if held(ta) && agentType(tb) {
		if loc := reAside.FindStringIndex(gap); loc != nil && loc[0] <= 12 {
			rest := " " + gap[loc[1]:]
			pre := gap[:loc[0]]
			if strings.TrimSpace(pre) == "" || reAsideAux.MatchString(pre) {
				if strings.TrimSpace(pre) != "" {
					rest = pre + rest // "is, in turn, owned by": the auxiliary before the aside
				}
				if m := reAsidePassive.FindStringSubmatch(rest); m != nil {
					switch {
					case m[1] == "owned" || m[1] == "controlled":
						add(b, a, model.Owns, 0.7)
						return true
					case ta == model.Compound:
						add(b, a, model.Operates, 0.7)
						return true
					}
				}
				if tb != model.Person && reAsideSubsidiary.MatchString(rest) {
					add(b, a, model.Owns, 0.7)
					return true
				}
			}
		}
		// "B's largest shareholder, records show, is A".
		if loc := reAside.FindStringIndex(gap); loc != nil {
			if m := rePossPostAside.FindStringSubmatch(gap[:loc[0]]); m != nil && reAsideCopula.MatchString(" "+gap[loc[1]:]) {
				if strings.HasSuffix(m[1], "operator") {
					if ta == model.Compound {
						add(b, a, model.Operates, 0.7)
						return true
					}
					return false
				}
				add(b, a, model.Owns, 0.7)
				return true
			}
		}
	}
	// "The operator of S is A".
	if ta == model.Compound && agentType(tb) && p == firstNamed(cands, ms, p) && reCopulaHolder.MatchString(gap) {
		before := strings.ToLower(text[max(0, ca.s-60):ca.s])
		if m := reSitePostOpens.FindStringSubmatchIndex(before); m != nil && (m[0] > 0 || ca.s <= 60) {
			switch post := before[m[2]:m[3]]; {
			case strings.Contains(post, "operator") || strings.Contains(post, "developer"):
				add(b, a, model.Operates, 0.7)
			default:
				add(b, a, model.Owns, 0.7)
			}
			return true
		}
	}
	return false
}
