package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Holdings told in five more shapes of one sentence: the words between two names (typedGap,
// names between them written as their type) and, for a share named before its firm, the words
// just before the first. Each rule has recall and must-not-fire cases in stake_shapes_test.go:
//
//   - a subsidiary whose head noun takes a modifier: "B, a Hong Kong-registered subsidiary
//     of A", "B is a Cambodian subsidiary of A": A owns B (a "former" subsidiary is not);
//   - what a holder's holdings include: "A's subsidiaries include B and C", "A's other
//     holdings include a cement plant and a 30 percent stake in B": A owns B;
//   - a share of a firm named before the firm, held by a passive's agent: "60 percent of B is
//     held by A", "60% of B is held by A, a BVI company, and 30% by C": A (and C) own B;
//   - the developer of a site in a copula: "A is the main developer of S": A operates S, as
//     the apposition ", the developer of S" reads;
//   - a second predicate of the subject after one that places it: "B is registered in L and
//     is owned by A": A owns B ("run", "operated" of a site: A operates it);
//   - holdings told in a "whose" clause: "A, whose other holdings include ... a stake in B";
//   - a site or firm placed by a plain locative, then a passive: "S in L, P province, is
//     owned by A" (A owns S; "run", "operated", "built" by A: A operates S);
//   - the second holder of a share participle: "B, a company that is 60 percent held by C and
//     40 percent held by A": A owns B (share_participle.go reads C);
//   - a line that names a party, a colon and its part: "A: operator of S", "A: owner and
//     operator of S" (the name opens its line);
//   - a placing participle set off between the subject and its verb: "A, registered in L,
//     developed S" (A operates S), "A, based in L, owns B" or "holds a stake in B";
//   - a passive whose agent follows the terms it runs under: "S is run under a 99-year lease
//     by A": A operates S;
//   - a post coordinated with a share: "A was listed as an incorporator and 40 percent
//     shareholder of B": A owns B.

var (
	// ", a Hong Kong-registered subsidiary of ", " is a Cambodian subsidiary of ": group 1 the
	// modifiers of the head noun.
	reModSubsidiary = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:(?:which|that)\s+(?:is|was)\s+|(?:is|was)\s+)?(?:also\s+)?(?:a|an|the)\s+((?:[a-z'’-]+\s+){1,3}?)(?:subsidiary|affiliate|unit)\s+of\s+(?:the\s+)?$`)
	// "'s other holdings include ", "'s subsidiaries include ": group 1 the noun, group 2 what
	// the list holds before the second name.
	reHoldingsInclude = regexp.MustCompile(`^(?:['’]s?|\s*(?:\([^()]{1,40}\)\s*)?,\s*whose)\s+(?:(?:other|main|many|various|known|overseas|local|foreign)\s+)?(subsidiaries|holdings|assets|investments|interests|affiliates)\s+(?:include|included|includes|comprise|comprised|comprises)\s+(.*)$`)
	// The names listed before the second: "firm, firm and ".
	reListedFirms = regexp.MustCompile(`^(?:the\s+)?(?:(?:firm|site)(?:\s*\([^()]{1,40}\))?\s*,\s*(?:the\s+)?)*(?:(?:firm|site)(?:\s*\([^()]{1,40}\))?\s*,?\s+and\s+(?:the\s+)?)?$`)
	// "a cement plant in loc and a 30 percent stake in ": a stake at the end of the list.
	reListedStake = regexp.MustCompile(`^(?:[^;.()]{0,120}?\s+)?(?:a|an)\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+|majority\s+|minority\s+|controlling\s+|large\s+|small\s+)?(?:stake|share|shareholding|interest|equity\s+stake)\s+in\s+(?:the\s+)?$`)
	// "60 percent of ", "sixty per cent of the shares of ", "a majority of": a share before its
	// firm.
	reShareNamedBefore = regexp.MustCompile(`(?:^|[^a-z])(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|[a-z]+(?:[- ][a-z]+)?[- ](?:percent|per\s+cent)|a\s+majority|the\s+majority|half|the\s+rest|the\s+remainder)\s+of\s+(?:the\s+)?(?:(?:issued\s+|outstanding\s+)?(?:shares|equity|stock|capital)\s+(?:of|in)\s+(?:the\s+)?)?$`)
	// " is held by ", " was owned by accused ": the passive after the firm. Group 1 is what
	// follows the first agent when a second share is gapped ("…, and 30% by").
	reShareHeldPassive = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:now|still|reportedly|allegedly|currently)\s+)?(?:held|owned|controlled)\s+by\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:national|citizen|businessman|businesswoman|investor|tycoon|accused|defendant)\s+)?(.*)$`)
	// "firm, a corporation organized in loc, and 30% by accused ": the second share gapped.
	reGappedShareBy = regexp.MustCompile(`^(?:person|firm|org)(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:a|an|the)\s+[^;()]{1,80}?)?\s*,?\s+and\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|[a-z]+(?:[- ][a-z]+)?[- ](?:percent|per\s+cent)|the\s+rest|the\s+remainder)\s+by\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:national|citizen|businessman|businesswoman|investor|tycoon|accused|defendant)\s+)?$`)
	// " is the main developer of ": a site's developer in a copula.
	reCopulaDeveloper = regexp.MustCompile(`^\s+(?:is|was|has\s+been|had\s+been|became)\s+(?:also\s+)?(?:the|a)\s+(?:(?:main|original|lead|master|principal|sole|primary|registered)\s+)?(?:developer|builder)\s+(?:of|behind)\s+(?:the\s+)?$`)
	// " is registered in loc and is owned by ": a placing predicate, then the holding one.
	// Group 1 is the participle.
	rePlacedThenHeld = regexp.MustCompile(`^\s*,?\s+(?:is|was|are|were)\s+(?:(?:also|now)\s+)?(?:registered|located|based|headquartered|incorporated|situated)\s+(?:in|at|near)\s+(?:the\s+)?(?:loc(?:\s+(?:province|district|city|town|township|state|region))?(?:\s*,\s*loc(?:\s+(?:province|district|city|town|township|state|region))?)*|[a-z]+(?:\s+[a-z]+)?\s+(?:province|district|city|town|township|state|region))\s*,?\s+and\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:wholly|jointly|partly|majority|also|reportedly|allegedly|ultimately)\s+)*(owned|controlled|run|operated|managed)\s+by\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:national|citizen|businessman|businesswoman|investor|tycoon)\s+|person\s*['’]s?\s+(?:[a-z-]+\s+)?(?:` + kinWords + `)\s*,\s*(?:person\s*,\s*and\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:` + kinWords + `)\s*,\s*)?)?$`)
)

