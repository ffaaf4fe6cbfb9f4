package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Offices: posts and holdings told by a clause the word rules of pair do not read. Each rule
// reads the words between two names of one sentence (typedGap: names between them written as
// their type) and, where the post follows the second name, the words after it. The rules, each
// with recall and precision cases in offices_test.go:
//
//   - "Y, a company of which X was chairman": the post after the name in an "of which"
//     clause, and the second name of "of which A was chairman and B general manager";
//   - "Y, a firm whose owner, X, ..." and "whose president and CEO was X": each post of the
//     coordination after "whose";
//   - "X was a citizen of China and the founder and chairman of Y", "registry files show X as
//     the director and shareholder of Y", "X was the human resources manager of Y": each post
//     of a coordinated predicate noun, the post read from its head noun;
//   - "Y, which the ministry fined and which is majority-owned by X", "Y, which is in turn
//     owned by X": an owner in a second or qualified relative clause;
//   - "Y is controlled by A and his partner B": the partner owns Y too;
//   - "Y, a remittance business owned by her brother, X", "70 percent of Y's shares were
//     held by X", "its shares were registered in the name of X": owners;
//   - "Y, a Hong Kong-listed property company chaired by tycoon X": the participle of a
//     description of the body (chaired, headed, led, founded, owned);
//   - "X, director for the protection of citizens at Y": a post over a part of a body is a
//     post (EMPLOYED_BY) in the body;
//   - "X, formerly a director of Y", "X resigned as director of Y", "X, who served as Y's
//     deputy spokesman", "Y's commander, known as X", "X sits on the board of Y" (and the one
//     X sits there "alongside"), "X, a recruiter who worked for Y";
//   - "X, a member of the House for the Y Party": the party a legislator sits for;
//   - "Y, Z's licensee" (or operator, developer, owner, landlord): a firm's post in a site;
//   - "X, whose company Y", "X and his wife own Y": owners; "X, the Y executive": staff;
//   - a pair may span more names than the usual window when all between them are places
//     inside a description (placesBetween).
//
// The land and lease rules are in leases.go. A post that names a rank or a command is never
// held in a firm; a possessive pronoun is never the holder.

