package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/model"
)

// Holdings: ownership, running, posts and partnerships that the older word rules miss because
// a description, a coordination, a hedge or a second name stands between the two names. Each
// rule reads the words between two names of one sentence, with the names between them written
// as their type ("in loc, loc"), so a place inside a description does not hide the verb; a
// person between them ends the reading unless the words say whose description it is. The
// rules, each with recall and precision cases in holdings_test.go:
//
//   - coordinated verbs ("owned and operated"), a passive past an inserted description ("B,
//     an office building in X that was raided in 2024, was owned by A"), a described site run
//     by a named firm ("a compound on the outskirts of X run by a company called A");
//   - ownership by a predicate noun or a share ("the majority shareholder of", "owns 60
//     percent of", "the beneficial owner of" as the second noun of a coordination), by a
//     hyphenated participle ("majority-owned by"), and both owners of "co-owned by A and B";
//   - running through a post: a site's operator after its possessive, the head of its
//     security or of a department, its floors run by or buildings leased to a tenant, "in
//     charge of", the head of a syndicate that runs it, the firm it was run "through";
//   - posts: staff posts set off after the name, "employed by" in court records, a post in a
//     body the writer describes first, a self-described post, a post after a time phrase,
//     "worked at", and the posts of people listed after "incorporators of X:";
//   - partners: "X and his associate Y", "X and Y are business partners", a relative clause's
//     second verb ("who manages the floors and is a business partner of Y"), co-owners and
//     co-founders ("co-owned by A and B", "co-founded X with B").

const siteVerbs = `owned|operated|run|managed|controlled|administered|developed|built`

var (
	// "A owned and operated B", "A established and controlled B".
	reCoordVerbs = regexp.MustCompile(`^\s+(?:(?:had|has|have|also|jointly)\s+)*((?:owns|owned|operates|operated|runs|ran|manages|managed|controls|controlled|administers|administered|develops|developed|builds|built|established|founded)(?:\s*,\s*(?:owns|owned|operates|operated|runs|ran|manages|managed|controls|controlled|administers|administered|develops|developed|builds|built|established|founded))*\s*,?\s+and\s+(?:owns|owned|operates|operated|runs|ran|manages|managed|controls|controlled|administers|administered|develops|developed|builds|built))\s+(?:the\s+)?$`)
	// "B, an office building in LOC that was raided by ORG, was owned by A": the passive after
	// the inserted description belongs to B.
	rePassiveAfterAppos = regexp.MustCompile(`^\s*(?:compound|complex)?\s*,\s+(?:a|an|the|located|situated|which|that)\s[^;()]{0,160}?,\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:also\s+|jointly\s+)?(` + siteVerbs + `)\s+by\s+(?:the\s+)?$`)
	// "B in LOC, LOC, a compound on the outskirts of LOC run by a company called A".
	reSiteParticiple = regexp.MustCompile(`^(?:\s+(?:in|at)\s+(?:the\s+)?loc(?:\s*,\s*loc)*)?\s*,\s+(?:a|an)\s+(?:[a-z'’-]+\s+){0,3}?(?:compound|complex|park|casino|resort|building|site|hub|zone|tower|estate|centre|center|garden|villa|hotel)\s+(?:(?:in|on|at|along)\s+[^,;()]{0,60}?\s+)?(?:that\s+is\s+|which\s+is\s+)?(` + siteVerbs + `)\s+by\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:company|firm|group|syndicate|conglomerate|developer)\s+(?:called|named|known\s+as)\s+)?(?:the\s+)?$`)
	reWord           = regexp.MustCompile(`[a-z]+`)
	// reThroughFirm ends the words after a site with the firm it was run through.
	reThroughFirm = regexp.MustCompile(`^[^;()]{0,120}?,?\s+through\s+(?:(?:the|its|his|her|their)\s+[^,;()]{1,40},\s*|(?:the\s+)?)$`)
	// reRanSiteBefore is the verb before a site that a firm ran for its subject.
	reRanSiteBefore = regexp.MustCompile(`\b((?:owned|operated|ran|controlled|managed|established|developed|built|owns|operates|runs|controls|manages)(?:\s+and\s+(?:owned|operated|ran|controlled|managed|established|developed|built|owns|operates|runs|controls|manages))?)\s+(?:the\s+)?$`)
	// reBesideWords place a described thing next to the site, not in it.
	reBesideWords = regexp.MustCompile(`\b(?:beside|near|opposite|next\s+to|behind|across|outside|neighbouring|neighboring|adjacent)\b`)
	// "KONG VISAL, male, 31, security guard employed by A", "X, who was employed by A".
	// "X, never employed by A", "X, who was not employed by A": a denied employment.
	reEmployNegated = regexp.MustCompile(`\b(?:never|not|neither|nor|no\s+longer|falsely|wrongly)\b|n['’]t\b`)
	// "who was not only employed by A", "not a director but employed by A": no negation of
	// the employment.
	reEmployNotButs = regexp.MustCompile(`\bnot\s+only\b|\bnot\b[^,;]{0,30}\bbut\b`)
	// reApposPostObjBefore ends the words of an apposition before the body it names: ", a
	// trustee of the ", ", a director of ", ", a member of ".
	reApposPostObjBefore = regexp.MustCompile(`(?i),\s*(?:a|an|the|its|his|her|their)\s+(?:[a-z'’-]+\s+){0,3}?(?:of|at|in|with)\s+(?:the\s+|a\s+|an\s+)?$`)
	reEmployedAppos      = regexp.MustCompile(`^\s*,\s+(?:(?:\d{1,3}|male|female|[a-z]+\s+national(?:ity)?)\s*,\s*)*(?:(?:who|and)\s+(?:is|was)\s+|(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,3}?(?:employed|hired)\s+by\s+(?:the\s+)?$`)
)