var (
	// " in loc, loc province, is owned by ", " compound near loc was run by ": a site or
	// firm placed by a plain locative, then the passive. Group 1 is the participle.
	reLocatedSubjectPassive = regexp.MustCompile(`^\s+(?:(?:compound|complex|casino|resort|hub|building|tower|park|zone|estate)\s+)?(?:in|at|near|outside)\s+(?:the\s+)?loc(?:\s+(?:province|district|city|town|township|state|region))?(?:\s*,\s*loc(?:\s+(?:province|district|city|town|township|state|region))?)*\s*,?\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:also|reportedly|allegedly|jointly|wholly|now|still|ultimately|effectively)\s+)*(owned|run|operated|managed|controlled|developed|built)\s+(?:day[- ]to[- ]day\s+)?by\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:national|citizen|businessman|businesswoman|investor|tycoon)\s+)?$`)
	// ", a company that is 60 percent held by firm and 40 percent held by ": the second holder
	// of a share participle.
	reSecondShareParticiple = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:a|an|the)\s+(?:[a-z'’-]+\s+){0,4}?(?:` + ownFirmHeads + `|` + ownSiteHeads + `)\s+(?:(?:that|which)\s+(?:is|was|has\s+been|had\s+been)\s+)?(?:(?:now|still|reportedly|allegedly|in\s+turn)\s+)*\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)[-\s](?:owned|held|controlled)\s+by\s+(?:the\s+)?(?:firm|org|person)\s*,?\s+(?:and|while)\s+(?:the\s+)?(?:remaining\s+|other\s+)?\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)\s+(?:(?:is\s+|was\s+)?(?:owned|held|controlled)\s+)?by\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:national|citizen|businessman|businesswoman|investor|tycoon)\s+)?$`)
	// ": operator of the ", ": owner and operator of ": a line that names a party, a colon
	// and its part in a site or firm. Group 1 and group 2 are the posts.
	reColonPartOf = regexp.MustCompile(`^\s*:\s*(?:the\s+)?(?:(?:registered|main|current|sole|majority|de\s+facto|day-to-day)\s+)?(owner|operator|developer|landlord|landowner|shareholder|parent\s+company)(?:\s+and\s+(owner|operator|developer))?\s+of\s+(?:the\s+)?$`)
)

var (
	// ", registered in loc, developed ", "(short), based in loc in 2019, owns a 60 percent stake
	// in ": a placing participle set off between the subject and its verb. Group 1 is the verb,
	// group 2 set for a stake.
	rePlacedAsideVerb = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|conglomerate|group|developer)\s+)?(?:registered|based|incorporated|headquartered|listed)\s+in\s+(?:the\s+)?loc(?:\s*,\s*loc)*(?:\s+in\s+\d{4})?\s*,\s*(?:(?:also|still|now|reportedly|allegedly|later|has|had|have)\s+)*(?:(owns|owned|controls|controlled|runs|ran|operates|operated|manages|managed|developed|built|bought|acquired|purchased)\s+(?:the\s+)?|(?:holds|held|owns|owned|has|had|acquired|bought|took)\s+(?:a|an)\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+|majority\s+|minority\s+|controlling\s+)?(stake|share|interest)\s+in\s+(?:the\s+)?)$`)
	// " is run under a 99-year concession by ": a passive whose agent follows a phrase of the
	// terms it runs under. Group 1 is the participle.
	reUnderTermsBy = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:also|still|now|reportedly|allegedly)\s+)*(run|operated|managed|owned|held|developed)\s+under\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:concession|lease|contract|agreement|licen[cs]e|arrangement|deal)\s+by\s+(?:the\s+)?$`)
	// " of loc was listed as an incorporator and 40 percent shareholder of ": a post coordinated
	// with a share.
	reCoordinatedShare = regexp.MustCompile(`^\s+(?:of\s+loc\s*,?\s+)?(?:(?:was|is|were|are)\s+)?(?:(?:listed|named|identified|registered|recorded|shown)\s+as\s+)?(?:an?\s+|the\s+)?(?:[a-z-]+\s+){1,3}?and\s+(?:an?\s+|the\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+|majority\s+|minority\s+|major\s+|largest\s+|controlling\s+)?(?:shareholder|stockholder|owner|co-owner)\s+(?:of|in)\s+(?:the\s+)?$`)
)

