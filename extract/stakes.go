package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Stakes: who runs, heads or holds a share of a firm or a site, told by a verb, a relative
// clause or a possessive post the rules of holdings.go and offices.go do not read. Each rule
// reads the words between two names of one sentence (typedGap) and no other name may stand
// between them but places. The rules, each with recall and precision cases in stakes_test.go:
//
//   - "X manages Y", "X, a Chinese national, runs Y", "X, believed to manage Y": a person who
//     runs a firm or a body directs it, one who runs a site operates it;
//   - "X, who holds 30% of Y": a share held in a relative clause after the holder;
//   - "Y's registered shareholder is X", "Y's chairman was X": a possessive post and a copula;
//   - "the general manager of Y, a Chinese national named X": a post before the body, its
//     holder named in an apposition after it;
//   - "Y is run day-to-day by X": an adverb between the participle and "by";
//   - "Y is run by a syndicate led by X": who leads the body that runs a site runs it;
//   - "Y is run by a Chinese national, X": the runner described before named;
//   - "Y, a firm in Dubai run by the suspect's brother, X": the participle of a description
//     of the firm, the runner named after a kin possessive;
//   - "X, a member of the Senate and chairman of Y": the second post of a coordinated
//     apposition, and each post of "X, 44, the proprietor and managing director of Y";
//   - "Y, which is 60 percent owned by A and 40 percent by B": the second owner of a share
//     coordination whose verb is left out;
//   - "X is a member of the central committee of the Y Party": a member of a body's organ is a
//     member of the body;
//   - "Y, a corporation in which X held 40 percent of the shares": a share in an "in which"
//     clause;
//   - "X runs a travel agency in LOC, Y": the firm named in apposition to the verb's object;
//   - "Y is owned by X through his company Z": X owns Z, and Z holds (or runs) Y;
//   - "a captain in the Y, whom they named as X", "a police sergeant assigned to the Y, Pol.
//     Sgt. Maj. X": a post before the body, its holder named after a naming clause or ranks.

// stakeAppos is an apposition or relative opening set after the first name: ", a Chinese
// national,", ", 44,", ", who", ", a businessman believed to".
const stakeAppos = `^\s*(?:,\s*(?:(?:a|an|the)\s+[^,;()]{1,50}?|\d{1,3})\s*,\s*|,\s*(?:(?:a|an|the)\s+[^,;()]{1,50}?\s+)?(?:who\s+)?|\s+who\s+|\s+)`

// stakeHedge is a report of the tie set before the verb ("is believed to", "said to").
const stakeHedge = `(?:(?:is\s+|was\s+|are\s+|were\s+)?(?:believed|said|alleged|reported|thought|understood|suspected|known)\s+to\s+)?`