// holdingPair reads the pair ms[p], ms[q] of one sentence with the rules above and reports
// whether one fired. It runs after the older rules on every pair; a reading they also made is
// kept once (relations merges equal edges).
func holdingPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b, ok := pairEnds(cands, ms, p, q, 240)
	if !ok {
		return false
	}
	gap, person, ok := typedGap(text, cands, ents, ms, p, q)
	if !ok {
		return false
	}
	// "Its operator, X": the possessive determiner stands for the name it points back to.
	if ca.gaz < 0 && possessivePronouns[strings.ToLower(ca.text)] {
		gap = "'s" + gap
	}
	if kinObjectBefore(text, ca.s) && strings.HasPrefix(strings.TrimSpace(gap), ",") {
		return false // "X, a nephew of Y, as head of security for Z" is X's post (prec9_who.go)
	}
	ta, tb := ents[a].typ, ents[b].typ
	// "X, a trustee of A, is the owner of B": A closes X's apposition, and the clause after
	// it is X's (holdings_appos_test.go).
	innerObj := strings.HasPrefix(strings.TrimSpace(gap), ",") && reApposPostObjBefore.MatchString(text[max(0, ca.s-60):ca.s])
	if !innerObj && ownerPair(gap, ta, tb, a, b, possessiveFollows(text, cb.e), add) {
		return true
	}
	// "X controlled Y, a compound in Z, through the family's holding company, W": W runs Y
	// for X.
	if ta == model.Compound && (tb == model.Company || tb == model.Organization) {
		if m := reThroughFirm.FindString(gap); m != "" && !strings.Contains(m, "person") {
			if v := reRanSiteBefore.FindStringSubmatch(strings.ToLower(text[max(0, ca.s-60):ca.s])); v != nil {
				for _, w := range reWord.FindAllString(v[1], -1) {
					if w == "and" {
						continue
					}
					if strings.HasPrefix(w, "own") {
						add(b, a, model.Owns, 0.7)
					} else {
						add(b, a, model.Operates, 0.7)
					}
				}
				return true
			}
		}
	}
	if ta == model.Person && tb == model.Person && (partnersPair(text, gap, cb.e) || coOwners(text, gap, ca.s, cb.e)) {
		add(a, b, model.AssociateOf, 0.75)
		return true
	}
	// "Dara Chhun, Chhun Sokunthea's brother and director of security at": the kin word
	// describes the first name; the post after "and" is the first name's too.
	if person && ta == model.Person {
		if loc := reKinAnd.FindStringIndex(gap); loc != nil && !strings.Contains(gap[loc[1]:], "person") {
			gap, person = ", "+gap[loc[1]:], false
		}
	}
	if person {
		return false
	}
	if runsPair(gap, ta, tb, a, b, add) || postPair(gap, ta, tb, a, b, add, setRole) {
		return true
	}
	site := func(verb string) string {
		if strings.HasPrefix(verb, "own") {
			return model.Owns
		}
		return model.Operates
	}
	if m := reCoordVerbs.FindStringSubmatch(gap); m != nil && ta != model.Location {
		fired := false
		seen := map[string]bool{}
		for _, v := range reWord.FindAllString(m[1], -1) {
			if v == "and" {
				continue
			}
			pred := site(v)
			if pred == model.Operates && tb != model.Compound || seen[pred] {
				continue
			}
			seen[pred] = true
			add(a, b, pred, 0.8)
			fired = true
		}
		return fired
	}
	if agentType(tb) {
		if ta == model.Compound || ta == model.Company {
			if m := rePassiveAfterAppos.FindStringSubmatch(gap); m != nil && subjectStart(text, cands, ms, p) {
				if pred := site(m[1]); pred == model.Owns || ta == model.Compound {
					add(b, a, pred, 0.75)
					return true
				}
			}
			// "a compound beside a casino run by A": A runs the casino, not the site.
			if m := reSiteParticiple.FindStringSubmatch(gap); m != nil && ta == model.Compound && !reBesideWords.MatchString(m[0]) {
				add(b, a, site(m[1]), 0.75)
				return true
			}
		}
		if ta == model.Person && tb != model.Person && reEmployedAppos.MatchString(gap) && !whoseClause(gap) && (!reEmployNegated.MatchString(gap) || reEmployNotButs.MatchString(gap)) { // false_ties.go
			add(a, b, model.EmployedBy, 0.75)
			return true
		}
	}
	return false
}

