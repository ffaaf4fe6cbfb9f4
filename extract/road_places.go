package extract

import "strings"

// roadWords end the name of a road or beach: a stretch that lies inside one town, so
// "Taft Avenue in Pasay City" and "Ochheuteal Beach in Sihanoukville" place the road in the
// town. A river or coast runs through many places and is not read this way.
var roadWords = set("avenue", "boulevard", "blvd", "blvd.", "road", "street", "st.", "highway", "expressway", "beach")

// roadIn reports a road or beach name followed by a bare "in" and the place that holds it.
func roadIn(name, gap string) bool {
	if strings.TrimSpace(gap) != "in" {
		return false
	}
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 1 && roadWords[f[len(f)-1]]
}
