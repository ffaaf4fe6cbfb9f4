package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A firm's apposition that runs "it". "Survivors worked for Three Pagodas Golden Development
// Co., Ltd., the company that built it in 2021", "leased the property to Sunrise Bay
// Technologies Inc., the company that operated it": the apposition describes the firm named
// before it by what it did to the site spoken of, and "it", the relative clause's object, is
// that site, named before (itAntecedent: the one site of its own sentence before it, else of
// the nearest of the two sentences before). Only an apposition set off right after a firm's
// or body's name is read ("the militia that guarded it" alone names no one), and only when the
// sentence introduces nothing unnamed before the firm ("sold a hotel to X, the company that
// runs it": the hotel may be meant).

// reApposedRunner ends in an apposition's description and a relative clause's verb of running,
// building or guarding, before "it": ", the company that built ".
var reApposedRunner = regexp.MustCompile(`,\s+the\s+(?:[a-z-]+\s+)?(?:company|firm|developer|operator|corporation|group|militia|unit|syndicate|subsidiary)\s+(?:that|which)\s+(?:also\s+|still\s+|later\s+)?(?:built|developed|operated|operates|ran|runs|managed|manages|controlled|controls|guarded|guards|protected|protects|owned|owns)\s+$`)

// reIndefinite finds an indefinite article: a noun phrase that introduces something.
var reIndefinite = regexp.MustCompile(`(?i)\b(?:a|an)\s`)

// apposedRunnerIt reports that "it" at offset s of the sentence starting at from is the object
// of a runner's apposition to a firm or body named right before the apposition (one of the
// sentence's mentions ms).
func apposedRunnerIt(text string, from, s int, cands []candidate, ents []*docEntity, ms []int) bool {
	lead := strings.ToLower(text[max(from, s-80):s])
	loc := reApposedRunner.FindStringIndex(lead)
	if loc == nil {
		return false
	}
	comma := s - len(lead) + loc[0] // the comma that opens the apposition
	for _, m := range ms {
		c := cands[m]
		if c.ent >= 0 && c.e <= comma && comma-c.e <= 2 && (ents[c.ent].typ == model.Company || ents[c.ent].typ == model.Organization) {
			// "X sold a hotel to Y, the company that runs it": a thing the sentence introduces
			// unnamed before the firm may be "it".
			return !reIndefinite.MatchString(text[from:c.s])
		}
	}
	return false
}

// apposedRunnerSite resolves the "it" of a runner's apposition at offset off of sentence si:
// the site a description earlier in the sentence stood for ("the property where the hub
// stands to X, the company that operated it"), the nearest one, else itAntecedent's site.
func apposedRunnerSite(sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, out []reference, si, off int) (int, int) {
	for i := len(out) - 1; i >= 0 && out[i].cand.sent == si; i-- {
		if r := out[i]; r.cand.e <= off && r.cand.typ == model.Compound {
			return r.cand.ent, r.from
		}
	}
	return itAntecedent(sents, cands, ents, bySent, si, off, []string{model.Compound})
}