var (
	// "Y, a Samoan company of which the defendant": the clause opens right before the person.
	reOfWhichPost = regexp.MustCompile(`^\s*(?:\(\s*loc\s*\)\s*)?(?:,\s*(?:(?:a|an|the)\s+[^,;()]{1,60}?\s*,?\s+)?|\s+(?:(?:a|an|the)\s+[^,;()]{1,60}?\s+)?)of\s+which\s+(?:the\s+)?(?:(?:accused|defendant|co-defendant|respondent)\s+)?$`)
	// "of which A was chairman and B": the second holder of the clause.
	reOfWhichSecondPost = regexp.MustCompile(`^\s*(?:\(\s*loc\s*\)\s*)?(?:,\s*(?:(?:a|an|the)\s+[^,;()]{1,60}?\s+)?|\s+)of\s+which\s+(?:the\s+)?(?:(?:accused|defendant)\s+)?person\s+(?:is|was)\s+(?:the\s+|a\s+|an\s+)?[a-z][a-z -]{1,40}?\s*,?\s+and\s+(?:the\s+)?(?:(?:accused|defendant)\s+)?$`)
	// The post after the holder: "was the sole beneficial owner", "is chairman".
	rePostAfter = regexp.MustCompile(`^\s*(?:(?:is|was|are|were|has\s+been|had\s+been|became|remains|remained)\s+(?:also\s+|then\s+|still\s+)?)?(?:the\s+|a\s+|an\s+|its\s+)?([a-z][a-z -]{1,60}?)\s*(?:[.,;:)]|$|\s+and\s*$|\s+(?:since|until|from|in|at|between|when|while|before|after)\b)`)
	// "Y, a labour agency in LOC, whose owner, " and "Y, a corporation whose president and
	// chief executive officer was accused ".
	reWhosePost = regexp.MustCompile(`^\s*(?:\(\s*loc\s*\)\s*)?(?:,|—|–)?\s*(?:(?:a|an|the)\s+(?:[a-z'’-]+\s+){0,5}?(?:(?:in|based\s+in|registered\s+in)\s+(?:the\s+)?loc(?:\s*,\s*loc)*\s*,?\s+)?)?whose\s+([a-z][a-z -]{1,60}?)\s*(?:,\s*|\s+(?:is|was)\s+)(?:the\s+)?(?:(?:accused|defendant)\s+)?(?:(?:[a-z-]+\s+){0,2}(?:national|citizen|businessman|businesswoman|tycoon|entrepreneur|investor|magnate)\s+)?` + possessedKinLead + `$`)
	// A post noun phrase right before the body: "... and the founder and chairman of ".
	rePostNP = regexp.MustCompile(`(?:^|\s)(is|was|are|were|as|became|becomes|remains|remained|and)\s+(?:also\s+)?(?:(?:the|a|an)\s+)?((?:[a-z-]+\s+){0,5}?[a-z-]+)\s+(of|at|to|for)\s+(?:the\s+)?$`)
	// What may stand between the person and a copula or "as" that opens the post: an alias, a
	// parenthesis, a verb of record ("is designated as", "served as").
	rePostLead = regexp.MustCompile(`^\s*(?:(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:designated|listed|named|registered|identified|described|recorded|shown)|(?:also\s+|later\s+|previously\s+|formerly\s+)?(?:served|serves|acted|acts|worked|works))?\s*$`)
	// The apposition, alias, age or kin phrase set off after the person, which the copula
	// after it skips: ", 57,", ", a Cambodian businessman,", ", Ly Sovann's wife,", ", also
	// known as "Kevin",", ", a Vietnamese national who".
	rePostSkip = regexp.MustCompile(`^\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:also\s+known\s+as|alias|a\.k\.a\.)\s+["“][^"”]{1,40}["”]\s*,?\s*|,\s*\d{1,3}\s*,\s*|,\s*person['’]s\s+(?:[a-z-]+\s+)?` + kinWords + `\s*,\s*|(?:,|—|–)\s*(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(?:national|citizen|businessman|businesswoman|tycoon|resident|woman|man)\s*,\s*)*(?:(?:—|–)\s*(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(?:national|citizen|businessman|businesswoman|tycoon|resident|woman|man)\s+)?(?:,\s*who\s+|(?:,\s*)?(?:(?:is|was)\s+)?(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(?:national|citizen|businessman|businesswoman|resident)\s+who\s+)?`)
	// What may stand before "and the <post> of": a copula with a description, or an
	// apposition ("X, the suspect's sister and an accountant at").
	rePostCoordLead = regexp.MustCompile(`^\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:also\s+known\s+as|alias|a\.k\.a\.)\s+["“][^"”]{1,40}["”]\s*,?\s*)?(?:(?:is|was)\s+(?:the|a|an)\s|,\s*(?:the|a|an|his|her|their)\s)`)
	// "was the chairman of FIRM, a Malaysian company," before "and the owner of": a post in
	// a named body, coordinated with the next.
	rePostOfNamed = regexp.MustCompile(`^\s*(?:is|was)\s+(?:also\s+)?(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s+of\s+(?:the\s+)?(?:firm|org)(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:a|an|the)\s+[^,;()]{1,50})?\s*,?\s*$`)
	// Words that end the subject's reading: another clause, a report, another name.
	rePostBreak = regexp.MustCompile(`\b(?:who|whom|whose|which|that|said|says|say|told|according|person|firm|org|site)\b|;`)
	// "Y, which the ministry fined in May and which is majority-owned by", "Y, which is in
	// turn owned by the LOC-listed".
	reOwnerRelative = regexp.MustCompile(`^\s*(?:\(\s*loc\s*\))?\s*,\s*(?:(?:which|that)\s+[^;()]{1,80}?\band\s+(?:which|that)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+)?|(?:which|that)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+in\s+turn\s+)(?:(?:majority|wholly|partly|jointly)[- ])?owned\s+by\s+(?:the\s+)?(?:(?:loc-)?[a-z]+-(?:listed|based|registered)\s+|(?:tycoon|businessman|businesswoman|magnate|investor|local|foreign|listed)\s+){0,2}$`)
	// "named X as a recruiter who worked for", "X, who works for a Nairobi company called".
	reWhoWorksFor = regexp.MustCompile(`^\s*(?:,\s*|\s+as\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+)who\s+(?:also\s+|still\s+|later\s+)?(?:worked|works|work|has\s+worked|had\s+worked|was\s+working|is\s+working)\s+(?:for|at)\s+(?:the\s+|(?:a|an)\s+(?:loc\s+|[a-z-]+\s+){0,2}?(?:company|firm|agency|group|business)\s+(?:called|named|known\s+as)\s+)?$`)
	// "X, director for the protection of citizens at the ministry", "X, head of the
	// anti-trafficking unit at": a post over a part of a body is a post in the body.
	reUnitPostAt = regexp.MustCompile(`^\s*,\s*(?:the\s+|a\s+|an\s+)?((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+((?:for|of)\s+(?:the\s+|its\s+)?(?:[a-z'’-]+\s+){1,6}?)(?:at|in|within)\s+(?:the\s+)?$`)
	// "Y, a remittance business in LOC owned by her brother, X": the owner the kin word names.
	reOwnedByKin = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+[^,;()]{1,60}?\s+(?:(?:majority|wholly|partly|jointly)[- ])?owned\s+by\s+(?:his|her|their|its|person|person['’]s)\s+(?:[a-z-]+\s+)?` + kinWords + `\s*,\s*$`)
	// "Y's outstanding shares were held by", "Y, notwithstanding that its shares were
	// registered in the name of".
	reSharesHeldBy = regexp.MustCompile(`^\s*(?:['’]s?|,?\s*(?:(?:notwithstanding|although|though|while|and|but)\s+)?(?:that\s+)?its)?\s+(?:[a-z-]+\s+){0,2}?(?:shares|stock|equity|stakes?)\s+(?:is|are|was|were|has\s+been|had\s+been|have\s+been)\s+(?:all\s+|also\s+|reportedly\s+)?(?:held\s+by|owned\s+by|registered\s+(?:in\s+the\s+names?\s+of|to))\s+(?:the\s+)?(?:(?:accused|defendant)\s+)?$`)
	// "X, formerly a director of", "X, now chief executive of", "X resigned as director of".
	reAdvPost = regexp.MustCompile(`^\s*(?:,\s*(?:formerly|previously|now|currently|once|later|until\s+\d{4}|since\s+\d{4})|\s+(?:resigned|retired|stepped\s+down|was\s+removed|was\s+dismissed)\s+(?:in\s+\d{4}\s+)?as)\s+(?:(?:a|an|the)\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at)\s+(?:the\s+)?$`)
	// "X, who served as the ", before "ORG's deputy spokesman".
	rePossPostLead = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:(?:now|also|currently|still|later|then|once|previously|formerly)\s+)?(?:(?:is|was|has\s+been|had\s+been|became|becomes)\s+|(?:served|serves|acted|acts|worked|works)\s+as\s+)(?:also\s+|now\s+|then\s+)?(?:the\s+)?$`)
	// The post after the body's possessive: "'s deputy spokesman".
	rePossPostAfter = regexp.MustCompile(`^['’]s?\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s*(?:[.,;:)]|$|\s+(?:and|since|until|from|in|for|who|when)\b)`)
	// "X is on the board of", "X sits on the board of directors of".
	reOnBoard = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+[^,;()]{1,50},\s*)?(?:,\s*who\s+)?\s*(?:also\s+)?(?:is|was|sits|sat|serves|served|has\s+served|had\s+served|has\s+sat|had\s+sat)\s+(?:(?:alongside|with)\s+(?:[a-z.]+\s+)?person\s+)?on\s+the\s+(?:supervisory\s+|executive\s+)?board(?:\s+of\s+(?:directors|commissioners))?\s+(?:of|at)\s+(?:the\s+)?$`)
	// The second member of "A serves alongside B on the board of": what follows B.
	reOnBoardWith     = regexp.MustCompile(`^\s+on\s+the\s+(?:supervisory\s+|executive\s+)?board(?:\s+of\s+(?:directors|commissioners))?\s+(?:of|at)\s+(?:the\s+)?$`)
	reAlongsideBefore = regexp.MustCompile(`\b(?:serves|served|sits|sat|is|was)\s+(?:alongside|together\s+with|with)\s+(?:[a-z.]+\s+)?$`)
	// "Y, a Hong Kong-listed property company chaired by Chinese tycoon X": a description of
	// the body whose participle names its head or owner.
	reDescribedBy = regexp.MustCompile(`^\s*(?:\(\s*loc\s*\)\s*)?(?:,|—|–)\s*((?:a|an)\s+(?:(?:loc-)?[a-z'’-]+\s+){0,5}?)(chaired|headed|led|founded|co-founded|owned|co-owned)\s+by\s+(?:(?:a|an|the)\s+)?(?:[a-z.-]+\s+){0,3}?` + possessedKinLead + `$`)
	// "X, a member of the House of Representatives for the Y Party", "a lawmaker from the Y
	// Party": the party a legislator sits for.
	reSitsForParty = regexp.MustCompile(`^\s*,?\s*(?:(?:who\s+is|is|was|who\s+was)\s+)?(?:a|an|the)\s+(?:(?:senior|junior|former|veteran|opposition|ruling)\s+)?(member|lawmaker|legislator|mp|senator|representative|congressman|congresswoman|councillor|councilor|deputy)\s+(?:(?:of|in)\s+(?:the\s+)?org(?:\s+for\s+loc(?:\s+province)?)?\s+)?(?:for|from|of)\s+(?:the\s+)?$`)
	// "Y's commander, known as X": the post the body's possessive names, held by the one the
	// text calls X.
	rePossPostKnownAs = regexp.MustCompile(`^\s*['’]s?\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s*,\s*(?:(?:known|named|called|identified|referred\s+to)\s+(?:only\s+)?as|called|named)\s+["“]?$`)
	// "X, the Lucky Sun executive who fled": a staff noun after the body the apposition names.
	reBodyExecutive = regexp.MustCompile(`^\s+((?:senior|top|former|junior|local)\s+)?executive\b(?:\s*[,.;:)]|\s+(?:who|whose|and|at|in|for|since|until)\b|$)`)
	// "X, whose company Y": the company is X's.
	reWhoseFirm = regexp.MustCompile(`^\s*,\s*whose\s+(?:(?:family|holding|own|main|shell)\s+)?(?:company|firm|conglomerate|group|business|holding\s+company)\s*,?\s*$`)
	// "X and his wife own Y": the owner and a relative the text does not name.
	reOwnWithKin = regexp.MustCompile(`^\s+and\s+(?:his|her|their|person)\s+(?:[a-z-]+\s+)?` + kinWords + `s?\s+(?:jointly\s+|together\s+|also\s+)?(?:own|owned|control|controlled|hold|held)\s+(?:the\s+)?$`)
	// An apposition that opens right before the second name: "FIRM, the ".
	reApposOnly = regexp.MustCompile(`^\s*(?:\(\s*loc\s*\)\s*)?,\s*(?:the\s+)?$`)
	// The post a possessive site names after it: "'s licensee", "'s main operator".
	reSitePostAfter = regexp.MustCompile(`^['’]s\s+(?:(?:main|sole|current|registered|licensed|former|original|real|ultimate|day-to-day)\s+)?(operator|licensee|developer|manager|owner|landlord)\s*(?:[,.;:)]|$|\s+(?:and|since|until)\b)`)
	// A name inside the first relative clause, which the second may be about instead.
	reNamedInClause = regexp.MustCompile(`\b(?:firm|org|site|loc)\b[^,]*\band\s+(?:which|that)\b`)
	// "Y is controlled by A and his Chinese partner B".
	rePartnerOwner = regexp.MustCompile(`^\s*,?\s*(?:which\s+)?(?:is|was|are|were)\s+(?:jointly\s+)?(?:owned|controlled)\s+by\s+(?:[a-z-]+\s+){0,3}?person\s+and\s+(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?:partner|business\s+partner|associate|co-owner|co-investor)\s*,?\s+$`)
)

// postStop are words that never belong to a post noun phrase; a phrase holding one spans
// more than the post ("citizen of the loc and the founder").
var postStop = set("of", "the", "a", "an", "in", "at", "to", "for", "with", "by", "on", "loc", "from", "who", "which")

// officePair reads the pair ms[p], ms[q] with the rules above and reports whether one fired.
func officePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b, ok := pairEnds(cands, ms, p, q, 240)
	if !ok {
		return false
	}
	gap, person, ok := typedGap(text, cands, ents, ms, p, q)
	if !ok {
		return false
	}
	ta, tb := ents[a].typ, ents[b].typ
	ownerAlsoRuns(text, cb, ta, tb, a, b, gap, add)
	coSiteRunBy(ta, tb, a, b, gap, add)
	colonRunBy(ta, tb, a, b, gap, add)
	if landPair(text, ca, cb, ta, tb, a, b, gap, add) {
		return true
	}
	if possessedUnitPost(gap, ta, tb, a, b, add, func(r string) {
		if setRole != nil {
			setRole(r)
		}
	}) {
		return true
	}
	body := ta == model.Company || ta == model.Organization
	// "owned by her brother, X": a possessive pronoun is the holder's kin, never the holder.
	if possessivePronouns[strings.ToLower(cb.text)] {
		return false
	}
	emit := func(holder, in int, posts []post) bool {
		fired := false
		for _, ps := range posts {
			pred := ps.pred
			if militaryPostOfFirm(ents[in].typ, ps.role) {
				continue
			}
			if pred == model.MemberOf && ents[in].typ == model.Company {
				if !ps.sole {
					continue // a "member" of a firm may be of its gang, not its register
				}
				pred = model.Owns // the sole member of a limited-liability company holds it
			}
			if setRole != nil {
				setRole(ps.role)
			}
			add(holder, in, pred, 0.75)
			fired = true
		}
		return fired
	}
	if listedHolderPair(text, gap, cands, ents, ms, q, a, b, person, emit, add) {
		return true
	}
	if body && tb == model.Person {
		// The words after the person, up to the next name: "was chairman and".
		end := min(len(text), cb.e+80)
		if q+1 < len(ms) && cands[ms[q+1]].s >= cb.e && cands[ms[q+1]].s < end {
			end = cands[ms[q+1]].s
		}
		after := strings.ToLower(text[cb.e:end])
		if !person && reOfWhichPost.MatchString(gap) && plainDescription(gap[:strings.Index(gap, "of which")]) {
			if m := rePostAfter.FindStringSubmatch(after); m != nil {
				return emit(b, a, postsOf(m[1]))
			}
		}
		if person && reOfWhichSecondPost.MatchString(gap) {
			if m := rePostAfter.FindStringSubmatch(after); m != nil {
				return emit(b, a, postsOf(m[1]))
			}
		}
		pg := gap
		if ca.gaz < 0 && possessivePronouns[strings.ToLower(ca.text)] {
			pg = "'s" + gap // "its commander, known as": the pronoun stands for the body
		}
		if m := rePossPostKnownAs.FindStringSubmatch(pg); m != nil && !person && !hasStop(m[1]) {
			if posts := postsOf(m[1]); len(posts) > 0 {
				return emit(b, a, posts)
			}
		}
		// "whose manager, a national she knew as X": the pronoun is no holder (contact_pronouns.go).
		if contactClausePronoun(text, cb) {
			return false
		}
		// "Y of Kampala, whose managing director is X" (whose_places.go).
		if !person && !possessedName(text, cb.e) && !subsidiaryOfBefore(text, ca.s) {
			if posts := whosePlacedPosts(gap, text[cb.e:min(len(text), cb.e+120)], ta == model.Company, placesBetween(cands, ents, ms, p, q)); len(posts) > 0 {
				return emit(b, a, posts)
			}
		}
		// "whose owner is Lin's wife, X": the holder is the one the possessive names.
		// An honorific before the holder ("whose majority shareholder is U X") is not read.
		if m := reWhosePost.FindStringSubmatch(trimHonorifics(gap)); m != nil && !person && !possessedName(text, cb.e) && !subsidiaryOfBefore(text, ca.s) { // prec10_heads.go
			if desc := m[0][:strings.Index(m[0], "whose")]; !rePostBreak.MatchString(desc) && plainDescription(desc) {
				return emit(b, a, postsOf(m[1]))
			}
		}
		// "a Singapore company whose sole director, the lawyer X" (whose_wide.go).
		if w := whosePostWide(gap); w != "" && !person && !possessedName(text, cb.e) && !subsidiaryOfBefore(text, ca.s) {
			if posts := postsOf(w); len(posts) > 0 {
				return emit(b, a, posts)
			}
		}
	}
	if body && (agentType(tb)) && !person {
		if m := reDescribedBy.FindStringSubmatch(gap); m != nil && plainDescription(m[1]) && !describedReport(m[1]) {
			switch {
			case strings.Contains(m[2], "owned"):
				add(b, a, model.Owns, 0.75)
				return true
			case tb == model.Person:
				if setRole != nil {
					setRole(map[string]string{"chaired": "chairman", "headed": "head", "led": "leader", "founded": "founder", "co-founded": "co-founder"}[m[2]])
				}
				add(b, a, model.Directs, 0.75)
				return true
			}
		}
	}
	if ta == model.Company && (agentType(tb)) &&
		(reOwnedByKin.MatchString(gap) || reSharesHeldBy.MatchString(gap) && !person) {
		add(b, a, model.Owns, 0.75)
		return true
	}
	// "Star Gate Gaming Co., Ltd., the casino's licensee": the firm's post in the site.
	if body && tb == model.Compound && reApposOnly.MatchString(gap) {
		if m := reSitePostAfter.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+60)])); m != nil {
			pred := model.Operates
			if m[1] == "owner" || m[1] == "landlord" {
				pred = model.Owns
			}
			add(a, b, pred, 0.75)
			return true
		}
	}
	// "Z, a unit of Y, which is owned by X": the relative clause may be Z's (passive reads it so).
	inner := false
	if p > 0 && cands[ms[p-1]].e <= ca.s {
		before := strings.ToLower(text[cands[ms[p-1]].e:ca.s])
		inner = strings.Contains(before, ", who ") || strings.Contains(before, ", which ") || reApposOpen.MatchString(before)
	}
	if ta == model.Company && !inner && (agentType(tb)) &&
		(reOwnerRelative.MatchString(gap) && !person ||
			tb == model.Person && rePartnerOwner.MatchString(gap)) {
		add(b, a, model.Owns, 0.75)
		return true
	}
	if ta == model.Person && (tb == model.Company || tb == model.Organization) && !person {
		if m := reUnitPostAt.FindStringSubmatch(gap); m != nil && !hasStop(m[1]) && !strings.Contains(m[2], "loc") {
			if posts := postsOf(m[1]); len(posts) == 1 && (posts[0].pred == model.Directs || posts[0].pred == model.EmployedBy) {
				pred := model.EmployedBy
				if strings.Contains(m[2], "board") {
					pred = posts[0].pred // "chairman of the board at"
				}
				if setRole != nil {
					setRole(strings.TrimSpace(m[1] + " " + m[2]))
				}
				add(a, b, pred, 0.7)
				return true
			}
		}
	}
	if ta == model.Person && (tb == model.Company || tb == model.Compound) && ((reWhoseFirm.MatchString(gap) || whoseFirmWide(text, cb.e, gap)) && tb == model.Company || reOwnWithKin.MatchString(gap)) {
		add(a, b, model.Owns, 0.75)
		return true
	}
	if ta == model.Person && (tb == model.Company || tb == model.Organization) {
		if reApposOnly.MatchString(gap) && !strings.HasSuffix(strings.TrimSpace(gap), ",") {
			// "X, the Lucky Sun executive": "chief executive" is read by the role words.
			if m := reBodyExecutive.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])); m != nil {
				if setRole != nil {
					setRole(strings.TrimSpace(m[1] + "executive"))
				}
				add(a, b, model.EmployedBy, 0.7)
				return true
			}
		}
		if m := reSitsForParty.FindStringSubmatch(gap); m != nil && tb == model.Organization && strings.Contains(strings.ToLower(ents[b].name), "party") {
			if setRole != nil {
				setRole(m[1])
			}
			add(a, b, model.MemberOf, 0.75)
			return true
		}
		board := reOnBoard.MatchString(gap)
		if !board && !person && reOnBoardWith.MatchString(gap) {
			board = reAlongsideBefore.MatchString(strings.ToLower(text[max(0, ca.s-40):ca.s]))
		}
		if board {
			if setRole != nil {
				setRole("board member")
			}
			add(a, b, model.Directs, 0.75)
			return true
		}
		if m := reAdvPost.FindStringSubmatch(gap); m != nil && !person && !hasStop(m[1]) {
			if posts := postsOf(m[1]); len(posts) > 0 {
				return emit(a, b, posts)
			}
		}
		if !person && rePossPostLead.MatchString(gap) {
			if m := rePossPostAfter.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+60)])); m != nil && !hasStop(m[1]) {
				if posts := postsOf(m[1]); len(posts) > 0 {
					return emit(a, b, posts)
				}
			}
		}
	}
	if ta == model.Person && (tb == model.Company || tb == model.Organization) && !person && reWhoWorksFor.MatchString(gap) {
		add(a, b, model.EmployedBy, 0.7)
		return true
	}
	if ta == model.Person && (tb == model.Company || tb == model.Organization || tb == model.Compound) {
		if posts, ok := postNPBefore(gap); ok {
			// "was the chairman of Y's Cambodian unit": the post is of another body ("a member
			// of Y's board" is Y's own);
			// "... of Y before he sold it", "until he resigned": the post is over (court_asides.go).
			if after := text[cb.e:min(len(text), cb.e+120)]; possessedName(text, cb.e) && !rePostNPOwnBoard.MatchString(after) || rePostNPAfterEnded.MatchString(after) {
				return false
			}
			if tb == model.Compound {
				posts = ownsOnly(posts)
			}
			return emit(a, b, posts)
		}
	}
	return false
}

