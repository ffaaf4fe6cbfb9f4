package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Share holders told in shapes the older share rules do not reach. Each rule reads the words
// between two names of one sentence (typedGap: the names between them written as their type)
// and has recall and precision cases in share_holders_test.go:
//
//   - a share held by a name described in an apposition, or a share that is "all", "the
//     remaining" or "the rest" of a firm: "A, a company registered in LOC, holds 30 percent of
//     the shares of B", "A (A Ltd), a Hong Kong firm, owns the remaining 45 percent of B", "A
//     in turn owns all the shares of B";
//   - the second owner of a passive whose agents are coordinated, each with its own
//     description: "B is jointly owned by tycoon A and Chinese investor C", "B is owned by
//     Senator A, a member of the Senate, and by his wife, C";
//   - a post or a share named before the body in the subject of a copula: "The majority
//     stockholder of B is A", "The chairman and majority shareholder of B is a Cambodian
//     businessman, A";
//   - an investor in a site (not in a firm, whose investors may only lend): "A is a direct
//     investor in S";
//   - a firm told as the person's own in a "whose" clause or a "through" phrase: "A, whose
//     B runs S", "A, through B, controls S": A owns B;
//   - the partners of a joint venture: "B is a joint venture between A and C": each owns B;
//   - a firm that is a body's business arm: "B is the business arm of A": A owns B;
//   - a landlord of a site: "A leases land to S": A owns S;
//   - the last verb of a list of verbs: "A financed, built and runs S".

// shareQuantity is how much of a firm a holder holds: a percentage, a majority, half, all of
// it, or what is left of it.
// shareNoun names the shares a quantity is of: "shares of the", "issued shares in".
const shareNoun = `(?:(?:issued\s+|outstanding\s+)?(?:shares|equity|stock)\s+(?:of|in)\s+(?:the\s+)?)`

const shareQuantity = `(?:(?:about|nearly|almost|around|some|over|more\s+than)\s+)?(?:(?:the\s+)?(?:remaining|other|rest\s+of\s+the)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|a\s+majority|the\s+majority|half|most|all(?:\s+of)?(?:\s+the)?|the\s+entire|the\s+rest|the\s+remainder)`