// typedGap returns the lower-cased words between ms[p] and ms[q], with each name between
// them written as its type, and whether one of those names is a person (whose words the
// gap may then hold); false when a name overlaps another.
func typedGap(text string, cands []candidate, ents []*docEntity, ms []int, p, q int) (string, bool, bool) {
	var b strings.Builder
	person := false
	at := cands[ms[p]].e
	for k := p + 1; k < q; k++ {
		c := cands[ms[k]]
		if c.s < at || c.ent < 0 {
			return "", false, false
		}
		b.WriteString(text[at:c.s])
		at = c.e
		if c.ent == cands[ms[p]].ent || c.ent == cands[ms[q]].ent {
			continue // the name again ("Huang Zihao (黄子豪)")
		}
		t := ents[c.ent].typ
		person = person || t == model.Person
		b.WriteString(map[string]string{model.Location: "loc", model.Organization: "org", model.Company: "firm", model.Compound: "site", model.Person: "person"}[t])
	}
	if at > cands[ms[q]].s {
		return "", false, false // a mention between overlaps the object
	}
	b.WriteString(text[at:cands[ms[q]].s])
	g := strings.TrimLeft(strings.ToLower(b.String()), ")）")
	if r := strings.TrimLeft(g, " "); strings.HasPrefix(r, "()") || strings.HasPrefix(r, "（）") {
		g = strings.TrimLeft(r[strings.IndexAny(r, ")）"):], ")）")
	}
	return dropNameParen(g), person, true
}

// subjectStart reports whether ms[p] opens its clause: the first name of its sentence, or
// one right after "that" ("the court finds that the Star Garden compound, ... was owned by").
func subjectStart(text string, cands []candidate, ms []int, p int) bool {
	if p == 0 {
		return true
	}
	before := strings.ToLower(strings.TrimSpace(text[cands[ms[p-1]].e:cands[ms[p]].s]))
	return strings.HasSuffix(before, " that") || strings.HasSuffix(before, " that the")
}

const ownerWords = `(?:(?:majority|controlling|largest|principal|main|sole|beneficial|registered|true|ultimate|real|major|joint|single\s+largest)\s+|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+)*(?:shareholder|owner|co-owner|part-owner|landlord|parent\s+company|parent\s+firm|holding\s+company)`

