package extract

import "strings"

// Pages about the border regions often name a river without "River": "a 22-storey tower on
// the Mekong in Ton Pheung district", "a riverside enclave on the Mekong". waterway reads
// only names that end in a river, road or coast word, so a site's apposition "on the Mekong"
// placed nothing. Only a site's or firm's own description (apposLocus) and its extent
// (site_extents.go) read the bare river: the other readers of waterway, such as a site "on
// the Mekong bank south of X", keep to the full names.

// siteWater reports what a site's own description may put it "on": a waterway, or a river
// of the border regions written without "River" ("a 22-storey tower on the Mekong").
func siteWater(name string) bool {
	return waterway(name) || bareRivers[strings.ToLower(name)]
}

// bareRivers are the rivers of the border regions that are written without "River".
var bareRivers = set("mekong", "salween", "thanlwin", "irrawaddy", "ayeyarwady", "moei", "ruak", "bassac")