var (
	// "A, a company registered in LOC, holds 30 percent of the shares of", "A in turn owns all
	// the shares of", "A (A Ltd), a Hong Kong firm, owns the remaining 45 percent of".
	reHolderHolds = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:a|an|the)\s+[^;()]{1,80}?,\s*(?:which\s+|who\s+)?|\s+)(?:in\s+turn\s+|also\s+|still\s+|now\s+|reportedly\s+|allegedly\s+)*(?:owns|owned|holds|held|controls|controlled)\s+` + shareQuantity + `\s+(?:(?:of|in)\s+(?:the\s+)?` + shareNoun + `?|` + shareNoun + `)$`)
	// "B is jointly owned by tycoon A and Chinese investor", "B is owned by Senator A, a
	// member of the Senate, and by his wife,": the words up to the second owner.
	reCoordOwners = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|jointly\s+|reportedly\s+|allegedly\s+)*(?:co-)?(?:owned|held|controlled)\s+by\s+(?:[a-z.'’-]+\s+){0,4}?(?:person|firm|org)(?:\s*\([^()]{1,40}\))?(?:\s*,\s*[^;()]{1,120}?)?\s*,?\s+and\s+(?:by\s+)?((?:[a-z'’-]+,?\s+){0,3}?)$`)
	// "The majority stockholder of", "the chairman and majority shareholder of": a post before
	// the body, opening the subject of its sentence (or of a "that" clause).
	rePostOpensSubject = regexp.MustCompile(`(?:^|[.;:!?]["”]?\s+|\n\s*|\bthat\s+)the\s+((?:[a-z-]+\s+){0,5}?[a-z-]+)\s+of\s+(?:the\s+)?$`)
	// "is A", "is a Cambodian businessman, A", "was Chinese national A": the copula before the
	// holder of that post.
	reCopulaHolder = regexp.MustCompile(`^\s+(?:is|was|has\s+been|had\s+been|remains|remained)\s+(?:now\s+|still\s+|also\s+)?(?:(?:a|an|the)\s+[a-z'’ -]{1,50}?\s*,\s*|(?:[a-z-]+\s+){0,2}?(?:national|citizen|businessman|businesswoman|tycoon|investor)\s+)?$`)
	// "A, whose B", "A, through B,": the person's own firm named in a clause of the person.
	reOwnFirmClause   = regexp.MustCompile(`^\s*,\s*(?:whose|through)\s+(?:(?:his|her|its|their)\s+)?(?:(?:own|family|main|holding)\s+)?(?:(?:company|firm|group|conglomerate)\s*,?\s*)?$`)
	reOwnFirmClauseOn = regexp.MustCompile(`^\s*,?\s+(?:(?:also|now|still|reportedly|allegedly)\s+)*(?:runs|ran|operates|operated|owns|owned|controls|controlled|manages|managed|built|developed|holds|held|is|was|has|had)\b`)
	// "is a joint venture between A and", "a joint venture of A and".
	reJointVentureOf = regexp.MustCompile(`^\s*(?:,\s*|\s+(?:is|was|began\s+as|started\s+as)\s+)(?:a|an|the)\s+(?:[a-z-]+\s+)?joint\s+venture\s+(?:between|of)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:person|firm|org)(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:a|an|the)\s+[^,;()]{1,40},)?\s*,?\s+and\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?)?$`)
	// "financed, built and runs": a list of verbs, the last one read.
	reVerbList = regexp.MustCompile(`^\s+(?:[a-z]+\s*,\s*){1,3}(?:[a-z]+\s+)?and\s+(?:now\s+|still\s+|later\s+)?(owns|owned|runs|ran|operates|operated|manages|managed|controls|controlled)\s+(?:the\s+)?$`)
	// "is the business arm of", ", a wholly owned subsidiary of": the firm is the owner's.
	reArmOf = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:(?:which|that)\s+(?:is|was)\s+|(?:is|was)\s+)?(?:also\s+|in\s+turn\s+)?(?:a|an|the)\s+(?:(?:business|commercial|investment|financial|corporate|trading|property|real\s+estate|construction|logistics|local|wholly[- ]owned|majority[- ]owned|main|principal)\s+){1,2}(?:arm|wing|subsidiary|affiliate|vehicle)\s+(?:of|for)\s+(?:the\s+)?$`)
	// "leases land to", "rented the plot to": the landlord of a site.
	reLeasesLandTo = regexp.MustCompile(`^\s+(?:also\s+|reportedly\s+|allegedly\s+)*(?:leases|leased|rents|rented|lets|let)\s+(?:out\s+)?(?:the\s+|its\s+|his\s+|her\s+)?(?:[\d.,]+[- ](?:hectares?|acres?)\s+(?:of\s+)?)?(?:land|plot|ground|property|premises|buildings|lot)\s+to\s+(?:the\s+)?$`)
	// reNamedParty is a person or a firm written into a gap by its type.
	reNamedParty = regexp.MustCompile(`\b(?:person|firm)\b`)
	// "is a direct investor in", "who is also the main investor behind".
	reInvestorIn = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:is|was|became|remains|has\s+been|had\s+been)\s+(?:also\s+|additionally\s+|reportedly\s+|allegedly\s+|still\s+|now\s+)*(?:a|an|the)\s+(?:(?:direct|indirect|major|main|key|principal|silent|leading|largest|sole|foreign|chinese|private|early)\s+)*(?:investor|co-investor)\s+(?:in|behind)\s+(?:the\s+)?$`)
)

// coordOwnerWords may stand before the second owner of a coordination: articles, kin and
// descriptions ("his wife", "Chinese investor"), never a verb or a preposition ("and run by").
var coordOwnerStops = set("by", "of", "to", "in", "at", "for", "with", "from", "on", "which", "who", "that", "is", "was", "are", "were", "said", "says", "run", "operated", "managed", "directed", "led", "headed", "chaired", "built", "developed", "founded", "established", "not", "then", "later", "sold", "leased")