var (
	// "X (郭天明), is the majority shareholder of", "X is the parent company of".
	reOwnerOf = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:who\s+)?(?:is|was|became|becomes|remains|remained|has\s+been|had\s+been)\s+(?:also\s+|still\s+|now\s+|reportedly\s+|allegedly\s+)?(?:the|a|an)\s+` + ownerWords + `\s+(?:of|in)\s+(?:the\s+)?$`)
	// "X was the chairman of Y, a Malaysian company, and the beneficial owner of Z": the
	// second predicate noun of a coordination belongs to the subject too.
	reOwnerOfCoord = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:a|an|the)\s+[^,;]{1,50},\s*)?(?:is|was)\s+(?:also\s+)?(?:the|a|an)\s+[^;]{1,120}?\s+and\s+(?:the|a|an)\s+` + ownerWords + `\s+of\s+(?:the\s+)?$`)
	// "X owns 60 percent of Y", "X holds a majority of Y's shares".
	reOwnsShare = regexp.MustCompile(`^\s+(?:also\s+|still\s+|reportedly\s+|allegedly\s+)?(?:owns|owned|holds|held|controls|controlled)\s+(?:about\s+|nearly\s+|almost\s+|around\s+|some\s+|over\s+|more\s+than\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|a\s+majority|the\s+majority|half|most)\s+of\s+(?:the\s+)?(?:shares\s+(?:of|in)\s+(?:the\s+)?)?$`)
	// "Y is majority-owned by X", "Y (LOC) — a payment processor majority-owned by X".
	reHyphenOwned = regexp.MustCompile(`^(?:\s*\(\s*loc\s*\))?\s*(?:(?:,|—|–)\s*(?:a|an)\s+(?:[a-z'’-]+\s+){0,4}?|,?\s*(?:which\s+|that\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+)?)(?:majority|wholly|partly|jointly|minority|part|co)[- ]owned\s+by\s+(?:the\s+)?(?:person['’]s\s+[a-z-]+\s*,\s*)?$`)
	// "Y, a firm co-owned by A and a Chinese investor, B": the second owner of a coordination.
	reSecondOwner = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+(?:[a-z'’-]+\s+){0,4}?|,?\s*(?:which\s+|that\s+)?(?:is|was|are|were)\s+(?:also\s+)?)(?:co-|jointly\s+|majority[- ]|wholly[- ]|partly[- ])?owned\s+by\s+(?:the\s+)?(?:person|firm|org)(?:\s*\([^()]{1,40}\))?(?:['’]s\s+[a-z-]+\s*,\s*person(?:\s*\([^()]{1,40}\))?)?\s*,?\s+and\s+(?:by\s+)?(?:(?:a|an|the|his|her|its)\s+[^,;()]{1,40}?,\s*|(?:the\s+)?)$`)
	reClauseWord  = regexp.MustCompile(`\b(?:who|whom|whose|which|that|said|says)\b`)
)

// ownerPair reads ownership told by a predicate noun or a share ("the majority shareholder
// of", "owns 60 percent of") and the owners of a coordination.
func ownerPair(gap, ta, tb string, a, b int, possessed bool, add func(a, b int, pred string, conf float64)) bool {
	owner := agentType(ta)
	owned := tb == model.Company || tb == model.Compound
	if owner && owned {
		if reOwnerOf.MatchString(gap) || reOwnsShare.MatchString(gap) {
			add(a, b, model.Owns, 0.8)
			return true
		}
		if m := reOwnerOfCoord.FindString(gap); m != "" && !reClauseWord.MatchString(m) {
			add(a, b, model.Owns, 0.75)
			return true
		}
	}
	// "co-owned by Meas Sothea's daughter, X": the owner is the one the possessive names.
	if (ta == model.Company || ta == model.Compound) && !possessed {
		if agentType(tb) {
			// "majority-owned by Oknha X": a title before the owner is no word of the rule.
			if g := trimHonorifics(gap); reHyphenOwned.MatchString(g) || reSecondOwner.MatchString(g) {
				add(b, a, model.Owns, 0.75)
				return true
			}
		}
	}
	return false
}

var (
	// "Blue Lagoon Park's operator, Hongfa Corp.": the possessed post restated by a name.
	reOperatorPoss = regexp.MustCompile(`^\s*['’]s\s+(?:[a-z-]+\s+)?(?:operator|operators|manager|developer)\s*,\s*(?:(?:a|an|the)\s+[^,;()]{1,40},\s*)?$`)
	// "the resort's scam floors were run by X": who runs a site's floors runs the site.
	reFloorsRunBy = regexp.MustCompile(`^\s*['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:floors?|operations?|buildings?|towers?|blocks?|call\s+centres?|call\s+centers?)\s+(?:are|were|is|was|had\s+been|have\s+been|has\s+been)\s+(?:also\s+|reportedly\s+|allegedly\s+)?(?:run|operated|managed|controlled)\s+by\s+(?:the\s+)?$`)
	// "the park's buildings were leased to X", "Star Garden was leased in its entirety to X":
	// the tenant of a site runs it.
	reSiteLeasedTo = regexp.MustCompile(`^(?:\s*['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:floors?|buildings?|towers?|blocks?|premises)\s+|\s*(?:compound|complex)?\s*,?\s*(?:(?:which|that)\s+)?)(?:is|was|are|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|reportedly\s+|allegedly\s+)?(?:leased|rented|let)\s+(?:out\s+)?(?:in\s+(?:its|their)\s+entirety\s+)?to\s+(?:the\s+|(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:operator|company|firm|tenant|group)\s+(?:known\s+as|called|named)\s+)?$`)
	// "A and the neighbouring B, both of which, police said, are operated by a syndicate
	// headed by X": the head of the body that runs a site runs it.
	reRunByHeadedBy = regexp.MustCompile(`^(?:\s+and\s+(?:the\s+)?(?:[a-z-]+\s+)?site\s*,\s*both\s+of\s+which|\s*,?\s*(?:both\s+of\s+)?(?:which|that))\s*,?\s*(?:[a-z]+\s+(?:said|say|says)\s*,?\s*)?(?:is|are|was|were)\s+(?:reportedly\s+|allegedly\s+)?(?:run|operated|managed|controlled)\s+by\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:syndicate|gang|group|network|company|firm)\s+(?:headed|led|run|controlled)\s+by\s+(?:(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(?:identified\s+as|named|called|known\s+as)\s+)?$`)
	// "X, the head of security at", "X served as the chief of security at", "X heads
	// security at": who heads a site's security runs it in the vocabulary's sense.
	reSecurityHead = regexp.MustCompile(`^\s*(?:,\s*(?:(?:a|an|the|its)\s+)?(?:[a-z-]+\s+){0,3}?(?:who\s+)?)?(?:(?:also\s+)?(?:is|was|served\s+as|serves\s+as|acted\s+as|worked\s+as|became)\s+(?:the\s+|a\s+)?)?(?:(?:head|chief|director|manager|commander)\s+of\s+security|security\s+(?:chief|head|director|manager|commander))\s+(?:at|for|of|in)\s+(?:the\s+)?$|^\s*(?:,\s*who\s+)?\s*(?:also\s+)?(?:heads|headed|ran|runs|led|leads|oversaw|oversees|managed|manages|commanded|commands)\s+(?:the\s+)?security\s+(?:at|for|of)\s+(?:the\s+)?$`)
	// "X, a Chinese national who manages the finance department of Y".
	reDeptManager = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+[^,;()]{1,40}?\s+|,\s*)?(?:who\s+)?(?:also\s+)?(?:manages|managed|heads|headed|runs|ran|oversees|oversaw|supervises|supervised|leads|led)\s+(?:the\s+|its\s+)?(?:[a-z-]+\s+){0,2}?(?:department|operations?|floors?|division|section|teams?|accounts|finances)\s+(?:of|at|in|inside|within)\s+(?:the\s+)?$`)
	// "X, a recruiter for Y", "X, a fellow at Y": a staff post set off after the name.
	reStaffFor = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:recruiter|agent|employee|staffer|staff\s+member|clerk|accountant|bookkeeper|cashier|driver|interpreter|translator|secretary|consultant|expert|fellow|journalist|reporter|correspondent|economist|inspector|guard|supervisor|team\s+leader|technician|programmer)\s+(?:for|at|with|of)\s+(?:the\s+)?$`)
)

