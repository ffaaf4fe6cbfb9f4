package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Protection told through the men of a body in a passive, a site's guards said to be a
// body's men, a body that provides a site's guard or holds its guard contract, and a second
// passive coordinated with the first ("is run by A and guarded by B").
var (
	// guardMen are the members of a body through whom it guards.
	guardMen = `(?:troops|soldiers|men|officers|fighters|militiamen|guards|members|forces|personnel|police(?:men)?|gunmen|units|agents)`
	// reGuardedByMen follows a site guarded by a body's members: " was protected by
	// officers of the", " is guarded round the clock by personnel from the".
	reGuardedByMen = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:reportedly|allegedly|also|heavily|long|still|openly)\s+)*(?:guarded|protected|secured|patrolled|shielded)\s+(?:(?:round\s+the\s+clock|day\s+and\s+night)\s+)?by\s+(?:the\s+)?(?:armed\s+|uniformed\s+)?` + guardMen + `\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?$`)
	// reProvidesSiteGuard follows a body up to a site in the possessive whose guard it
	// provides or whose guard contract it holds: " provides the", ", which holds the".
	reProvidesSiteGuard = regexp.MustCompile(`^\s*(?:,\s*(?:which|that|who)\s+|(?:which|that)\s+)?(?:(?:also|reportedly|allegedly|still|now)\s+)*(?:provides|provided|provide|supplies|supplied|supply|holds|held|hold|has|had)\s+(?:the\s+)?$`)
	// reSiteGuardAfter follows that site: "'s armed guard", "'s guard contract", "'s
	// security".
	reSiteGuardAfter = regexp.MustCompile(`^['’]s?\s+(?:armed\s+|private\s+)?(?:guard|guards|security|protection)(?:\s+(?:contract|detail|force))?\b`)
	// reRoleInProtection follows a party designated or charged for its part in a site's
	// protection: " is designated for his role in the ownership and protection of the".
	reRoleInProtection = regexp.MustCompile(`^\s*(?:(?:who|which)\s+)?(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|today|now|later|jointly)\s+)*(?:designated|sanctioned|charged|indicted|convicted|blacklisted)\s+(?:for|over)\s+(?:his|her|its|their)\s+(?:alleged\s+)?(?:role|part)\s+in\s+(?:the\s+)?(?:[a-z]+\s+and\s+)?(?:protection|protecting|shielding|guarding)\s+of\s+(?:the\s+)?$`)
	// reAndGuardedBy ends right before a body named in a passive coordinated with the
	// sentence's first: ", and guarded by personnel of the", " and protected by the".
	reAndGuardedBy = regexp.MustCompile(`(?i)(?:,\s*|\s)and\s+(?:(?:is|was|are|were)\s+)?(?:(?:reportedly|allegedly|also|heavily)\s+)*(?:guarded|protected|secured|patrolled|shielded)\s+by\s+(?:the\s+)?(?:(?:armed\s+)?` + guardMen + `\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?)?$`)
	// reMenInUniformOf ends right before the body whose uniform the men who guard a site
	// wore: "armed men in the uniform of the"; reGuardedAfter follows the body.
	reMenInUniformOf = regexp.MustCompile(`(?i)\b(?:soldiers|men|guards|officers|troops|gunmen|militiamen)\s+(?:in|wearing)\s+(?:the\s+)?(?:uniforms?|fatigues|insignia)\s+of\s+(?:the\s+)?$`)
	reGuardedAfter   = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:also|reportedly|openly|still)\s+)*(?:guarded|guard|guards|manned|man|mans|patrolled|patrol|patrols|watched|stood\s+(?:at|by)|were\s+(?:posted|stationed)\s+at)\b`)
	// reSecurityProvidedBy ends right before the body that provides a site's security:
	// "Security is provided by soldiers of the", "protection at the site was supplied by
	// the".
	reSecurityProvidedBy = regexp.MustCompile(`(?i)(?:^|[.;:]\s+|\n|,\s+)\s*(?:armed\s+)?(?:security|protection|guarding)\s+(?:(?:at|for|of|inside)\s+(?:the\s+)?(?:site|compound|park|resort|casino|complex|zone|tower|hub)\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:reportedly|allegedly|still|also|now)\s+)*(?:provided|supplied|handled)\s+by\s+(?:the\s+)?(?:(?:armed\s+)?` + guardMen + `\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?)?$`)
	// reGuardsAre ends right before a body whose men a site's guards are: "the gate guards
	// are", "guards at the compound were"; reBodyMenAfter follows the body ("soldiers").
	reGuardsAre    = regexp.MustCompile(`(?i)\b(?:gate\s+|armed\s+)?guards\s+(?:(?:at|of|in|inside)\s+[^,;.]{1,40}?\s+)?(?:are|were)\s+(?:(?:all|mostly|reportedly|allegedly)\s+)?$`)
	reBodyMenAfter = regexp.MustCompile(`^\s+(?:soldiers|troops|militiamen|fighters|policemen|officers|members|personnel|gunmen)\b`)
)

// shieldMorePair reads the pair forms above between two mentions of one sentence; it reports
// whether it read one. ca is the first mention, gap the lower-cased words between.
func shieldMorePair(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	a, b := ca.ent, cb.ent
	ta, tb := ents[a].typ, ents[b].typ
	body := func(t string) bool { return t == model.Organization || t == model.Company }
	switch {
	case ta == model.Compound && body(tb) && reGuardedByMen.MatchString(gap):
		// "The resort was protected by officers of the provincial police".
		add(b, a, model.Protects, 0.8)
	case body(ta) && tb == model.Compound && reProvidesSiteGuard.MatchString(gap) && reSiteGuardAfter.MatchString(text[cb.e:min(len(text), cb.e+40)]):
		// "Golden Ruak Security, which holds the resort's guard contract".
		add(a, b, model.Protects, 0.75)
	case (body(ta) && !strings.Contains(gap, " his ") && !strings.Contains(gap, " her ") || ta == model.Person && !strings.Contains(gap, " its ")) && tb == model.Compound && reRoleInProtection.MatchString(gap):
		// "Oknha K is designated for his role in the ownership and protection of X".
		add(a, b, model.Protects, 0.75)
	default:
		return false
	}
	return true
}

// moreGuardLoc finds, before a body's mention c in sentence st, the words that make it the
// guard of a site: a passive coordinated with the sentence's first, whose subject is the
// site that opens the sentence; men in its uniform who guard; security a site is provided
// by it; a site's guards who are its men. It returns their span relative to from, or nil.
func moreGuardLoc(text string, st sentence, ms []int, cands []candidate, ents []*docEntity, c candidate, from int) []int {
	before := text[from:c.s]
	after := text[c.e:min(st.e, c.e+40)]
	if loc := reAndGuardedBy.FindStringIndex(before); loc != nil && len(ms) > 0 {
		// "Phoenix Garden is operated by A, a company registered in Myawaddy, and guarded
		// by personnel of the DKBA": the site must open the sentence, or its clause after a
		// fronted phrase ("According to workers, X is run by ...").
		first := cands[ms[0]]
		lead := strings.TrimSpace(text[st.s:first.s])
		if first.ent >= 0 && ents[first.ent].typ == model.Compound && (len(strings.Fields(lead)) <= 1 || strings.HasSuffix(lead, ",")) {
			return loc
		}
		return nil
	}
	if loc := reMenInUniformOf.FindStringIndex(before); loc != nil && reGuardedAfter.MatchString(after) {
		// "armed men in the uniform of the Karen National Army guarded its gates".
		return loc
	}
	if loc := reSecurityProvidedBy.FindStringIndex(before); loc != nil {
		// "Security is provided by soldiers of the Karen National Army".
		return loc
	}
	if loc := reGuardsAre.FindStringIndex(before); loc != nil && reBodyMenAfter.MatchString(after) {
		// "the gate guards are DKBA soldiers".
		return loc
	}
	if loc := reGuardsWear.FindStringIndex(before); loc != nil && reMarksAfter.MatchString(after) && namedSitesOnly(text, from+loc[0], c.s, ms, cands, ents) {
		// "Guards at the park wear Karen National Army patches" (denied_guards.go).
		return loc
	}
	return nil
}
