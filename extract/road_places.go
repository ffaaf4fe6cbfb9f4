package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// roadWords end the name of a road or beach: a stretch that lies inside one town, so
// "Taft Avenue in Pasay City" and "Ochheuteal Beach in Sihanoukville" place the road in the
// town. A river or coast runs through many places and is not read this way.
var roadWords = set("avenue", "boulevard", "blvd", "blvd.", "road", "street", "st.", "highway", "expressway", "beach")

// longRoadWords open the names of highways that cross towns and countries ("the Asian Highway
// in Mae Sot", "National Highway in Koh Kong"); "the" before a highway's name marks one too.
var longRoadWords = set("asian", "national", "international", "trans-asian", "pan-american", "interstate", "trans-national", "great", "the")

// roadIn reports a road or beach name followed by a bare "in" and the town that holds it;
// another road or beach is no town ("Taft Avenue in Pasay and Roxas Boulevard"), and a
// highway that crosses countries lies in no one town. start is where the name begins.
func roadIn(text string, start int, name, gap, place string) bool {
	if strings.TrimSpace(gap) != "in" || !roadName(name) || roadName(place) {
		return false
	}
	f := strings.Fields(strings.ToLower(name))
	if last := f[len(f)-1]; last == "highway" || last == "expressway" {
		before := strings.Fields(strings.ToLower(text[max(0, start-12):start]))
		return !longRoadWords[f[0]] && (len(before) == 0 || before[len(before)-1] != "the")
	}
	return true
}

// roadName reports a name that ends in a road or beach word ("Taft Avenue").
func roadName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 1 && roadWords[f[len(f)-1]]
}

// roadList reports a place tie whose subject is a road: the distributor does not share it
// over a list ("Taft Avenue in Pasay and Roxas Boulevard in Manila", "National Road 48 in
// Koh Kong and Kampot"), since a road in one town of a list need not be in the others.
func roadList(pred, subject string) bool {
	return pred == model.LocatedIn && roadName(subject)
}