// runsPair reads who runs a site or works for a body through a post: an operator named after
// the site's possessive, a head of security, the head of a department, a staff post.
func runsPair(gap, ta, tb string, a, b int, add func(a, b int, pred string, conf float64)) bool {
	if ta == model.Compound && tb != model.Location && tb != model.Compound &&
		(reOperatorPoss.MatchString(gap) || reFloorsRunBy.MatchString(gap) || reSiteLeasedTo.MatchString(gap) || tb == model.Person && reRunByHeadedBy.MatchString(gap)) {
		add(b, a, model.Operates, 0.75)
		return true
	}
	if ta != model.Person {
		return false
	}
	if reSecurityHead.MatchString(gap) || reDeptManager.MatchString(gap) || reInCharge.MatchString(gap) {
		switch tb {
		case model.Compound:
			add(a, b, model.Operates, 0.75)
			return true
		case model.Company, model.Organization:
			add(a, b, model.EmployedBy, 0.75)
			return true
		}
		return false
	}
	if (tb == model.Company || tb == model.Organization) && (reStaffFor.MatchString(gap) || reWorkedAt.MatchString(gap)) {
		add(a, b, model.EmployedBy, 0.75)
		return true
	}
	return false
}

var (
	// "X, deputy director of the rights group Y": a post in a body the writer describes first.
	rePostOfDescribed = regexp.MustCompile(`^\s*,\s*([a-z][a-z -]{1,40}?)\s+(?:of|at|for|with)\s+the\s+(?:[a-z-]+\s+){1,3}?(?:group|organisation|organization|ngo|agency|firm|company|body|watchdog|union|association|charity|party|militia|army|foundation|network|monitor)\s+$`)
	// "X, who introduced herself as the HR coordinator of Y".
	rePostSelfStyled = regexp.MustCompile(`^\s*,\s*who\s+(?:introduced|described|presented|identified)\s+(?:herself|himself|themselves)\s+as\s+(?:the\s+|a\s+|an\s+)?["“]?([a-z][a-z -]{1,40}?)["”]?\s+(?:of|at|for|with)\s+(?:the\s+)?$`)
	// "X was, from March 2022 until the raid, the administrative officer of Y".
	rePostAfterTime = regexp.MustCompile(`^\s+(?:is|was|had\s+been|has\s+been)\s*,\s*(?:from|since|until|between|during|in|at|for)\s[^,;]{1,60},\s*(?:the|a|an)\s+([a-z][a-z -]{1,40}?)\s+(?:of|at|for)\s+(?:the\s+)?$`)
	// "X, who said she worked for Y".
	reSaidWorkedFor = regexp.MustCompile(`^\s*,?\s*who\s+(?:said|says|claimed|claims|told\s+\w+)\s+(?:that\s+)?(?:she|he|they)\s+(?:worked|works|work|was\s+working)\s+for\s+(?:the\s+)?$`)
)