var (
	// "X manages Y", "X, a Chinese national believed to manage the Y".
	reRunsVerb = regexp.MustCompile(stakeAppos + stakeHedge + `(?:also\s+|now\s+|still\s+|reportedly\s+|allegedly\s+|effectively\s+|personally\s+)?(manages|managed|manage|runs|ran|run|heads|headed|head|operates|operated|operate)\s+(?:the\s+|(?:a|an|his|her|their)\s+(?:[a-z'’-]+\s+){0,2}?(?:company|firm|business|agency|outfit|subsidiary)\s+(?:(?:in|based\s+in)\s+loc(?:\s*,\s*loc)*\s*)?,\s*)?$`)
	// The verb right after the name, with no apposition or relative pronoun between.
	reBareVerb = regexp.MustCompile(`^\s*,?\s*(?:[a-z]+ly\s+)?[a-z]+\s+(?:the\s+)?$`)
	// "X, who holds 30% of Y", "X, a nominee, who owned 40 percent of the shares in Y".
	reShareRelative = regexp.MustCompile(`^\s*,\s*(?:(?:a|an|the)\s+[^,;()]{1,50}?\s*,\s*)?(?:who|which)\s+(?:also\s+|still\s+|now\s+|reportedly\s+|allegedly\s+)?(?:owns|owned|holds|held|controls|controlled)\s+(?:about\s+|nearly\s+|almost\s+|around\s+|some\s+|over\s+|more\s+than\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|a\s+majority|the\s+majority|half)\s+(?:of|in)\s+(?:the\s+)?(?:shares\s+(?:of|in)\s+(?:the\s+)?)?$`)
	// "Y's registered shareholder is X", "Y's chairman was accused X".
	rePossPostIs = regexp.MustCompile(`^\s*['’]s?\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:is|was|has\s+been|had\s+been|remains|remained)\s+(?:now\s+|still\s+|also\s+)?(?:(?:the\s+)?(?:accused|defendant)\s+)?((?:[a-z.]+\s+){0,3})$`)
	// ", a Chinese national named X": the holder of a post named before the body.
	reNamedAppos = regexp.MustCompile(`^\s*,\s*(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(?:named|called|identified\s+as|known\s+as)\s+$`)
	// The post before the body: "The general manager of", "the sole director of the".
	rePostBeforeBody = regexp.MustCompile(`(?:^|[.;:]\s*|,\s*|\b(?:and|said|that)\s+)(?:the|a|an)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+of\s+(?:the\s+)?$`)
	// "Y is run day-to-day by X": an adverb of manner between the participle and "by".
	rePassiveAdverb = regexp.MustCompile(`^\s*,?\s*(?:which\s+|that\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|reportedly\s+|allegedly\s+|now\s+|still\s+)?(run|operated|managed|controlled)\s+(?:day-to-day|day\s+to\s+day|directly|jointly|locally|effectively|in\s+practice)\s+by\s+(?:the\s+)?$`)
	// "Y is run by a syndicate led by Chinese national X".
	reRunByBodyLedBy = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:reportedly\s+|allegedly\s+|now\s+|still\s+)?(?:run|operated|managed|controlled)\s+by\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:syndicate|gang|network|ring|group|crew|organisation|organization)\s+(?:headed|led|run|controlled)\s+by\s+(?:(?:a|an)\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:national|businessman|businesswoman|tycoon|man|woman)\s+(?:named\s+|called\s+|identified\s+as\s+)?)?$`)
	// "Y is run by a Chinese national, X", "run by a businessman named X".
	reRunByDescribed = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|reportedly\s+|allegedly\s+|now\s+)?(?:run|operated|managed|controlled)\s+by\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(?:national|businessman|businesswoman|man|woman|tycoon|investor|trader|citizen)(?:\s*,\s*|\s+(?:named|called|identified\s+as|known\s+as)\s+)$`)
	// ", a firm in LOC run by the suspect's brother, X": the description's participle.
	reDescribedRunBy = regexp.MustCompile(`^\s*(?:,|—|–|\s(?:is|was))\s*(?:a|an)\s+(?:[a-z'’-]+\s+){0,3}?(?:firm|company|business|agency|operator|outfit|subsidiary)\s+(?:(?:in|based\s+in|registered\s+in)\s+(?:the\s+)?(?:loc|[a-z'’-]+\s+(?:[a-z'’-]+\s+)?(?:district|area|quarter))(?:\s*,\s*loc)*\s+)?(run|managed|headed|led)\s+by\s+(?:(?:the|a|an|his|her|their)\s+[a-z-]+(?:['’]s)?\s+[a-z-]+\s*,\s*|(?:(?:a|an)\s+)?(?:[a-z-]+\s+){0,2}?(?:national|businessman|businesswoman)\s+|the\s+)?$`)
)

const shareWords = `\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)`

