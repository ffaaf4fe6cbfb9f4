package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Holders and operators whose verb the older share and site rules miss: a registration
// aside between the holder and its verb, a plural or "together" verb after a list of
// holders, the whole share capital as the share, and the holder of a site's licence. Each
// rule reads the words between two names of one sentence (trimmedGap: the names between them
// written as their type) and has recall and precision cases in holder_clauses_test.go:
//
//   - a participial aside of registration: "A, incorporated in LOC, holds 70 percent of B",
//     "A, registered in 2019, runs the S": A owns B, A operates S;
//   - the last of a list of holders, its verb plural: "A, B and C together hold 51 percent of
//     the shares of D", "A and B own all of D": C (and B) own D (the coordination rules give the
//     others);
//   - the whole share capital: "A in turn owns the entire share capital of the second
//     defendant, B": A owns B;
//   - a licence for a site: "A holds the casino licence for S", "A, which is registered in LOC
//     and holds the licence for S": the licensee operates the site.

// holderAside is an aside of where or when the holder was registered, set off by commas:
// ", incorporated in LOC,", ", registered in LOC in 2019,", ", founded in 2015,".
const holderAside = `\s*,\s*(?:(?:incorporated|registered|based|headquartered|domiciled|listed|founded|established|set\s+up|formed)\s+(?:in|on)\s+(?:the\s+)?loc(?:\s*,\s*loc)*(?:\s+in\s+\d{4})?|(?:incorporated|registered|founded|established|set\s+up|formed)\s+in\s+\d{4}(?:\s+in\s+loc(?:\s*,\s*loc)*)?)\s*,\s*`

// holderShare is the share a verb of holding takes: a quantity of a firm (shareQuantity,
// shareNoun), its whole share capital, or a stake in it. A court's naming of the firm as a
// party may stand before it ("the second defendant,").
const holderShare = `(?:` + shareQuantity + `\s+(?:(?:of|in)\s+(?:the\s+)?` + shareNoun + `?|` + shareNoun + `)|(?:the\s+)?(?:entire|whole|full)\s+(?:issued\s+)?(?:share\s+capital|shareholding|equity)\s+(?:of|in)\s+(?:the\s+)?|all\s+(?:of\s+)?(?:the\s+)?(?:issued\s+)?(?:share\s+capital|shares|equity)\s+(?:of|in)\s+(?:the\s+)?|(?:a|an)\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)[- ]|majority\s+|minority\s+|controlling\s+)?(?:stake|share|interest)\s+in\s+(?:the\s+)?)(?:(?:first|second|third|fourth|fifth)\s+(?:defendant|respondent|plaintiff|claimant|petitioner)\s*,\s*)?`

// holderAdverbs may stand before the verb.
const holderAdverbs = `(?:(?:also|still|now|in\s+turn|reportedly|allegedly|together|jointly|collectively|each)\s+)*`