// postPair reads a person's post in a body told through a description of the body, a
// self-description, or a time phrase set between the verb and the post.
func postPair(gap, ta, tb string, a, b int, add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	if ta != model.Person || (tb != model.Company && tb != model.Organization) {
		return false
	}
	if reSaidWorkedFor.MatchString(gap) {
		add(a, b, model.EmployedBy, 0.7)
		return true
	}
	for _, re := range []*regexp.Regexp{rePostOfDescribed, rePostSelfStyled, rePostAfterTime} {
		m := re.FindStringSubmatch(gap)
		if m == nil {
			continue
		}
		role, pred := rolePhrase(m[1])
		if pred != model.Directs && pred != model.EmployedBy && pred != model.MemberOf {
			return false
		}
		if setRole != nil {
			setRole(role)
		}
		add(a, b, pred, 0.75)
		return true
	}
	return false
}

// dropNameParen removes a parenthesis right after a name that holds no Latin letters (the
// name in Chinese characters, an age): "Huang Yichen (黄一晨), the chief executive of" reads as
// "Huang Yichen, the chief executive of".
func dropNameParen(gap string) string {
	g := strings.TrimLeft(gap, " ")
	if !strings.HasPrefix(g, "(") && !strings.HasPrefix(g, "（") {
		return gap
	}
	end := strings.IndexAny(g, ")）")
	if end < 0 || end > 40 {
		return gap
	}
	for i := 0; i < end; i++ {
		if c := g[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return gap
		}
	}
	_, size := utf8.DecodeRuneInString(g[end:])
	return g[end+size:]
}

var (
	// reHedgedBe is a hedge between a copula and what follows it: "is believed to be owned by"
	// reads as "is owned by" (the grade still reads the hedge in the sentence).
	reHedgedBe = regexp.MustCompile(`\b(is|was|are|were)\s+(?:widely\s+|also\s+)?(?:believed|said|thought|reported|alleged|understood|suspected|rumoured|rumored)\s+to\s+(?:be|have\s+been)\s+`)
	// reItself is an intensifier right after a name: "The resort itself was built by".
	reItself = regexp.MustCompile(`^\s+(?:itself|themselves|himself|herself)\b`)
)

// hedgeFreeGap returns the words between two names without a hedge on the copula or an
// intensifier after the first name, so the tie under them reads as if stated; the grade
// reads the sentence itself and still finds the hedge.
func hedgeFreeGap(gap string) string {
	if loc := reItself.FindStringIndex(gap); loc != nil {
		gap = gap[loc[1]:]
	}
	if !strings.Contains(gap, " to ") {
		return gap
	}
	return reHedgedBe.ReplaceAllString(gap, "$1 ")
}

var (
	// "X was in charge of Y".
	reInCharge = regexp.MustCompile(`^\s*(?:,\s*who\s+)?\s*(?:is|was|has\s+been|had\s+been|remains|remained)\s+(?:also\s+|reportedly\s+|allegedly\s+)?in\s+charge\s+of\s+(?:the\s+)?$`)
	// "X worked at Y (as an accountant)".
	reWorkedAt = regexp.MustCompile(`^\s*(?:,\s*who\s+)?\s*(?:also\s+|previously\s+|formerly\s+|later\s+)?(?:worked|works|work|has\s+worked|had\s+worked)\s+at\s+(?:the\s+)?$`)
	reKinAnd   = regexp.MustCompile(`^\s*,\s*person['’]s\s+(?:[a-z]+\s+)?` + kinWords + `\s+and\s+(?:also\s+)?`)
	// "X, a Chinese national who manages the floors and is a business partner of Y".
	reWhoAndPartner = regexp.MustCompile(`^\s*,\s*(?:(?:a|an|the)\s+[^,;()]{0,40}?\s+)?who\s+[^,;()]{1,80}?\s+and\s+(?:is|was)\s+(?:also\s+)?(?:a|an|the)\s+(?:(?:close|longtime|long-time|business)\s+)*(?:partner|associate|ally|confidant|aide)\s+(?:of|to)\s+(?:the\s+)?$`)
	// "X and his associate Y".
	reAndHisPartner = regexp.MustCompile(`^\s*,?\s*and\s+(?:his|her)\s+(?:(?:close|longtime|long-time|business)\s+)*(?:associate|partner|ally|aide|confidant)\s*,?\s*$`)
	// "X and Y are business partners": what the pair is said to be after the second name.
	rePartnersAfter = regexp.MustCompile(`^\s+(?:are|were|have\s+been|had\s+been|became|remain|remained)\s+(?:also\s+|long-?time\s+|longtime\s+|close\s+|reportedly\s+|allegedly\s+)*(?:business\s+)?(?:partners|associates|allies|co-owners|co-founders)\b`)
)

