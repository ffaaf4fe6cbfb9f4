package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// placesFirstField reports a list item that names a firm, then a comma and its places up to the
// first semicolon, then notes: "CROWN BAY CO., LTD., Bavet, Svay Rieng, Cambodia; a subsidiary
// of X." Designation lists print a party's seat that way before what it is. placesOnlyItem
// takes the item whose places run to its end; here only the first field must hold nothing
// but places, so a note after it ("owned or controlled by Y") does not unsay the seat. It
// returns the first place's mention, or -1.
func placesFirstField(text string, cands []candidate, ents []*docEntity, ms []int, first candidate, lineEnd int) int {
	if len(ms) < 2 || lineEnd <= first.e {
		return -1
	}
	rest := text[first.e:lineEnd]
	if !strings.HasPrefix(strings.TrimLeft(rest, " "), ",") {
		return -1
	}
	semi := strings.IndexByte(rest, ';')
	if semi < 0 {
		return -1
	}
	var in []int
	for _, m := range ms[1:] {
		if c := cands[m]; c.s >= first.e && c.e <= first.e+semi {
			in = append(in, m)
		}
	}
	if len(in) == 0 {
		return -1
	}
	cb := cands[in[0]]
	if cb.ent < 0 || ents[cb.ent].typ != model.Location || strings.Trim(text[first.e:cb.s], " ,") != "" {
		return -1
	}
	if !rowPlaceOnly(strings.Trim(rest[:semi], " ,."), cands, ents, in, first.e) {
		return -1
	}
	return in[0]
}
