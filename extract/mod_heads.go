package extract

import (
	"slices"

	"github.com/scamgraph/scamgraph/model"
)

// modHeadClash reports that the body a modified description was resolved to ("the provincial
// committee" to "Svay Rieng Provincial Police", by the shared word) has another head: bodies
// are kinds of their own (a committee is no police force, a ministry no court), so the shared
// modifier alone does not make them one. Firms keep their many names ("the realty firm" for
// "Dizon Realty Corp.").
func modHeadClash(text string, cands []candidate, ents []*docEntity, ent int, types []string, head string) bool {
	if ent < 0 || slices.Contains(types, model.Company) || !slices.Contains(types, model.Organization) || ents[ent].typ != model.Organization {
		return false
	}
	for _, ci := range ents[ent].cands {
		if headOf(text, cands[ci], ents, head) {
			return false
		}
	}
	return true
}
