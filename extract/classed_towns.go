package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// townClasses are the words that end the name of a town or of a fixed point in one ("Lipa
// City", "Second Friendship Bridge", "Khlong Luek checkpoint"): a name that says it is a
// town or a point is smaller than the place "in" after it, whatever that place's name says.
var townClasses = set("city", "town", "village", "bridge", "checkpoint", "crossing", "market", "airport", "pier", "terminal")

// classedTownIn reports "from Lipa City in Batangas", "at the Second Friendship Bridge in Mae
// Sot": a place whose name (or the word after it) says it is a town or a point, then a bare
// "in" and a larger place. The plain rules ask the larger place to name its own kind
// ("Tak province") or be a country; here the first name's class is mark enough. It does
// not fire when the second place itself names a town or a point ("Quezon City in Davao
// City" is no containment the text states), after "between" or in a list ("Mae Sot and Lipa
// City in Batangas" may place only the last), or on a river or hill.
func classedTownIn(text string, ents []*docEntity, ca, cb candidate, gap string) bool {
	a, b := ents[ca.ent], ents[cb.ent]
	if a.typ != model.Location || b.typ != model.Location || isCountry(a.name) || isCountry(b.name) {
		return false
	}
	if !reInBigger.MatchString(gap) || waterway(b.name) || landform(b.name) || waterway(a.name) {
		return false
	}
	if precededBy(text, ca.s, "between", "and", "or") {
		return false
	}
	classOf := func(name string, end int) string {
		if w, _ := wordAfterSpace(text, end); townClasses[strings.ToLower(w)] {
			return strings.ToLower(w)
		}
		f := strings.Fields(strings.ToLower(name))
		if len(f) > 1 && townClasses[f[len(f)-1]] {
			return f[len(f)-1]
		}
		return ""
	}
	if classOf(ca.text, ca.e) == "" && classOf(a.name, ca.e) == "" {
		return false
	}
	return classOf(cb.text, cb.e) == "" && classOf(b.name, cb.e) == ""
}