var (
	// "X, a member of the org and chairman of": a post after the "and" of an apposition.
	reSecondApposPost = regexp.MustCompile(`^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,3}?[a-z-]+\s+(?:of|at|in|to|for)\s+(?:the\s+)?(?:org|firm|loc)(?:\s+of\s+(?:the\s+)?loc)?\s*,?\s+and\s+(?:the\s+|a\s+|an\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at)\s+(?:the\s+)?$`)
	// "X, 44, the proprietor and managing director of": a coordination of posts in apposition.
	reApposPosts = regexp.MustCompile(`^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:the|a|an)\s+((?:[a-z-]+\s+){0,5}?[a-z-]+)\s+of\s+(?:the\s+)?$`)
	// "which is 60 percent owned by A, a tycoon, and 40 percent by".
	reSecondShare = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were)\s+(?:also\s+)?` + shareWords + `\s+(?:owned|held)\s+by\s+[^;]{1,200}?,?\s+and\s+` + shareWords + `\s+(?:(?:is\s+|was\s+)?(?:owned|held)\s+)?by\s+(?:the\s+)?$`)
	// "is an elected member of the loc township committee of the".
	reMemberOfOrgan = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:(?:is|was|has\s+been|had\s+been|became)\s+)?(?:also\s+|still\s+)?(?:(?:a|an|the)\s+)?((?:former|elected|senior|standing|alternate|leading|founding)\s+)*member\s+of\s+(?:the\s+|its\s+)?(?:loc\s+)?(?:[a-z-]+\s+){0,3}?(?:committee|council|board|branch|wing|bureau|politburo|caucus|secretariat|presidium)\s+of\s+(?:the\s+)?$`)
	// "Y, a domestic corporation in which accused".
	reInWhich = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+[^,;()]{1,50}?\s+in\s+which\s+(?:the\s+)?(?:(?:accused|defendant|respondent)\s+)?$`)
	// What follows the holder of an "in which" clause: "held 40 percent of the shares".
	reHeldShareAfter = regexp.MustCompile(`^(?:\s*,[^;.()]{1,80}?,)?\s*(?:also\s+|still\s+)?(?:held|holds|owned|owns|had|has|controlled|controls)\s+(?:a\s+)?(?:(?:about|nearly|almost|around|some|over|more\s+than)\s+)?(?:` + shareWords + `|majority|controlling|the\s+majority)`)
)

const throughFirm = `through\s+(?:his|her|their)\s+(?:[a-z'’-]+\s+){0,2}?(?:company|firm|conglomerate|group|business|vehicle|holding\s+company|subsidiary)\s*,?\s*$`

var (
	// "X through his company Z": the person holds the firm named after the possessive.
	reThroughHisFirm = regexp.MustCompile(`^\s+` + throughFirm)
	// "Y, ..., is owned by tycoon X through his company Z": the firm holds or runs the site.
	reSiteThroughFirm = regexp.MustCompile(`^[^;]{0,120}?\s(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|reportedly\s+|allegedly\s+)?(owned|run|operated|controlled|managed)\s+by\s+(?:[a-z'’-]+\s+){0,3}?person\s+` + throughFirm)
)

// stakeSpanPair reads the rules over a pair that other names of a description may stand
// between: coordinated appositions, a share coordination, an "in which" clause.
func stakeSpanPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, gap string, person bool, add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b := ca.ent, cb.ent
	ta, tb := ents[a].typ, ents[b].typ
	body := tb == model.Company || tb == model.Organization
	if ta == model.Person && body && !person {
		if m := reSecondApposPost.FindStringSubmatch(gap); m != nil && !hasStop(m[1]) {
			if posts := postsOf(m[1]); len(posts) > 0 {
				return emitPosts(ents, a, b, posts, add, setRole)
			}
		}
		if m := reApposPosts.FindStringSubmatch(gap); m != nil && !hasStop(m[1]) {
			if posts := postsOf(m[1]); len(posts) > 1 {
				return emitPosts(ents, a, b, posts, add, setRole)
			}
		}
		if m := reMemberOfOrgan.FindStringSubmatch(gap); m != nil && tb == model.Organization {
			if setRole != nil {
				setRole(strings.TrimSpace(m[1] + "member"))
			}
			add(a, b, model.MemberOf, 0.7)
			return true
		}
	}
	if ta == model.Person && tb == model.Company && !person && reThroughHisFirm.MatchString(gap) {
		add(a, b, model.Owns, 0.75)
		return true
	}
	if ta == model.Compound && tb == model.Company && subjectStart(text, cands, ms, p) {
		if m := reSiteThroughFirm.FindStringSubmatch(gap); m != nil && strings.Count(gap, "person") == 1 {
			if m[1] == "owned" {
				add(b, a, model.Owns, 0.75)
			} else {
				add(b, a, model.Operates, 0.75)
			}
			return true
		}
	}
	if ta == model.Company && (body || tb == model.Person) && reSecondShare.MatchString(gap) && !possessedName(text, cb.e) {
		add(b, a, model.Owns, 0.75)
		return true
	}
	if (ta == model.Company || ta == model.Compound) && tb == model.Person && !person && reInWhich.MatchString(gap) {
		if reHeldShareAfter.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+140)])) {
			add(b, a, model.Owns, 0.75)
			return true
		}
	}
	return false
}