// shareHolderPair reads the pair ms[p], ms[q] of one sentence with the rules above and reports
// whether one fired.
func shareHolderPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b, ok := pairEnds(cands, ms, p, q, 260)
	if !ok {
		return false
	}
	if possessivePronouns[strings.ToLower(ca.text)] || possessivePronouns[strings.ToLower(cb.text)] {
		return false
	}
	gap, person, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok {
		return false
	}
	ta, tb := ents[a].typ, ents[b].typ
	holder := agentType
	held := func(t string) bool { return t == model.Company || t == model.Compound }
	onlyPlaces := func() bool { return onlyPlacesBetween(cands, ents, ms, p, q, a, b) }
	switch {
	case holder(ta) && held(tb) && !person && onlyPlaces() && reHolderHolds.MatchString(gap) && !possessedName(text, cb.e):
		// "A, whose partner B holds 30% of C": no person may stand between.
		add(a, b, model.Owns, 0.75)
		return true
	case held(ta) && holder(tb) && !possessedName(text, cb.e):
		// One owner before the "and": a person or firm inside its description ("a firm of the
		// spouses A, its president, and B") makes the second name that person's fellow.
		if m := reCoordOwners.FindStringSubmatch(gap); m != nil && len(reNamedParty.FindAllString(gap[:strings.LastIndex(gap, " and ")], 2)) == 1 && !stopped(m[1]) {
			add(b, a, model.Owns, 0.75)
			return true
		}
	}
	if (ta == model.Company || ta == model.Organization) && holder(tb) && p == firstNamed(cands, ms, p) {
		before := strings.ToLower(text[max(0, ca.s-80):ca.s])
		if m := rePostOpensSubject.FindStringSubmatchIndex(before); m != nil && (m[0] > 0 || ca.s <= 80) && reCopulaHolder.MatchString(gap) && onlyPlaces() {
			words := before[m[2]:m[3]]
			if !hasStop(words) {
				if posts := postsOf(words); len(posts) > 0 {
					if tb != model.Person {
						// A firm holds shares, not posts.
						var owns []post
						for _, ps := range posts {
							if ps.pred == model.Owns {
								owns = append(owns, ps)
							}
						}
						posts = owns
					}
					if len(posts) > 0 {
						return emitPosts(ents, b, a, posts, add, setRole)
					}
				}
			}
		}
	}
	if ta == model.Person && tb == model.Company && !person && reOwnFirmClause.MatchString(gap) && reOwnFirmClauseOn.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])) {
		add(a, b, model.Owns, 0.7)
		return true
	}
	if ta == model.Company && holder(tb) && !person && onlyPlaces() && reArmOf.MatchString(gap) && !possessedName(text, cb.e) {
		add(b, a, model.Owns, 0.7)
		return true
	}
	if holder(ta) && tb == model.Compound && !person && onlyPlaces() && reLeasesLandTo.MatchString(gap) && !possessedName(text, cb.e) {
		add(a, b, model.Owns, 0.7)
		return true
	}
	if held(ta) && holder(tb) && reJointVentureOf.MatchString(gap) && !possessedName(text, cb.e) && len(reNamedParty.FindAllString(gap, 3)) <= 1 {
		add(b, a, model.Owns, 0.7)
		return true
	}
	if holder(ta) && held(tb) && !person && onlyPlaces() && !prepositionBefore(text, ca.s) && !possessedName(text, cb.e) {
		if m := reVerbList.FindStringSubmatch(gap); m != nil {
			switch {
			case strings.HasPrefix(m[1], "own") || strings.HasPrefix(m[1], "control"):
				add(a, b, model.Owns, 0.7)
				return true
			case tb == model.Compound:
				add(a, b, model.Operates, 0.7)
				return true
			}
		}
	}
	// An investor in a site holds a stake in it; an investor in a firm may only have lent to
	// it or bought its bonds.
	if holder(ta) && tb == model.Compound && !person && onlyPlaces() && reInvestorIn.MatchString(gap) && !possessedName(text, cb.e) {
		if setRole != nil {
			setRole("investor")
		}
		add(a, b, model.Owns, 0.7)
		return true
	}
	return false
}

// stopped reports whether the words before a second owner hold a verb or a preposition: the
// name is then no owner ("owned by A and run by B").
func stopped(words string) bool {
	for _, w := range strings.Fields(words) {
		if coordOwnerStops[strings.Trim(w, ",")] {
			return true
		}
	}
	return false
}

// firstNamed returns p when no name other than a place stands before ms[p] in its sentence,
// else -1: the post before the body then opens the sentence's subject.
func firstNamed(cands []candidate, ms []int, p int) int {
	for k := 0; k < p; k++ {
		if cands[ms[k]].ent >= 0 && cands[ms[k]].typ != model.Location {
			return -1
		}
	}
	return p
}

