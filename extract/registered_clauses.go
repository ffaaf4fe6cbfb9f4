package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// A firm described by where it is registered, then a relative clause on it: "A, a company
// registered in LOC that owns the compound", "A, the firm incorporated in LOC which holds a 30%
// stake in B", "A, a company registered in LOC that owned and operated S", "A, a company
// registered in LOC that is majority-owned by X". The place between the description's head
// and "that" hides the clause from the relative-clause rules of ties.go, which read a
// description's clause only when it follows the head; the clause's subject is still the firm
// the description is set after. A clause of doing something else ("that imported cement",
// "that supplies guards to the resort") and a description of another body ("an armed group
// based in LOC that") make no tie. Cases are in registered_clauses_test.go.

// registeredDesc is the description up to "that" or "which": ", a company registered in LOC
// that ", ", the shell incorporated in the LOC, which ". The head may be missing from the
// gap: "the company" read as a reference to the firm itself is dropped from it.
const registeredDesc = `^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:(?:a|an|the)\s+(?:[a-z'’-]+\s+){0,2}?(?:company|firm|entity|shell|vehicle|corporation|conglomerate|holding\s+company|investment\s+company|developer)\s+)?` +
	`(?:registered|incorporated|based|headquartered|domiciled|set\s+up)\s+in\s+(?:the\s+)?loc(?:\s*,\s*loc)*(?:\s+in\s+\d{4})?\s*,?\s+(?:that|which)\s+(?:(?:also|still|now|later|in\s+turn|reportedly)\s+)*`

var (
	// reRegisteredRuns is the clause before a site: "owns ", "owned and operated ", "runs ".
	reRegisteredRuns = regexp.MustCompile(registeredDesc + `(owns|owned|runs|ran|operates|operated|manages|managed|owns\s+and\s+operates|owned\s+and\s+operated|built\s+and\s+operates|built\s+and\s+operated|developed\s+and\s+operates|developed\s+and\s+operated)\s+(?:the\s+)?$`)
	// reRegisteredStake is the clause before a firm: "holds a 30% stake in ", "owns 60
	// percent of ".
	reRegisteredStake = regexp.MustCompile(registeredDesc + `(?:holds|held|owns|owned|has|had|controls|controlled)\s+(?:(?:a|an)\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)[- ]|majority\s+|minority\s+|controlling\s+)?(?:stake|share|interest|shareholding)\s+in|` + shareQuantity + `\s+(?:of|in))\s+(?:the\s+)?$`)
	// reRegisteredOwnedBy is the clause before the firm's holder: "is majority-owned by ".
	reRegisteredOwnedBy = regexp.MustCompile(registeredDesc + `(?:is|was)\s+(?:(?:majority|wholly|partly|jointly)[- ])?(?:owned|controlled)\s+by\s+(?:the\s+)?$`)
)

// registeredClausePair reads the pair ms[p], ms[q] with the three clauses above.
func registeredClausePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	a, b, ok := pairEnds(cands, ms, p, q, 200)
	if !ok || ents[a].typ != model.Company {
		return
	}
	gap, person, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok || person || !onlyPlacesBetween(cands, ents, ms, p, q, a, b) {
		return
	}
	switch tb := ents[b].typ; {
	case tb == model.Compound:
		m := reRegisteredRuns.FindStringSubmatch(gap)
		if m == nil {
			return
		}
		switch m[1] {
		case "owns", "owned":
			add(a, b, model.Owns, 0.75)
		case "owns and operates", "owned and operated":
			add(a, b, model.Owns, 0.75)
			add(a, b, model.Operates, 0.75)
		default:
			add(a, b, model.Operates, 0.75)
		}
	case tb == model.Company && reRegisteredStake.MatchString(gap):
		add(a, b, model.Owns, 0.75)
	case (tb == model.Person || tb == model.Company) && reRegisteredOwnedBy.MatchString(gap):
		add(b, a, model.Owns, 0.75)
	}
}
