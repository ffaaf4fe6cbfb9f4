package extract

import "github.com/scamgraph/scamgraph/model"

// siteCalledNouns are the nouns for a built site that "called", "named" or "known as"
// introduce the name of ("a complex called X", "the building, known to workers as X").
var siteCalledNouns = set("complex", "compound", "building", "casino", "resort", "park", "tower", "estate")

// siteCalled types a name the text introduces as a site's: "a complex called Red Lantern
// City", "one building complex, known to workers as Blue Orchid Square". The noun says what
// the name is, whatever its own words looked like (a city's, a square's, a person's). Only
// names no list holds, typed by their shape alone, are retyped.
func siteCalled(st sentence, cs []candidate) {
	toks := st.toks
	for k := range cs {
		c := &cs[k]
		if c.gaz >= 0 || c.ti < 2 || !(c.typ == model.Person && c.conf <= 0.6 || c.typ == model.Location && c.conf <= 0.8) {
			continue
		}
		if siteIntroduced(toks, c.ti) {
			// The noun states the type as an apposition's head does: it decides over
			// the mentions elsewhere that only the name's shape typed.
			c.typ, c.conf, c.weak = model.Compound, statedType, false
		}
	}
}

// siteKnownWords say under which name a site goes before "as": "known as", and the
// names it is sold under ("marketed as", "branded as", "advertised as", "billed as").
var siteKnownWords = set("known", "marketed", "branded", "advertised", "billed")

// siteIntroduced reports a site noun, then "called"/"named" or "known (to ...) as", right
// before toks[i].
func siteIntroduced(toks []token, i int) bool {
	switch toks[i-1].low {
	case "called", "named", "dubbed":
		return siteCalledNouns[toks[i-2].low] || siteNamedPastPlace(toks, i-1) // site_called_places.go
	case "as":
		for k := i - 2; k >= 0 && k >= i-5; k-- {
			if !siteKnownWords[toks[k].low] {
				continue
			}
			// "complex, known to workers as", "compound in particular, known as"
			for n := k - 1; n >= 0 && n >= k-4; n-- {
				if siteCalledNouns[toks[n].low] {
					return true
				}
				if toks[n].kind == tokPunct && toks[n].text != "," {
					return false
				}
			}
			return siteNamedPastPlace(toks, k) // "a compound in Sihanoukville, Cambodia, known as" (site_called_places.go)
		}
	}
	return false
}
