package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Who runs a site, told through its operations, through a subsidiary or through a site the
// verb's object describes before naming it. Each rule reads the words between two names of one
// sentence (typedGap: the names between them written as their type) and has recall and
// precision cases in site_control_test.go:
//
//   - a verb of direction whose object is the site's operations or security: "X directed
//     day-to-day operations at S", "X oversees S's internal security", "X was in charge of
//     operations at S", "the developer built the resort's nine blocks": X operates S;
//   - a site run through a subsidiary named in apposition: "A built S and manages it through a
//     local subsidiary, B": A owns B, and B runs S;
//   - the object of a verb of running described before it is named: "A also runs a smaller hub
//     in LOC called S", "A operates a casino, known as S": A operates S;
//   - a runner or owner named by a description, quoted or not: "X was described by officials
//     as the "real boss" of S", "X, suspected of being the manager in charge of S";
//   - a concession or a lease held over the site: "A holds a 50-year concession on S", "A,
//     which holds the lease for S": A operates S;
//   - the one behind a site: "A is the man who runs S", "A is the company behind S", "A used
//     to run S": A operates S; "A invested in S", "A took control of S": A owns S;
//   - each site of a counted list after the verb: "A runs two compounds, S1 and S2".

var (
	// "directed day-to-day operations at", "oversees the site's internal security": the
	// words from the person to the site, the site after "at", "of", "in" or before "'s".
	reRunsOperations = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+[^,;()]{1,50}?,\s*(?:who\s+)?|,\s*(?:who\s+)?|\s+(?:who\s+)?)` + stakeHedge + `(?:also\s+|personally\s+|still\s+|reportedly\s+|allegedly\s+|effectively\s+)*(?:directs|directed|direct|directing|oversees|oversaw|oversee|overseeing|supervises|supervised|supervise|supervising|manages|managed|manage|managing|runs|ran|run|running|controls|controlled|control|controlling|handles|handled|handle|handling|(?:is|was|were|are)\s+in\s+charge\s+of|took\s+charge\s+of|takes\s+charge\s+of)\s+(?:the\s+)?(?:(?:day-to-day|day\s+to\s+day|daily|everyday|internal|overall|entire|whole)\s+)*(?:operations?|security|management|running|affairs)\s+(?:at|of|in|inside)\s+(?:the\s+)?$`)
	// "oversees the": the verb before a site in the possessive ("the compound's security").
	reRunsPossessed = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+[^,;()]{1,50}?,\s*(?:who\s+)?|,\s*(?:who\s+)?|\s+(?:who\s+)?)` + stakeHedge + `(?:also\s+|personally\s+|still\s+|reportedly\s+|allegedly\s+|effectively\s+)*(?:directs|directed|oversees|oversaw|supervises|supervised|manages|managed|runs|ran|controls|controlled|handles|handled|(?:is|was)\s+in\s+charge\s+of)\s+(?:the\s+)?$`)
	// What follows a possessed site: "'s internal security", "'s day-to-day operations".
	reSiteOperationsAfter = regexp.MustCompile(`^['’]s\s+(?:(?:day-to-day|daily|everyday|internal|overall|entire|whole)\s+)*(?:operations|security|management|running|affairs)\b`)
	// "built the": a verb of building before a site in the possessive.
	reBuiltPossessed = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+[^,;()]{1,50}?,\s*|\s+)(?:also\s+|later\s+|then\s+|originally\s+)*(?:built|developed|constructed|erected|put\s+up)\s+(?:the\s+|all\s+(?:of\s+)?the\s+)?$`)
	// What follows a possessed site that was built: "'s nine concrete blocks".
	reSiteBuildingsAfter = regexp.MustCompile(`^['’]s\s+(?:[a-z0-9-]+\s+){0,3}?(?:buildings|blocks|towers|dormitories|office\s+blocks|structures|compound|premises|facilities)\b`)
	// "... and manages it through a local subsidiary,": a verb of running or holding whose
	// object is the site, done through a firm named next. Group 1 is the verb.
	reThroughSubsidiary = regexp.MustCompile(`^[^;.]{0,160}?\b(runs|ran|run|manages|managed|manage|operates|operated|operate|controls|controlled|control|owns|owned|own|holds|held|hold)\s+(?:it|them|site|the\s+[a-z-]+|site\s+and\s+site)\s+(?:[a-z-]+\s+){0,2}?through\s+(?:a|an|its|their|the)\s+(?:[a-z-]+\s+){0,2}?(?:subsidiary|affiliate|unit|arm|vehicle)\s*,?\s*$`)
	// reSpeechGap marks a gap in which the first name only speaks of what others did.
	reSpeechGap = regexp.MustCompile(`\b(?:said|says|say|told|tells|according|alleged|alleges|claimed|claims|denied|denies)\b`)
	// "also runs a smaller hub in loc, loc, called": the verb's object described, then named.
	reRunsDescribedSite = regexp.MustCompile(`^\s+(?:also\s+|still\s+|now\s+|reportedly\s+|allegedly\s+)*(runs|ran|operates|operated|manages|managed|owns|owned|built|developed)\s+(?:a|an|another)\s+(?:[a-z'’-]+\s+){0,3}?(?:compound|hub|park|resort|casino|complex|zone|tower|building|site|estate|centre|center)(?:\s+(?:in|at|near|outside|on)\s+(?:the\s+)?(?:loc|[a-z-]+)(?:\s*,\s*loc)*)?\s*,?\s+(?:called|named|known\s+as|branded\s+as)\s+(?:the\s+)?$`)
)

