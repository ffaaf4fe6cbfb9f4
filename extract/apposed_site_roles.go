package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// apposed_site_roles.go reads two appositions of a firm, body or person that name the site it
// holds, which the pair reader takes only in simpler forms:
//   - a coordination of posts toward the site, each post held: "X, the owner and operator of
//     S", "X, the registered lessee and operator of the six-building S", "X, the developer
//     and manager of S" (the pair reader keeps only the first post of a coordination);
//   - a description whose relative clause runs a site named by "known as" or "called": "X, a
//     company that operated a walled compound known as S", "X, a businessman who runs a casino
//     called S".
// The apposition must follow the name directly and the site must be the next name; a possessed
// site ("the owner and operator of S's casino") names something else.

// siteRoleNouns map the posts of a coordination to the predicate each gives toward a site;
// a lease or a landlord's title gives none and only joins the coordination.
var siteRoleNouns = map[string]string{
	"owner": model.Owns, "co-owner": model.Owns, "part-owner": model.Owns, "operator": model.Operates,
	"developer": model.Operates, "builder": model.Operates, "manager": model.Operates,
	"lessee": "", "tenant": "", "leaseholder": "",
}

var (
	// reCoordSiteRoles is the gap of a coordinated post: ", the registered lessee and operator of the ".
	reCoordSiteRoles = regexp.MustCompile(`^\s*,\s*(?:the|its)\s+(?:(?:registered|current|sole|main|joint|day-to-day|de\s+facto|alleged|suspected|actual|real)\s+){0,2}` +
		`([a-z-]+)\s+and\s+(?:the\s+)?(?:(?:registered|current|sole|main|joint|day-to-day|de\s+facto)\s+)?([a-z-]+)\s+of\s+(?:the\s+)?` +
		siteFiller + `$`)
	// reRunsNamedSite is the gap of a described runner: ", a company that operated a walled compound known as ".
	reRunsNamedSite = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(company|firm|group|business|conglomerate|corporation|developer|operator|syndicate|outfit|businessman|businesswoman|tycoon|investor|national|man|woman)\s+` +
		`(?:that|which|who)\s+(?:(?:also|still|later|now|jointly|reportedly|allegedly|apparently)\s+){0,2}(runs|ran|operates|operated|manages|managed|owns|owned|controls|controlled|built|developed)\s+` +
		`(?:a|an)\s+` + siteFiller + `(?:compound|complex|park|resort|casino|hub|zone|estate|building|tower|site|facility)\s+(?:(?:known|identified)\s+as|called|named|dubbed)\s+(?:the\s+)?$`)
)

// siteFiller is at most three describing words before a site's name or kind: hyphenated ones
// ("six-building", "casino-and-hotel") and a closed set of adjectives, never a preposition
// that would name another place ("the hotel next to S").
const siteFiller = `(?:(?:[a-z0-9]+-[a-z0-9-]+|walled|sprawling|fortified|gated|new|former|riverside|seaside|beachfront|coastal|large|vast|huge|small|notorious|so-called)\s+){0,3}`

// runVerbPred maps the verb of a described runner to its predicate.
func runVerbPred(v string) string {
	switch v {
	case "owns", "owned":
		return model.Owns
	}
	return model.Operates
}

// apposedSiteRoles emits the relations of the two shapes above.
func apposedSiteRoles(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred string, conf float64)) {
	for si := range sents {
		ms := withoutPronouns(cands, bySent[si])
		for i := 0; i+1 < len(ms); i++ {
			cx, cs := cands[ms[i]], cands[ms[i+1]]
			if cx.ent < 0 || cs.ent < 0 || cx.ent == cs.ent || cs.s < cx.e || cs.s-cx.e > 140 {
				continue
			}
			tx := ents[cx.ent].typ
			if ents[cs.ent].typ != model.Compound || tx == model.Location || tx == model.Compound || possessiveFollows(text, cs.e) {
				continue
			}
			gap := strings.ToLower(text[cx.e:cs.s])
			if m := reCoordSiteRoles.FindStringSubmatch(gap); m != nil {
				p1, ok1 := siteRoleNouns[m[1]]
				p2, ok2 := siteRoleNouns[m[2]]
				if !ok1 || !ok2 || p1 == "" && p2 == "" {
					continue
				}
				for _, p := range []string{p1, p2} {
					if p != "" {
						emit(si, ms[i], ms[i+1], cx.ent, cs.ent, p, 0.8)
					}
				}
				continue
			}
			if m := reRunsNamedSite.FindStringSubmatch(gap); m != nil {
				person := tx == model.Person
				switch m[1] {
				case "businessman", "businesswoman", "tycoon", "investor", "national", "man", "woman":
					if !person {
						continue
					}
				default:
					if person {
						continue
					}
				}
				emit(si, ms[i], ms[i+1], cx.ent, cs.ent, runVerbPred(m[2]), 0.8)
			}
		}
	}
}