// Shares of a firm told through "its" or through the firm's possessive, with the holders
// named around them (itsShares):
//
//   - "A holds 70 percent of its shares", "A, a Hong Kong firm, owns half of its issued
//     shares": A owns the firm "its" stands for;
//   - "Its two shareholders are A, who holds 30 percent, and B", "Y's shareholders, the
//     registry shows, were a businessman called A and his partner B": each holder named in
//     the coordination owns the firm.
//
// "its" stands for a firm (shareAntecedent): the last firm named before it in its sentence,
// else the subject of the nearest earlier sentence that names one (a body cited as a source,
// "according to filings with the Ministry of Commerce", has no shares).
var (
	// "holds 70 percent of its shares": group 1 ends before "its".
	reItsShares = regexp.MustCompile(`(?i)\b(?:owns|owned|holds|held|controls|controlled|has|had)\s+` + shareQuantity + `\s+(?:of|in)\s+(its)\s+(?:issued\s+|outstanding\s+|registered\s+)?(?:shares|equity|stock|capital)\b`)
	// What may stand between the holder and the verb: an apposition, "who".
	// Any apposition "NAME's [adj] noun," set off before "who" ("Siriporn, Anucha's wife, who
	// also") is the holder's own description.
	reItsHolderGap = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:(?:a|an|the)\s+[^;()]{1,80}?,\s*|[^;(),]{1,40}?['’]s\s+(?:[a-z-]+\s+)?[a-z-]+\s*,\s*(?:who|which)\s+)?(?:who\s+|which\s+)?|\s+(?:who\s+|which\s+)?)(?:also\s+|still\s+|now\s+|reportedly\s+|allegedly\s+|jointly\s+)*$`)
	// "Its two shareholders are", "'s shareholders, the registry shows, were": the holders'
	// noun and the copula; group 1 is "its" when the possessor is the pronoun.
	reHoldersAre = regexp.MustCompile(`(?i)(?:\b(its)|['’]s)\s+(?:(?:two|three|four|five|only|registered|listed|main|current|original)\s+)*(?:share\s*holders|shareholders|stockholders|owners|co-owners|shareholders\s+of\s+record)\s*(?:,[^,;.]{1,80},\s*)?(?:are|were|include|included|are\s+listed\s+as|were\s+listed\s+as)\s+`)
	// What may stand before the first holder: "a Lao businessman called ", "Chinese national ".
	reFirstHolderGap = regexp.MustCompile(`^(?:(?:a|an|the)\s+(?:[a-z'’-]+\s+){0,3}?(?:called|named|known\s+as)\s+|(?:(?:a|an|the)\s+)?(?:[a-z'’-]+\s+){0,2}|(?:[a-z'’-]+\s+){0,3}?[a-z'’-]+\s*,\s*)$`)
	// What may join the next holder: ", who holds 30 percent, and ", " and his partner ".
	reNextHolderGap = regexp.MustCompile(`^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:who|which)\s+[^;.]{1,60}?)?(?:\s*,\s*[^;.]{1,60}?)?\s*,?\s*(?:and|as\s+well\s+as)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[a-z'’-]+\s+){0,2}?(?:[a-z'’-]+\s*,?\s*)?$`)
)

// itsShares finds the holders of a firm's shares told through "its" or a possessive; emit gets
// the sentence, the holder's mention (an index into all), the firm entity, the sentence the
// firm was named in and the span read.
func itsShares(text string, sents []sentence, cands, all []candidate, ents []*docEntity, bySent, typedSent map[int][]int, emit func(si, hm, firm, firmSent, s, e int)) {
	holderType := func(c candidate) bool {
		if c.ent < 0 || pronounRef(c) {
			return false
		}
		t := ents[c.ent].typ
		return agentType(t)
	}
	for si, st := range sents {
		ms := typedSent[si]
		if len(ms) == 0 {
			continue
		}
		seg := text[st.s:st.e]
		low := strings.ToLower(seg)
		if !mentionsAny(low, "share", "owners", "stock", "equity") {
			continue
		}
		for _, m := range reItsShares.FindAllStringSubmatchIndex(seg, 3) {
			vs, its := st.s+m[0], st.s+m[2]
			firm, fs := shareAntecedent(text, sents, cands, ents, bySent, si, its)
			if firm < 0 {
				continue
			}
			// The holder: the name right before the verb.
			for i := len(ms) - 1; i >= 0; i-- {
				c := all[ms[i]]
				if c.e > vs || possessedName(text, c.e) && i > 0 && reItsHolderGap.MatchString(strings.ToLower(text[all[ms[i-1]].e:vs])) {
					continue // "A, B's wife, who holds": the possessor describes the holder
				}
				if holderType(c) && c.ent != firm && reItsHolderGap.MatchString(strings.ToLower(text[c.e:vs])) {
					emit(si, ms[i], firm, fs, c.s, st.s+m[1])
				}
				break
			}
		}
		// "Y's shareholders are A and B": the firm before "'s", or the one "its" stands for.
		holderLists(reHoldersAre, text, seg, sents, cands, all, ents, bySent, ms, si, st, holderType, emit)
		// "Y has two shareholders, namely A (60 percent) and B", "Y's registration lists a
		// single shareholder, a Cambodian woman named A".
		if mentionsAny(low, " has ", " had ", " lists ", " listed ") {
			holderLists(reFirmHasHolders, text, seg, sents, cands, all, ents, bySent, ms, si, st, holderType, emit)
		}
	}
}

// holderLists emits the holders listed after each match of re in sentence si (seg its text
// from st.s). The firm is the one "its" (re's group 1) stands for, else the firm whose name
// ends right at the match.
func holderLists(re *regexp.Regexp, text, seg string, sents []sentence, cands, all []candidate, ents []*docEntity, bySent map[int][]int,
	ms []int, si int, st sentence, holderType func(candidate) bool, emit func(si, hm, firm, firmSent, s, e int)) {
	for _, m := range re.FindAllStringSubmatchIndex(seg, 2) {
		at, end := st.s+m[0], st.s+m[1]
		firm, fs := -1, si
		if m[2] >= 0 {
			firm, fs = shareAntecedent(text, sents, cands, ents, bySent, si, at)
		} else {
			firm = firmEndingAt(text, all, ents, ms, at)
		}
		if firm < 0 {
			continue
		}
		listedHolders(text, all, ms, si, firm, fs, at, end, holderType, emit)
	}
}

// reFirmHasHolders is a firm's holders introduced by a verb and their count: "has two
// shareholders, namely", "'s registration lists a single shareholder,"; group 1 is "its"
// when the possessor is the pronoun.
var reFirmHasHolders = regexp.MustCompile(`(?i)(?:\b(its)\s+|['’]s\s+|\s+)(?:(?:registration|register|filings?|records?|papers)\s+)?(?:has|had|lists|listed)\s+(?:a\s+|an\s+|the\s+)?(?:single|sole|two|three|four|five|only)\s+(?:registered\s+)?(?:share\s*holders?|shareholders?|stockholders?)\s*(?:,\s*(?:namely|being)\s+|:\s*|,\s*)`)

// listedHolders emits each holder named in the coordination that begins at end: the first
// after reFirstHolderGap, the next after reNextHolderGap; a title ("Mr.", "Oknha") may stand
// before each.
func listedHolders(text string, all []candidate, ms []int, si, firm, fs, at, end int, holderType func(candidate) bool, emit func(si, hm, firm, firmSent, s, e int)) {
	prev := -1
	for _, mi := range ms {
		c := all[mi]
		if c.s < end || c.ent < 0 {
			continue
		}
		if prev < 0 {
			if !holderType(c) || !reFirstHolderGap.MatchString(trimHonorifics(strings.ToLower(text[end:c.s]))) {
				break
			}
		} else if c.s < all[prev].e || pronounRef(c) {
			continue
		} else if g := trimHonorifics(strings.ToLower(text[all[prev].e:c.s])); !holderType(c) || !reNextHolderGap.MatchString(g) || stopped(lastAnd(g)) {
			break
		}
		if c.ent != firm {
			emit(si, mi, firm, fs, at, c.e)
		}
		prev = mi
	}
}

// lastAnd returns the words after the last "and" of a gap.
func lastAnd(gap string) string {
	if i := strings.LastIndex(gap, " and "); i >= 0 {
		return gap[i+5:]
	}
	return gap
}

// shareAntecedent returns the firm "its" at offset off of sentence si stands for, and the
// sentence that names it.
func shareAntecedent(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, si, off int) (int, int) {
	firm := []string{model.Company}
	ent, from := subjectAntecedent(sents, cands, ents, bySent, si, off, firm)
	if paragraphBetween(text, sents, from, si) {
		return -1, -1 // a new paragraph opens a new topic (board_refs.go)
	}
	return ent, from
}

// firmEndingAt is the last firm of the sentence mentions ms whose name ends at at, or only
// spaces before it; -1 when none does.
func firmEndingAt(text string, all []candidate, ents []*docEntity, ms []int, at int) int {
	firm := -1
	for _, mi := range ms {
		if c := all[mi]; c.e <= at && strings.TrimSpace(text[c.e:at]) == "" && c.ent >= 0 && ents[c.ent].typ == model.Company {
			firm = c.ent
		}
	}
	return firm
}