// ownsOnly keeps the ownership among posts held in a site: a site has owners and operators,
// not staff ("the beneficial owner of X").
func ownsOnly(posts []post) []post {
	kept := posts[:0]
	for _, ps := range posts {
		if ps.pred == model.Owns {
			kept = append(kept, ps)
		}
	}
	return kept
}

// plainDescription reports whether the description set after a name before "whose" or "of
// which" is one noun phrase with no phrase of its own ("a Samoan company", "a labour agency
// in Medan"): after "a supplier to a casino" the clause may be the casino's.
func plainDescription(desc string) bool {
	desc = reDescPlace.ReplaceAllString(reDescLead.ReplaceAllString(desc, ""), " ")
	f := strings.Fields(strings.Trim(desc, " ,—–()"))
	for i, w := range f {
		if i > 0 && descStop[w] {
			return false
		}
	}
	return true
}

var (
	reDescLead  = regexp.MustCompile(`^\s*(?:\(\s*loc\s*\)\s*)?(?:,|—|–)?\s*`)
	reDescPlace = regexp.MustCompile(`\s(?:in|based\s+in|registered\s+in|incorporated\s+in)\s+(?:the\s+)?loc(?:\s*,\s*loc)*\s*,?`)
	descStop    = set("of", "to", "for", "with", "by", "from", "near", "on", "at", "in", "a", "an", "the", "its", "his", "her", "their", "owned", "run", "linked", "firm", "org", "site", "person")
)