var (
	// "was described by officials as the real boss of", ", named as the owner of": group 1
	// is the post (quotes are dropped before matching).
	reDescribedAsPost = regexp.MustCompile(`^\s*(?:,\s*(?:who\s+(?:was|is)\s+)?|\s+(?:was|is|has\s+been|had\s+been)\s+)(?:also\s+|widely\s+|repeatedly\s+)*(?:described|named|identified|called|referred\s+to|known|seen|regarded)\s+(?:by\s+[^,;]{1,40}?\s+)?as\s+(?:the\s+|a\s+|its\s+)?(?:(?:real|actual|true|de\s+facto|ultimate|day-to-day)\s+)?(owner|operator|manager|general\s+manager|boss|developer|landlord)\s+(?:of|at|behind)\s+(?:the\s+)?$`)
	// "suspected of being the manager in charge of", "was the man in charge of".
	reInChargeOf = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+[^,;()]{1,40}?,)?(?:\s*,\s*|\s+)(?:(?:suspected|believed|said|alleged|thought)\s+(?:of\s+being|to\s+be)\s+|(?:is|was|became)\s+)(?:the|a)\s+(?:[a-z-]+\s+)?(?:manager|man|woman|person|official|boss|chief)\s+in\s+charge\s+of\s+(?:the\s+)?$`)
	// "holds a 50-year concession on", ", which holds the lease for".
	reConcessionOn = regexp.MustCompile(`^\s*(?:,\s*(?:which|who|that)\s+|\s+(?:which\s+|that\s+)?)(?:also\s+|still\s+|now\s+|reportedly\s+)*(?:holds|held|hold|won|obtained|secured|has|had|was\s+granted|is\s+granted|was\s+awarded)\s+(?:a|an|the)\s+(?:[\d,]+-year\s+|long-term\s+|\d+-hectare\s+)?(?:concession|lease|operating\s+licen[cs]e|management\s+contract)\s+(?:for|on|over|of|to\s+(?:run|operate|develop|manage))\s+(?:the\s+)?$`)
)

var (
	// "is the man who runs", "was the company behind", "used to run": group 1 is the verb.
	reOneBehind = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+[^,;()]{1,40}?,)?\s+(?:(?:is|was)\s+(?:(?:said|believed|thought|alleged|reported)\s+to\s+be\s+)?(?:the|a)\s+(?:[a-z-]+\s+)?(?:man|woman|person|one|company|firm|group|businessman|businesswoman|tycoon|figure|boss)\s+(?:who\s+(runs|ran|operates|operated|manages|managed|controls|controlled|owns|owned)|(behind))|used\s+to\s+(run|operate|manage|own))\s+(?:the\s+)?$`)
	// "is the company behind", "was behind": the one behind the site (a reference to the
	// subject itself, "the company", drops out of the gap).
	reBehind = regexp.MustCompile(`^\s+(?:is|was|are|were)\s+(?:(?:said|believed|thought|alleged|reported)\s+to\s+be\s+)?(?:(?:the|a)\s+(?:[a-z-]+\s+)?(?:man|woman|person|one|company|firm|group|businessman|businesswoman|tycoon|figure|boss)?\s*)?behind\s+(?:the\s+)?$`)
	// "invested in", "took control of": a stake in the site.
	reStakeVerb = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+[^,;()]{1,40}?,)?\s+(?:also\s+|reportedly\s+|allegedly\s+|later\s+|heavily\s+)*(?:invested|has\s+invested|had\s+invested)\s+(?:heavily\s+|millions\s+|\$?[\d.,]+\s+(?:million|billion)\s+(?:[a-z]+\s+)?)?in\s+(?:the\s+)?$|^\s+(?:later\s+|then\s+)?(?:took|takes|gained|seized|assumed)\s+(?:full\s+|effective\s+)?control\s+of\s+(?:the\s+)?$`)
	// "runs two compounds, ", "operates three sites: ": a counted list after the verb; the
	// sites before the target are written "site".
	reCountedSites = regexp.MustCompile(`^\s+(?:also\s+|still\s+|now\s+|reportedly\s+|allegedly\s+)*(runs|ran|operates|operated|manages|managed|owns|owned|controls|controlled|built|developed)\s+(?:two|three|four|five|six|several|\d+)\s+(?:[a-z-]+\s+){0,2}?(?:compounds|sites|casinos|parks|hubs|resorts|complexes|towers|zones)\s*[,:—–]\s*(?:(?:the\s+)?site\s*(?:,|\band\b)\s*){0,5}(?:and\s+)?(?:the\s+)?$`)
)

// siteControlPair reads the pair ms[p], ms[q] of one sentence with the rules above and reports
// whether one fired.
func siteControlPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b, ok := pairEnds(cands, ms, p, q, 240)
	if !ok {
		return false
	}
	if possessivePronouns[strings.ToLower(ca.text)] {
		return false
	}
	gap, person, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok {
		return false
	}
	ta, tb := ents[a].typ, ents[b].typ
	runner := agentType(ta)
	if runner && tb == model.Compound && !person && onlyPlacesBetween(cands, ents, ms, p, q, a, b) && !prepositionBefore(text, ca.s) {
		if reRunsOperations.MatchString(gap) && !possessedName(text, cb.e) {
			add(a, b, model.Operates, 0.7)
			return true
		}
		if reBuiltPossessed.MatchString(gap) && reSiteBuildingsAfter.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+60)])) {
			add(a, b, model.Operates, 0.7)
			return true
		}
		if reRunsPossessed.MatchString(gap) && reSiteOperationsAfter.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])) {
			add(a, b, model.Operates, 0.7)
			return true
		}
		if m := reDescribedAsPost.FindStringSubmatch(strings.NewReplacer(`"`, "", "“", "", "”", "").Replace(gap)); m != nil {
			pred := model.Operates
			if m[1] == "owner" || m[1] == "landlord" {
				pred = model.Owns
			}
			add(a, b, pred, 0.7)
			return true
		}
		if ta == model.Person && reInChargeOf.MatchString(gap) || ta != model.Person && reConcessionOn.MatchString(gap) {
			add(a, b, model.Operates, 0.7)
			return true
		}
		if m := reOneBehind.FindStringSubmatch(gap); m != nil && !possessedName(text, cb.e) {
			pred := model.Operates
			if v := m[1] + m[3]; strings.HasPrefix(v, "own") {
				pred = model.Owns
			}
			add(a, b, pred, 0.7)
			return true
		}
		if reBehind.MatchString(gap) && !possessedName(text, cb.e) {
			add(a, b, model.Operates, 0.7)
			return true
		}
		if reStakeVerb.MatchString(gap) && !possessedName(text, cb.e) {
			add(a, b, model.Owns, 0.7)
			return true
		}
		if m := reRunsDescribedSite.FindStringSubmatch(gap); m != nil {
			pred := model.Operates
			if strings.HasPrefix(m[1], "own") {
				pred = model.Owns
			}
			add(a, b, pred, 0.7)
			return true
		}
	}
	if runner && tb == model.Compound && !person && !prepositionBefore(text, ca.s) && !possessedName(text, cb.e) {
		// Only sites (the list's other items) and places may stand between.
		others := true
		for k := p + 1; k < q; k++ {
			if c := cands[ms[k]]; c.ent != a && c.ent != b && ents[c.ent].typ != model.Location && ents[c.ent].typ != model.Compound {
				others = false
			}
		}
		if m := reCountedSites.FindStringSubmatch(gap); m != nil && others {
			pred := model.Operates
			if strings.HasPrefix(m[1], "own") {
				pred = model.Owns
			}
			add(a, b, pred, 0.7)
			return true
		}
	}
	if runner && tb == model.Company && firstNamed(cands, ms, p) == p && !prepositionBefore(text, ca.s) {
		if m := reThroughSubsidiary.FindStringSubmatch(gap); m != nil && !reSpeechGap.MatchString(gap) {
			// The site the verb's object stands for: the last site named between.
			site := -1
			for k := p + 1; k < q; k++ {
				if c := cands[ms[k]]; c.ent >= 0 && ents[c.ent].typ == model.Compound {
					site = c.ent
				}
			}
			add(a, b, model.Owns, 0.7)
			if site >= 0 {
				pred := model.Operates
				if strings.HasPrefix(m[1], "own") || strings.HasPrefix(m[1], "h") {
					pred = model.Owns
				}
				add(b, site, pred, 0.7)
			}
			return true
		}
	}
	return false
}