var (
	// ", whom they named as", ", pol. sgt. maj.": what may stand between a body and the
	// holder of a post named before it.
	reHolderAfterBody = regexp.MustCompile(`^\s*,\s*(?:(?:whom|who)\s+(?:[a-z]+\s+){0,3}?(?:named|identified|described|called|knew)\s+(?:only\s+)?as\s+|(?:[a-z]{2,5}\.\s*){1,4})$`)
	// The post before the body with a preposition of membership: "a captain in the", "a
	// police sergeant assigned to the".
	rePostInBody = regexp.MustCompile(`(?:^|[.;:]\s*|,\s*|\b(?:and|said|that|was|is)\s+)(?:a|an|the)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:in|of|at|with|from|assigned\s+to|attached\s+to|posted\s+to)\s+(?:the\s+)?$`)
)

// stakePair reads the pair ms[p], ms[q] of one sentence with the rules above and reports
// whether one fired.
func stakePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b, ok := pairEnds(cands, ms, p, q, 200)
	if !ok {
		return false
	}
	gap, person, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok {
		return false
	}
	if whoAfterPostPhrase(text, ca, gap) {
		return false // the clause is the post holder's (prec9_who.go)
	}
	if stakeSpanPair(text, cands, ents, ms, p, q, gap, person, add, setRole) {
		return true
	}
	if person {
		return false
	}
	if !onlyPlacesBetween(cands, ents, ms, p, q, a, b) {
		return false
	}
	if possessivePronouns[strings.ToLower(ca.text)] || possessivePronouns[strings.ToLower(cb.text)] {
		return false
	}
	ta, tb := ents[a].typ, ents[b].typ
	// "X manages the ministry's funds", "Y's owner is Lin's wife, Z": a name followed by a
	// possessive only qualifies the noun after it.
	if possessedName(text, cb.e) {
		return false
	}
	body := func(t string) bool { return t == model.Company || t == model.Organization }
	switch {
	case ta == model.Person && (body(tb) || tb == model.Compound):
		// "Y, founded by X, runs Z": a name that is the object of a preposition is not the
		// subject of the verb after it.
		if m := reRunsVerb.FindStringSubmatch(gap); m != nil && !strings.Contains(m[0], ";") && !(reBareVerb.MatchString(gap) && prepositionBefore(text, ca.s)) {
			if tb == model.Compound {
				add(a, b, model.Operates, 0.75)
			} else {
				// "operates" a firm or a body is no post; running or heading it is.
				if strings.HasPrefix(m[1], "operat") {
					return false
				}
				if setRole != nil && strings.HasPrefix(m[1], "manage") {
					setRole("manager")
				} else if setRole != nil && strings.HasPrefix(m[1], "head") {
					setRole("head")
				}
				add(a, b, model.Directs, 0.7)
			}
			return true
		}
		if body(tb) || tb == model.Compound {
			if reShareRelative.MatchString(gap) && tb != model.Organization {
				add(a, b, model.Owns, 0.75)
				return true
			}
		}
	case body(ta) && tb == model.Person:
		// "the firm's chairman is Oknha X": gapHonorifics and ranks may stand before the name.
		if m := rePossPostIs.FindStringSubmatch(gap); m != nil && !hasStop(m[1]) && rankWordsOnly(m[2]) {
			if posts := postsOf(m[1]); len(posts) > 0 {
				return emitPosts(ents, b, a, posts, add, setRole)
			}
		}
		if reNamedAppos.MatchString(gap) {
			before := strings.ToLower(text[max(0, ca.s-60):ca.s])
			if m := rePostBeforeBody.FindStringSubmatch(before); m != nil && !hasStop(m[1]) {
				if posts := postsOf(m[1]); len(posts) > 0 {
					return emitPosts(ents, b, a, posts, add, setRole)
				}
			}
		}
		if reHolderAfterBody.MatchString(gap) {
			before := strings.ToLower(text[max(0, ca.s-60):ca.s])
			if m := rePostInBody.FindStringSubmatch(before); m != nil && !hasStop(m[1]) {
				if posts := postsOf(m[1]); len(posts) > 0 {
					return emitPosts(ents, b, a, posts, add, setRole)
				}
			}
		}
		if m := reDescribedRunBy.FindStringSubmatch(gap); m != nil {
			if setRole != nil && (m[1] == "headed" || m[1] == "led") {
				setRole("head")
			}
			add(b, a, model.Directs, 0.7)
			return true
		}
	case ta == model.Compound && (body(tb) || tb == model.Person):
		if !subjectStart(text, cands, ms, p) {
			return false
		}
		if rePassiveAdverb.MatchString(gap) || tb == model.Person && (reRunByBodyLedBy.MatchString(gap) || reRunByDescribed.MatchString(gap)) {
			add(b, a, model.Operates, 0.75)
			return true
		}
	}
	return false
}