// postNPBefore reads "<lead> the founder and chairman of" at the end of gap: the posts of a
// predicate noun phrase whose subject is the first name.
func postNPBefore(gap string) ([]post, bool) {
	gap = skipPostAsides(gap) // court_asides.go
	if rePersonSlot.MatchString(gap) {
		return nil, false
	}
	for off := 0; off < len(gap); {
		m := rePostNP.FindStringSubmatchIndex(gap[off:])
		if m == nil {
			return nil, false
		}
		s := off + m[0]
		verb, words, prep := gap[off+m[2]:off+m[3]], gap[off+m[4]:off+m[5]], gap[off+m[6]:off+m[7]]
		off = off + m[2] + 1
		if hasStop(words) {
			continue
		}
		lead := gap[:s]
		if verb == "and" && rePostOfNamed.MatchString(lead) {
			// "was the chairman of FIRM, a Malaysian company, and the beneficial owner of".
			posts := postsOf(words)
			return posts, len(posts) > 0 && prep == "of"
		}
		if len(lead) > 140 || rePostBreak.MatchString(lead) {
			return nil, false
		}
		if verb == "and" {
			if !rePostCoordLead.MatchString(lead) {
				return nil, false
			}
		} else if !rePostLead.MatchString(lead) {
			return nil, false
		}
		posts := postsOf(words)
		for _, ps := range posts {
			// "an adviser to", "a recruiter for": only a staff post takes these.
			if (prep == "to" || prep == "for") && ps.pred != model.EmployedBy {
				return nil, false
			}
		}
		return posts, len(posts) > 0
	}
	return nil, false
}