// partnersPair reads two people as associates: "X and his associate Y", "X and Y are
// business partners".
func partnersPair(text, gap string, end int) bool {
	if reAndHisPartner.MatchString(gap) {
		return true
	}
	if reWhoAndPartner.MatchString(gap) {
		// "... and is a partner of Y's son": the son's partner, not Y's.
		return !possessiveFollows(text, end)
	}
	if strings.TrimSpace(gap) != "and" {
		return false
	}
	return rePartnersAfter.MatchString(strings.ToLower(text[end:min(len(text), end+60)]))
}

// A list of a company's people: "SEC records list five incorporators of Tianhe Land
// Development:" and then one item a line, "Wang Lili, Chinese national, president and 40%
// shareholder;". Each item's posts are held in the company the lead-in names.
var (
	reListLeadIn = regexp.MustCompile(`(?i)\b(?:incorporators|shareholders|stockholders|owners|directors|officers|board\s+members|founders|partners|officials|chain\s+of\s+command|hierarchy|management|managers|staff|employees|leadership)\s+(?:of|in|at|within)\s+(?:the\s+)?$`)
	reShareHeld  = regexp.MustCompile(`^(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+|majority\s+|minority\s+|controlling\s+|principal\s+|largest\s+)*(?:shareholder|stockholder|owner|co-owner)$`)
	reItemSplit  = regexp.MustCompile(`\s*(?:[,;]|\band\b)\s*`)
)

// maxListItems bounds the items read after one lead-in.
const maxListItems = 20

// listedPosts reads the posts of the people listed after a lead-in that names a company or
// body, calling emit with the item's sentence, the person, the company, the predicate, the
// post and the lead-in's sentence.
func listedPosts(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, a, b int, pred, role string, lead int)) {
	for si := range sents {
		ms := bySent[si]
		if len(ms) == 0 {
			continue
		}
		last := cands[ms[len(ms)-1]]
		if last.ent < 0 || (ents[last.ent].typ != model.Company && ents[last.ent].typ != model.Organization) {
			continue
		}
		if tail := strings.TrimSpace(text[last.e:sents[si].e]); tail != ":" || !reListLeadIn.MatchString(text[sents[si].s:last.s]) {
			continue
		}
		body := last.ent
		for k := si + 1; k < len(sents) && k <= si+maxListItems; k++ {
			ims := bySent[k]
			if len(ims) == 0 {
				break
			}
			first := cands[ims[0]]
			if first.ent < 0 || ents[first.ent].typ != model.Person || strings.TrimSpace(text[sents[k].s:first.s]) != "" {
				break
			}
			rest := strings.ToLower(dropNameParen(text[first.e:sents[k].e]))
			// "A and B — team leaders": the people the item names before its dash share its
			// posts (list_items.go).
			holders, rest := itemHolders(text, cands, ents, ims, first, rest)
			for _, part := range reItemSplit.Split(rest, -1) {
				part = itemPost(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(part), ".")))
				part = strings.TrimPrefix(part, "also ")
				if part == "" || strings.Contains(part, " of ") || strings.Contains(part, " in ") || strings.Contains(part, " at ") {
					continue
				}
				for _, h := range holders {
					if reShareHeld.MatchString(part) {
						emit(k, h, body, model.Owns, "", si)
						continue
					}
					if role, pred := rolePhrase(part); pred == model.Directs || pred == model.EmployedBy {
						emit(k, h, body, pred, role, si)
					}
				}
			}
		}
	}
}

// enforcer reports a police, military, government or court body: its "operation at" a site
// is an action against it (a raid), not the running of it.
func enforcer(e *docEntity) bool {
	if e.typ != model.Organization {
		return false
	}
	switch sectorOf(e.name) {
	case model.SectorPolice, model.SectorMilitary, model.SectorGovernment, model.SectorJudiciary, model.SectorIntergov:
		return true
	}
	return false
}

