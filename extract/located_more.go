package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// subunitWords name the parts a town or city is divided into: "Huai Khwang district",
// "Sangkat Buon", "Barangay Anupul", "Hpa Lu village tract".
var subunitWords = set("district", "sangkat", "commune", "township", "village", "subdistrict", "sub-district", "ward",
	"barangay", "khan", "tambon", "quarter", "neighbourhood", "neighborhood", "tract", "municipality", "borough")

// namesSubunit reports a place whose name, or the word right after it, is such a part.
func namesSubunit(text, name string, end int) bool {
	if w := wordAfter(text, end); w != "" && subunitWords[w] {
		return true
	}
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 1 && (subunitWords[f[0]] || subunitWords[f[len(f)-1]])
}

// townPart reports "Sihanoukville's Sangkat Buon", "Bangkok's Huai Khwang district": a place
// that is no country in the possessive, then a part of it that names its kind.
func townPart(text string, ents []*docEntity, ca, cb candidate, gap string) bool {
	return (gap == "'s " || gap == "’s ") && ents[ca.ent].typ == model.Location && ents[cb.ent].typ == model.Location &&
		!isCountry(ents[ca.ent].name) && !isCountry(ents[cb.ent].name) &&
		(namesSubunit(text, cb.text, cb.e) || namesSubunit(text, ents[cb.ent].name, cb.e))
}

var (
	// reCommaInPlace sets a larger place off by commas after a place: "Poipet, in
	// Banteay Meanchey province, is", "the Chong Chom checkpoint, in Surin province,".
	reCommaInPlace = regexp.MustCompile(`^\s*,\s*in\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?$`)
	// reOnEdgeOf places a site or firm at a town's edge in an apposition: ", on the
	// southern edge of", ", which sits on the outskirts of".
	reOnEdgeOf = regexp.MustCompile(`^\s*,\s*(?:(?:which|that)\s+(?:is|was|sits|sat|lies|lay|stands|stood)\s+|(?:located|situated|built)\s+)?on\s+the\s+(?:(?:north|south|east|west|northern|southern|eastern|western|far)\s+)?(?:outskirts|edge|edges|fringes?|periphery)\s+of\s+(?:the\s+)?$`)
)

// localLocus reads placings moreLocus leaves out and returns the confidence of one it reads,
// or 0: a place set off by ", in" after another, and a site at a town's edge.
func localLocus(text string, ents []*docEntity, ca, cb candidate, gap string) float64 {
	ta, na, nb := ents[ca.ent].typ, ents[ca.ent].name, ents[cb.ent].name
	after := strings.TrimLeft(text[placeEnd(text, cb.e):min(len(text), placeEnd(text, cb.e)+3)], " ")
	closed := after == "" || after[0] == ',' || after[0] == '.' || after[0] == ';' || after[0] == ')'
	switch {
	case ta == model.Location && !isCountry(na) && reCommaInPlace.MatchString(gap) && closed &&
		(isCountry(nb) || namesKindOfPlace(text, cb.text, cb.e) || namesKindOfPlace(text, nb, cb.e)):
		// "Poipet, in Banteay Meanchey province, is home to casinos."
		return 0.6
	case ta == model.Company && strings.TrimSpace(gap) == "in" && !isCountry(nb) && !locativeBefore(text, ca.s) && closed && !reOfName.MatchString(text[max(0, ca.s-120):ca.s]):
		// "a recruiter from BrightPath Manpower Services Inc. in Quezon City": a firm's seat.
		return 0.6
	case (ta == model.Compound || ta == model.Company) && reOnEdgeOf.MatchString(gap) && !waterway(nb):
		// "Red Lion Industrial Park, on the southern edge of Laukkaing, was built".
		return 0.7
	}
	return 0
}