func hasStop(words string) bool {
	for _, w := range strings.Fields(words) {
		if postStop[w] {
			return true
		}
	}
	return false
}

// post is one post a phrase names and the tie it makes.
type post struct {
	role, pred string
	sole       bool // "sole member": the post's holder is the only one
}

// postsOf splits a coordination of posts ("director and shareholder", "president and chief
// executive officer") and reads each; a kin word in it ("sister") is no post and is skipped,
// any other word that is no post voids the reading. A post the role words do not hold is read
// from its head noun ("human resources manager" is a manager).
func postsOf(words string) []post {
	var out []post
	seen := map[string]bool{}
	for _, part := range strings.Split(strings.ReplaceAll(words, ",", " and "), " and ") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		role, pred := rolePhrase(part)
		if pred == "" {
			f := strings.Fields(part)
			for k := len(f) - 2; k < len(f) && pred == ""; k++ {
				if k < 1 {
					continue
				}
				if r, p := rolePhrase(strings.Join(f[k:], " ")); p != "" && r == strings.Join(f[k:], " ") {
					role, pred = part, p
				}
			}
		}
		switch {
		case pred == "" && (familyWords[role] || associateWords[role]):
			continue
		case pred == "":
			return nil
		case pred != model.Directs && pred != model.EmployedBy && pred != model.Owns && pred != model.MemberOf:
			return nil
		}
		if !seen[pred] {
			seen[pred] = true
			out = append(out, post{role, pred, strings.HasPrefix(part, "sole ")})
		}
	}
	return out
}

// maxPlaceSpan bounds how many names a pair may span when all between them are places.
const maxPlaceSpan = 8

// placesBetween reports whether every name between ms[p] and ms[q] is a place, so the pair
// may span more than the usual window: "Jinlong Garden, a walled compound in Laukkaing, in the
// Kokang region of Myanmar's Shan State, through Jinlong Industrial" names four places inside
// one description, and they hide no other actor.
func placesBetween(cands []candidate, ents []*docEntity, ms []int, p, q int) bool {
	if q-p > maxPlaceSpan {
		return false
	}
	for k := p + 1; k < q; k++ {
		if e := cands[ms[k]].ent; e < 0 || ents[e].typ != model.Location {
			return false
		}
	}
	return true
}

// militaryPostOfFirm reports a commander or a rank said of a firm: a firm has neither, so the
// body is misread and no post is read from it.
func militaryPostOfFirm(typ, role string) bool {
	return typ == model.Company && (strings.HasSuffix(role, "commander") || rankRole(role) && !strings.HasSuffix(role, "officer"))
}
