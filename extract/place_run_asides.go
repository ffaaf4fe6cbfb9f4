package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// placeRunRest reads an inserted clause that ends in a run of places: "Jade Meadow Compound,
// a former gaming site in Capas, Tarlac, raided in April by the PAOCC". The clause's first
// comma falls inside the run, so the words after the clause are those after the run's last
// comma (" raided in april by the "). rest is what afterInsertedClause left; every piece
// between its commas must be a place named between ms[p] and ms[q] (with its class word at
// most), else rest is returned as it is.
func placeRunRest(cands []candidate, ents []*docEntity, ms []int, p, q int, rest string) string {
	i := strings.LastIndex(rest, ",")
	if i < 0 {
		return rest
	}
	places := map[string]bool{}
	for k := p + 1; k < q; k++ {
		c := cands[ms[k]]
		if c.ent < 0 || ents[c.ent].typ != model.Location {
			continue
		}
		places[strings.ToLower(c.text)] = true
	}
	if len(places) == 0 {
		return rest
	}
	for _, piece := range strings.Split(rest[:i], ",") {
		w := strings.TrimSpace(piece)
		if f := strings.Fields(w); len(f) > 1 && placeClasses[f[len(f)-1]] {
			w = strings.TrimSpace(w[:len(w)-len(f[len(f)-1])])
		}
		if !places[w] {
			return rest
		}
	}
	return " " + strings.TrimLeft(rest[i+1:], " ")
}