// emitPosts files each post a holder has in a body; a firm has no commanders or ranks, and a
// "member" of a firm may be of its gang, not its register.
func emitPosts(ents []*docEntity, holder, in int, posts []post, add func(a, b int, pred string, conf float64), setRole func(string)) bool {
	fired := false
	for _, ps := range posts {
		if ents[in].typ == model.Company && (ps.pred == model.MemberOf || strings.HasSuffix(ps.role, "commander") || rankRole(ps.role)) {
			continue
		}
		if setRole != nil {
			setRole(ps.role)
		}
		add(holder, in, ps.pred, 0.7)
		fired = true
	}
	return fired
}

// possessedName reports whether a possessive follows the name ending at end.
func possessedName(text string, end int) bool {
	rest := text[end:min(len(text), end+4)]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "' ")
}

// stakeObjectWords are the words after which a name is an object, not a clause's subject.
var stakeObjectWords = set("by", "of", "to", "with", "for", "from", "and", "or", "in", "at", "on", "about", "against", "than", "under", "like", "between", "among", "via", "through")

// prepositionBefore reports whether the word right before start makes the name there an object.
func prepositionBefore(text string, start int) bool {
	f := strings.Fields(strings.ToLower(text[max(0, start-20):start]))
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	if w == "mr." || w == "ms." || w == "mrs." || w == "dr." {
		if len(f) < 2 {
			return false
		}
		w = f[len(f)-2]
	}
	return stakeObjectWords[w]
}

// gapHonorifics are titles written before a name that no rule reads ("run by Oknha X").
var gapHonorifics = set("oknha", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "h.e.", "u", "daw", "samdech", "dato'", "datuk")

// trimHonorifics drops the gapHonorifics at the end of a gap, so the words before them end it.
func trimHonorifics(gap string) string {
	f := strings.Fields(gap)
	n := len(f)
	for n > 0 && gapHonorifics[f[n-1]] {
		n--
	}
	if n == len(f) {
		return gap
	}
	k := len(gap)
	for i := len(f) - 1; i >= n; i-- {
		k = strings.LastIndex(gap[:k], f[i])
	}
	return gap[:k]
}
