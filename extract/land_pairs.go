package extract

// landStanding are the nouns for what stands on a site's ground that may be coordinated with
// a land head: "the land and buildings", "the plot and the structures on it".
var landStanding = set("building", "buildings", "structures", "premises", "facilities", "improvements")

// landAndBuildings reads a land head at toks[hi] coordinated with what stands on it ("the land and
// buildings", "the land and the buildings"), and returns the end offset and the token after
// the pair. A modifier after the pair ("the land and buildings in Kampot", "... on which")
// makes a new description that points back to nothing, so it is not read.
func landAndBuildings(toks []token, hi int) (int, int, bool) {
	if !landHeads[toks[hi].low] || hi+2 >= len(toks) || toks[hi+1].low != "and" {
		return 0, 0, false
	}
	j := hi + 2
	if toks[j].low == "the" || toks[j].low == "its" {
		j++
	}
	if j >= len(toks) || !landStanding[toks[j].low] {
		return 0, 0, false
	}
	if j+1 < len(toks) && (landModifiers[toks[j+1].low] || toks[j+1].low == "of") {
		return 0, 0, false
	}
	return toks[j].e, j + 1, true
}