var (
	// "A, incorporated in LOC, holds 70 percent of": the aside, then the verb of holding.
	reAsideHolds = regexp.MustCompile(`^` + holderAside + holderAdverbs + `(?:owns|owned|holds|held|controls|controlled)\s+` + holderShare + `$`)
	// "A, registered in LOC, runs the": the aside, then a verb of running a site.
	reAsideRuns = regexp.MustCompile(`^` + holderAside + holderAdverbs + `(?:runs|ran|operates|operated|manages|managed)\s+(?:the\s+)?$`)
	// " together hold 51 percent of the shares of", ", jointly own all of": a plural verb of
	// holding after the last of a list of holders, or the whole share capital after any
	// holder.
	rePluralHolds = regexp.MustCompile(`^(?:\s*,)?\s+` + holderAdverbs + `(?:own|hold|control)\s+` + holderShare + `$`)
	// ", which", " (short form), that": a relative clause opening after the name.
	reRelativeOpens = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:which|that)\s`)
	// ", " or " and ": the joint between two names of a list.
	reListJoint  = regexp.MustCompile(`^\s*(?:,|,?\s+and)\s*$`)
	reWholeHolds = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?\s+` + holderAdverbs + `(?:owns|owned|holds|held|controls|controlled)\s+(?:(?:the\s+)?(?:entire|whole|full)\s+(?:issued\s+)?(?:share\s+capital|shareholding)\s+(?:of|in)\s+(?:the\s+)?|all\s+(?:of\s+)?(?:the\s+)?(?:issued\s+)?share\s+capital\s+(?:of|in)\s+(?:the\s+)?)(?:(?:first|second|third|fourth|fifth)\s+(?:defendant|respondent|plaintiff|claimant|petitioner)\s*,\s*)?$`)
	// "A holds the casino licence for", "A, which is registered in LOC and holds the gaming
	// license of": the holder of a site's licence runs it.
	reHoldsLicence = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:which|that)\s+(?:is|was)\s+(?:registered|incorporated|based)\s+in\s+loc(?:\s*,\s*loc)*(?:\s+in\s+\d{4})?\s+and\s+|,\s*(?:which|that)\s+|\s+)` + `(?:(?:also|still|now|currently|reportedly|allegedly)\s+)*(?:holds|held|has\s+held|had\s+held|obtained|secured)\s+(?:the|a|an)\s+(?:(?:casino|gaming|gambling|operating|offshore\s+gaming)\s+)?(?:licence|license)\s+(?:for|of|to\s+(?:run|operate))\s+(?:the\s+)?$`)
)

// holderClausePair reads the pair ms[p], ms[q] of one sentence with the rules above and
// reports whether one fired.
func holderClausePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b, ok := pairEnds(cands, ms, p, q, 200)
	if !ok {
		return false
	}
	if possessivePronouns[strings.ToLower(ca.text)] || possessivePronouns[strings.ToLower(cb.text)] || possessedName(text, cb.e) || possessedName(text, ca.e) {
		return false
	}
	gap, person, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok || person {
		return false
	}
	if !onlyPlacesBetween(cands, ents, ms, p, q, a, b) {
		return false
	}
	ta, tb := ents[a].typ, ents[b].typ
	if !agentType(ta) {
		return false
	}
	// The last of a list of holders stands after "and"; any other preposition makes the name
	// an object.
	if prepositionBefore(text, ca.s) {
		// A relative clause tells of the name whatever governs it: "run by A, which holds the
		// licence for S".
		if tb == model.Compound && ta != model.Organization && reRelativeOpens.MatchString(gap) && reHoldsLicence.MatchString(gap) {
			add(a, b, model.Operates, 0.75)
			return true
		}
		if tb != model.Company || !rePluralHolds.MatchString(gap) || holderWordBefore(text, ca.s) != "and" {
			return false
		}
		// The holders listed before the last: "A, B and C together hold". A list that is a
		// preposition's object ("a loan to A and B") holds nothing.
		held := []int{a}
		for k := p - 1; k >= 0; k-- {
			c := cands[ms[k]]
			if c.ent < 0 || c.ent == b || !agentType(ents[c.ent].typ) || c.e > cands[ms[k+1]].s {
				break
			}
			if !reListJoint.MatchString(trimHonorifics(strings.ToLower(text[c.e:cands[ms[k+1]].s]))) {
				break
			}
			held = append(held, c.ent)
			if holderWordBefore(text, c.s) == "and" || prepositionBefore(text, c.s) {
				return false
			}
		}
		if len(held) < 2 {
			return false
		}
		for _, h := range held {
			add(h, b, model.Owns, 0.75)
		}
		return true
	}
	switch {
	case tb == model.Company && (reAsideHolds.MatchString(gap) || rePluralHolds.MatchString(gap) || reWholeHolds.MatchString(gap)):
		add(a, b, model.Owns, 0.75)
		return true
	case tb == model.Compound && reAsideHolds.MatchString(gap):
		add(a, b, model.Owns, 0.75)
		return true
	case tb == model.Compound && ta != model.Organization && (reAsideRuns.MatchString(gap) || reHoldsLicence.MatchString(gap)):
		add(a, b, model.Operates, 0.75)
		return true
	}
	return false
}

// holderWordBefore is the word right before start, honorifics ("Mr.", "Mrs.") passed over.
func holderWordBefore(text string, start int) string {
	f := strings.Fields(strings.ToLower(text[max(0, start-30):start]))
	for len(f) > 0 && gapHonorifics[f[len(f)-1]] {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