// subsidiaryModifiers are the words that may modify "subsidiary" and keep it one: places,
// demonyms, a place's participle ("loc-registered"), and words of form.
var subsidiaryModifiers = set("loc", "offshore", "local", "overseas", "foreign", "wholly-owned", "wholly", "owned",
	"majority-owned", "main", "principal", "key", "operating", "registered", "listed", "domestic", "fully-owned",
	"100%-owned", "property", "trading", "investment", "holding", "gaming", "casino")

// modifiesSubsidiary reports whether each of the words of mods may modify "subsidiary".
func modifiesSubsidiary(mods string) bool {
	f := strings.Fields(mods)
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		if subsidiaryModifiers[w] || demonyms[w] || nationalities[w] {
			continue
		}
		if i := strings.IndexAny(w, "-‑"); i > 0 {
			head, tail := w[:i], strings.TrimLeft(w[i:], "-‑")
			if (head == "loc" || demonyms[head] || nationalities[head]) && (tail == "registered" || tail == "based" || tail == "incorporated" || tail == "listed" || tail == "owned") {
				continue
			}
		}
		return false
	}
	return true
}

// stakeShapePair reads the pair ms[p], ms[q] of one sentence with the rules above and reports
// whether one fired.
func stakeShapePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b, ok := pairEnds(cands, ms, p, q, 240)
	if !ok || possessivePronouns[strings.ToLower(cb.text)] || possessedName(text, cb.e) {
		return false
	}
	gap, person, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok {
		return false
	}
	ta, tb := ents[a].typ, ents[b].typ
	firm := func(t string) bool { return t == model.Company || t == model.Organization }
	held := func(t string) bool { return t == model.Company || t == model.Compound }
	// others counts the names between the two that are not places.
	others := 0
	for k := p + 1; k < q; k++ {
		if c := cands[ms[k]]; c.ent != a && c.ent != b && ents[c.ent].typ != model.Location {
			others++
		}
	}
	onlyPlaces := func() bool { return others == 0 }
	if !possessivePronouns[strings.ToLower(ca.text)] && !person {
		switch {
		case ta == model.Company && firm(tb) && onlyPlaces():
			if m := reModSubsidiary.FindStringSubmatch(gap); m != nil && modifiesSubsidiary(m[1]) {
				add(b, a, model.Owns, 0.7)
				return true
			}
		}
	}
	if agentType(ta) && held(tb) && !possessivePronouns[strings.ToLower(ca.text)] {
		if m := reHoldingsInclude.FindStringSubmatch(gap); m != nil && !person {
			switch m[1] {
			case "subsidiaries", "affiliates":
				if tb == model.Company && reListedFirms.MatchString(m[2]) {
					add(a, b, model.Owns, 0.7)
					return true
				}
			default:
				if reListedFirms.MatchString(m[2]) || onlyPlaces() && reListedStake.MatchString(m[2]) {
					add(a, b, model.Owns, 0.7)
					return true
				}
			}
		}
	}
	if agentType(ta) && tb == model.Compound && !person && onlyPlaces() && !prepositionBefore(text, ca.s) && reCopulaDeveloper.MatchString(gap) {
		add(a, b, model.Operates, 0.7)
		return true
	}
	if held(ta) && agentType(tb) && !possessivePronouns[strings.ToLower(ca.text)] {
		if ta == model.Company && reShareNamedBefore.MatchString(strings.ToLower(text[max(0, ca.s-60):ca.s])) {
			if m := reShareHeldPassive.FindStringSubmatch(gap); m != nil && (m[1] == "" || reGappedShareBy.MatchString(m[1])) {
				add(b, a, model.Owns, 0.7)
				return true
			}
		}
		// The one name a relative's apposition may hold is the person whose relative it is.
		if m := rePlacedThenHeld.FindStringSubmatch(gap); m != nil && (onlyPlaces() || others <= 2 && strings.Count(gap, "person") == others) {
			{
				pred := model.Owns
				if m[1] == "run" || m[1] == "operated" || m[1] == "managed" || m[1] == "controlled" && ta == model.Compound {
					pred = model.Operates
				}
				if pred == model.Operates && ta != model.Compound {
					return false
				}
				add(b, a, pred, 0.7)
				return true
			}
		}
	}
	if held(ta) && agentType(tb) && onlyPlaces() && !person && !prepositionBefore(text, ca.s) {
		if m := reLocatedSubjectPassive.FindStringSubmatch(gap); m != nil {
			pred := model.Owns
			if m[1] != "owned" && (m[1] != "controlled" || ta == model.Compound) {
				pred = model.Operates
			}
			if pred == model.Operates && ta != model.Compound {
				return false
			}
			add(b, a, pred, 0.7)
			return true
		}
	}
	if held(ta) && agentType(tb) && others == 1 && !person && reSecondShareParticiple.MatchString(gap) {
		add(b, a, model.Owns, 0.7)
		return true
	}
	if agentType(ta) && held(tb) && onlyPlaces() && !person && !possessivePronouns[strings.ToLower(ca.text)] && !prepositionBefore(text, ca.s) {
		if m := rePlacedAsideVerb.FindStringSubmatch(gap); m != nil {
			pred := model.Owns
			switch m[1] {
			case "runs", "ran", "operates", "operated", "manages", "managed", "developed", "built":
				pred = model.Operates
			case "controls", "controlled":
				if tb == model.Compound {
					pred = model.Operates
				}
			}
			if pred == model.Operates && tb != model.Compound {
				return false
			}
			add(a, b, pred, 0.7)
			return true
		}
	}
	if held(ta) && agentType(tb) && onlyPlaces() && !person {
		if m := reUnderTermsBy.FindStringSubmatch(gap); m != nil {
			pred := model.Owns
			if m[1] != "owned" && m[1] != "held" {
				pred = model.Operates
			}
			if pred == model.Operates && ta != model.Compound {
				return false
			}
			add(b, a, pred, 0.7)
			return true
		}
	}
	if ta == model.Person && tb == model.Company && onlyPlaces() && !person && reCoordinatedShare.MatchString(gap) {
		add(a, b, model.Owns, 0.7)
		return true
	}
	if agentType(ta) && held(tb) && onlyPlaces() && lineStart(text, ca.s) {
		if m := reColonPartOf.FindStringSubmatch(gap); m != nil {
			for _, post := range []string{m[1], m[2]} {
				switch post {
				case "owner", "landlord", "landowner", "shareholder", "parent company":
					if post != "landlord" && post != "landowner" || tb == model.Compound {
						add(a, b, model.Owns, 0.7)
					}
				case "operator", "developer":
					if tb == model.Compound {
						add(a, b, model.Operates, 0.7)
					}
				}
			}
			return true
		}
	}
	return false
}