var (
	// "co-owned by A and a Chinese investor, B": the words before A and between the two.
	reCoOwnedBefore = regexp.MustCompile(`(?:co-owned|jointly\s+owned|co-founded|jointly\s+founded|owned\s+jointly)\s+by\s+(?:the\s+)?(?:[^,;()]{1,40}['’]s\s+[a-z-]+\s*,\s*)?$`)
	reCoOwnedAnd    = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\))?\s*,?\s+and\s+(?:by\s+)?(?:(?:a|an|the|his|her)\s+[^,;()]{1,40}?,\s*)?$`)
	// "X co-founded Y with Z", "X owns Y together with Z".
	reFoundedWith = regexp.MustCompile(`^(?:\s*,\s*who\s+[^,;()]{1,60},)?\s+(?:also\s+|jointly\s+)?(?:co-founded|co-owns|co-owned|owns|owned|founded|established|set\s+up|runs|ran)\s+(?:firm|site)\s*,?\s+(?:together\s+)?with\s+(?:the\s+)?(?:(?:businessman|businesswoman|tycoon|investor)\s+)?$`)
)

// coOwners reads two people who own or founded something together as associates (the
// vocabulary's co-shareholders and business partners): "a firm co-owned by A and B", "A
// co-founded X with B".
func coOwners(text, gap string, aStart, bEnd int) bool {
	if reFoundedWith.MatchString(gap) {
		return !possessiveFollows(text, bEnd)
	}
	if !reCoOwnedAnd.MatchString(gap) {
		return false
	}
	return reCoOwnedBefore.MatchString(strings.ToLower(text[max(0, aStart-80):aStart]))
}

// headTitleBefore returns the title written before a name when the vocabulary reads it as
// leadership ("Assistant Attorney General", "Police Chief"): the whole run of capitalised
// words right before the name, never a tail of it ("Assistant Director" is no "Director");
// "" when there is none.
func headTitleBefore(text string, start int) string {
	f := strings.Fields(text[max(0, start-60):start])
	n := 0
	for n < len(f) && n < 5 {
		if c := f[len(f)-1-n][0]; c < 'A' || c > 'Z' {
			break
		}
		n++
	}
	if n == 0 {
		return ""
	}
	if w, pred := rolePhrase(strings.ToLower(strings.Join(f[len(f)-n:], " "))); pred == model.Directs {
		return w
	}
	return ""
}

// peoplePair reports that mentions ms[p] and ms[q] name two different people, the second
// after the first and within maxGap bytes of it.
func peoplePair(cands []candidate, ents []*docEntity, ms []int, p, q, maxGap int) bool {
	a, b, ok := pairEnds(cands, ms, p, q, maxGap)
	return ok && ents[a].typ == model.Person && ents[b].typ == model.Person
}

// noPersonBetween reports that only named places, firms or bodies stand between mentions
// ms[p] and ms[q]: a person between is the nearer end of any tie between people.
func noPersonBetween(cands []candidate, ents []*docEntity, ms []int, p, q int) bool {
	for k := p + 1; k < q; k++ {
		if c := cands[ms[k]]; c.ent < 0 || ents[c.ent].typ == model.Person {
			return false
		}
	}
	return true
}

// rePersonSlot is a person written into a typed gap as "person", a word of its own: not the
// "person" inside a post such as "chairperson".
var rePersonSlot = regexp.MustCompile(`\bperson\b`)

// onlyPlacesBetween reports that no mention but places (and the two ends a and b) stands
// between mentions p and q: another name between would be the tie's own end.
func onlyPlacesBetween(cands []candidate, ents []*docEntity, ms []int, p, q, a, b int) bool {
	return onlyTypesBetween(cands, ents, ms, p, q, a, b, model.Location)
}

// onlyTypesBetween reports that every mention between p and q but the two ends a and b is of
// one of the types allowed: places, or places and persons where a kin apposition names the
// relative (kin_appositions.go).
func onlyTypesBetween(cands []candidate, ents []*docEntity, ms []int, p, q, a, b int, allowed ...string) bool {
	for k := p + 1; k < q; k++ {
		if c := cands[ms[k]]; c.ent != a && c.ent != b && !slices.Contains(allowed, ents[c.ent].typ) {
			return false
		}
	}
	return true
}

// pairEnds gives the entities of the pair ms[p], ms[q] when they are two, the second named
// after the first and at most maxGap bytes on: the bounds every pair reader starts from.
func pairEnds(cands []candidate, ms []int, p, q, maxGap int) (a, b int, ok bool) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b = ca.ent, cb.ent
	return a, b, a >= 0 && b >= 0 && a != b && cb.s >= ca.e && cb.s-ca.e <= maxGap
}

// trimmedGap is typedGap with the honorifics before the second name trimmed ("Oknha",
// "Mr."), the gap the pair readers match their shapes against.
func trimmedGap(text string, cands []candidate, ents []*docEntity, ms []int, p, q int) (gap string, person, ok bool) {
	gap, person, ok = typedGap(text, cands, ents, ms, p, q)
	if ok {
		gap = trimHonorifics(gap)
	}
	return gap, person, ok
}
