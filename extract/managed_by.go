package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// managed_by.go reads a firm or body whose head is named in a passive that the general
// passive reader does not reach:
//   - "Y is managed by X": a person who manages a firm or a body directs it, as one who runs
//     or heads it does (a firm that manages another firm, or a person who "operates" a firm,
//     is no post; operating stays a site's verb);
//   - an aside between the firm and its verb: "Y, registered in Macau, is directed by X",
//     "Y was in fact run by a business partner, X";
//   - a second participle of an apposition: "Y, a company owned by A and managed by his son,
//     X", "Y (KBA), the militia formerly known as Z and headed by Colonel X".
// The agent is the person right after "by" (a short noun phrase and a comma may stand
// before it: "a cousin, X"); a possessed name ("run by X's son") names someone else.

// managesFirm reports whether verb, read between a person (ta) and a firm or body (tb), is
// the managing of it.
func managesFirm(verb, ta, tb string) bool {
	switch verb {
	case "manages", "managed", "managing":
	default:
		return false
	}
	return ta == model.Person && (tb == model.Company || tb == model.Organization)
}

const (
	// postPassive is the verb and agent's lead-in: "managed by", "run day-to-day by a
	// cousin, ", "headed by Colonel ".
	postPassive = `(?:managed|run|headed|directed|chaired|led|commanded)\s+(?:day[- ]to[- ]day\s+|on\s+paper\s+|in\s+name\s+)?by\s+` +
		`(?:(?:a|an|the|his|her|their|its)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s*,\s*)?` +
		`(?:(?:lt\.|lieutenant|gen\.|general|brigadier|major|col\.|colonel|pol\.|police|dr\.|mr\.|ms\.|mrs\.|oknha|datuk|tan\s+sri|senator|commander|chinese|cambodian|thai|national)\s+){0,4}$`
	// postAdverbs may stand between the auxiliary and the participle.
	postAdverbs = `(?:(?:in\s+fact|in\s+practice|actually|effectively|nominally|formally|also|now|still|reportedly|allegedly|jointly)\s+)*`
)

var (
	// reAsidePostPassive is the gap of "Y, registered in Macau, is directed by X" and "Y was
	// in fact run by a cousin, X": at most one short aside, then the auxiliary.
	reAsidePostPassive = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:registered|incorporated|based|headquartered|founded|set\s+up|listed)\s+[^,;:()]{1,60},\s*|\s+)?` +
		`(?:is|was|are|were|has\s+been|had\s+been)\s+` + postAdverbs + postPassive)
	// reApposedPostPassive is the gap of "Y, a company owned by A and managed by X": an
	// apposition of the firm's kind whose second participle names its head.
	reApposedPostPassive = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:company|firm|group|business|conglomerate|militia|army|force|unit|agency|lender|bank|developer|operator|subsidiary)\s+` +
		`[^;:()]{1,80}?\s+and\s+(?:(?:is|was)\s+)?` + postAdverbs + postPassive)
)

// postPassives emits X DIRECTS Y for the shapes above.
func postPassives(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred string, conf float64)) {
	for si := range sents {
		ms := withoutPronouns(cands, bySent[si])
		for i := 0; i+1 < len(ms); i++ {
			cy := cands[ms[i]]
			if cy.ent < 0 || (ents[cy.ent].typ != model.Company && ents[cy.ent].typ != model.Organization) {
				continue
			}
			for j := i + 1; j < len(ms); j++ {
				cx := cands[ms[j]]
				if cx.ent < 0 || cx.s < cy.e || cx.s-cy.e > 200 {
					break
				}
				if ents[cx.ent].typ != model.Person || cx.ent == cy.ent || possessiveFollows(text, cx.e) {
					continue
				}
				gap := strings.ToLower(text[cy.e:cx.s])
				if !strings.Contains(gap, " by") || strings.Contains(gap, ", which") || strings.Contains(gap, ", who") {
					continue
				}
				if reAsidePostPassive.MatchString(gap) || reApposedPostPassive.MatchString(gap) {
					emit(si, ms[j], ms[i], cx.ent, cy.ent, model.Directs, 0.75)
					break
				}
			}
		}
	}
}
