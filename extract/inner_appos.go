package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// An apposition of the name that closes an inserted phrase. In "Bay Lotus Ltd., a company 70
// percent owned by Meridian Holdings, a conglomerate chaired by Heng Vathana" the words after
// the inserted phrase open with a determiner: they describe Meridian Holdings, the name right
// before the comma, and say nothing of Bay Lotus. A clause that goes on with a verb ("A, a
// company owned by B, was raided by C") still belongs to the first name.

// apposOfInnerName reports that rest (the words after an inserted phrase, starting at byte
// restStart) is a noun phrase set off right after a name of that phrase (not a place: "based
// in Phnom Penh, a city of" is read by the place rules), so it describes that name.
func apposOfInnerName(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, rest string, restStart int) bool {
	r := strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(r, "a ") && !strings.HasPrefix(r, "an ") && !strings.HasPrefix(r, "the ") {
		return false
	}
	for k := q - 1; k > p; k-- {
		c := cands[ms[k]]
		if c.ent < 0 || c.e > restStart {
			continue
		}
		if ents[c.ent].typ == model.Location {
			return false
		}
		return strings.TrimSpace(text[c.e:min(len(text), restStart)]) == ","
	}
	return false
}
