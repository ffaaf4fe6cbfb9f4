package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// "Ly Chanthou, chairman of Chanthou Group, who owns the land on which the compound stands":
// "who" takes a person, so a firm or body right before it is not the subject of the clause
// ("which" and "that" still take it).

// reWhoOpens opens a gap with the relative "who".
var reWhoOpens = regexp.MustCompile(`^\s*,\s*who\s`)

// whoPassesOver reports that the gap after a name of type typ opens with "who" that cannot
// take that name.
func whoPassesOver(typ, gap string) bool {
	return typ != model.Person && reWhoOpens.MatchString(gap)
}
