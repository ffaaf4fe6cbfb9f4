package extract

// landmarkDirections are the words before "of" that place something by a landmark: "12
// kilometres south of Shwe Kokko".
var landmarkDirections = set("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"north-east", "north-west", "south-east", "south-west", "upstream", "downstream")

// landmarkDistances are the words before "from" that measure a distance to a landmark.
var landmarkDistances = set("km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres",
	"meters", "away", "across", "minutes", "hours", "drive", "walk")

// landmarkMention reports a name the text uses only to say where something else is: "near
// X", "opposite X", "south of X", "ten kilometres from X". Such a name is not what a later
// "the compound" continues: the sentence is about the site placed by it.
func landmarkMention(st sentence, c candidate) bool {
	k := c.ti - 1
	if k >= 0 && k < len(st.toks) && st.toks[k].low == "the" {
		k--
	}
	if k < 0 || k >= len(st.toks) {
		return false
	}
	w1, w2 := st.toks[k].low, ""
	if k > 0 {
		w2 = st.toks[k-1].low
	}
	switch w1 {
	case "near", "opposite", "beside", "nearby":
		return true
	case "of":
		return landmarkDirections[w2]
	case "from":
		return landmarkDistances[w2]
	case "to":
		return w2 == "next" || w2 == "close"
	}
	return false
}

// onlyLandmark reports that every mention of entity ent before offset off of sentence si
// places something else ("12 kilometres south of Shwe Kokko"): the page never spoke of that
// site itself, so "the compound" is not it.
func onlyLandmark(sents []sentence, cands []candidate, bySent map[int][]int, ent, si, off int) bool {
	seen := false
	for sj := si; sj >= 0 && sj >= si-maxFarBack; sj-- {
		for _, m := range bySent[sj] {
			c := cands[m]
			if c.ent != ent || sj == si && c.e > off {
				continue
			}
			if !landmarkMention(sents[sj], c) {
				return false
			}
			seen = true
		}
	}
	return seen
}
