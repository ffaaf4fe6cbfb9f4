package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// firmAddressTowns types the part of an address printed after a firm's name as a place:
// "TAI SHING CORNERSTONE LIMITED, Wan Chai, Hong Kong." A name only its shape called a
// person's, set between a firm's name and a known place by commas, with the address closing
// after the place, is a district or town of the firm's address ("Wan Chai", "Sheung Wan").
func firmAddressTowns(text string, st sentence, cs []candidate) {
	toks := st.toks
	for k := 1; k+1 < len(cs); k++ {
		c, firm, place := &cs[k], cs[k-1], cs[k+1]
		if c.typ != model.Person || c.gaz >= 0 || c.conf >= 0.85 || firm.typ != model.Company || place.typ != model.Location {
			continue
		}
		if place.gaz < 0 && place.conf < 0.8 {
			continue
		}
		if strings.TrimSpace(text[firm.e:c.s]) != "," || strings.TrimSpace(text[c.e:place.s]) != "," {
			continue
		}
		// The address closes after the place: the sentence ends, or a mark follows
		// ("Hong Kong, China;", "Hong Kong."); "Hong Kong's" opens a phrase of its own.
		if place.tj < len(toks) {
			if n := toks[place.tj]; n.kind != tokPunct || n.low == "'s" || n.low == "’s" || n.text == "(" {
				continue
			}
		}
		if !lastIsLegalForm(firm.text) {
			continue
		}
		c.typ, c.conf, c.weak = model.Location, 0.7, false
	}
}

// lastIsLegalForm reports a firm's name that closes with its legal form ("LIMITED", "Co., Ltd.").
func lastIsLegalForm(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && isLegalForm(strings.ToLower(strings.TrimRight(f[len(f)-1], ".,")))
}
