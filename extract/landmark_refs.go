package extract

import (
	"slices"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Landmarks inside a name's own sentence. "Workers were held at Jade Garden, a compound near
// the site operated by Dragon Crest": "the site" is a second place, the one Jade Garden is
// near, and the participle after it ("operated by") is that place's. Neither the description
// nor its participle is Jade Garden's. The same holds for "next to the casino run by", "beside
// the resort owned by", "opposite the compound guarded by". Cases in landmark_refs_test.go.

// landmarkRef reports that the definite description whose "the" is toks[k] of st is the object
// of a word that places something by a landmark ("near the site", "next to the casino"). Such
// a description does not stand for a name earlier in its own sentence: nothing is near itself.
// A later sentence's "near the compound" may still continue a name (landmarkMention in
// landmarks.go reads the same words before a name).
func landmarkRef(st sentence, k int) bool {
	if k <= 0 || k >= len(st.toks) || st.toks[k].low != "the" {
		return false
	}
	return landmarkMention(st, candidate{ti: k + 1})
}

// landmarkParticiple reports that the words of a passive's gap before its verb end in a
// description of another site or firm placed by a landmark word: ", a compound near the site
// operated by", ", one of several compounds next to the casino run by". The participle
// closes the landmark's description; its agent runs the landmark, not the first name.
func landmarkParticiple(gap, verb string) bool {
	i := strings.LastIndex(gap, " "+verb+" ")
	if i < 0 {
		return false
	}
	w := strings.Fields(strings.NewReplacer(",", " , ").Replace(gap[:i]))
	// The description's head is the last word before the verb; a landmark word must open it
	// within four words ("near the old casino", "next to a second compound").
	if len(w) < 2 {
		return false
	}
	head := w[len(w)-1]
	if t := classNouns[head]; t == nil || !(slices.Contains(t, model.Compound) || slices.Contains(t, model.Company)) {
		return false
	}
	for j := len(w) - 2; j >= 0 && j >= len(w)-5; j-- {
		switch w[j] {
		case ",", "and", "or", "which", "that", "who":
			return false
		case "near", "beside", "opposite", "nearby", "behind", "alongside", "facing", "neighbouring", "neighboring", "adjoining":
			return true
		case "to":
			return j > 0 && (w[j-1] == "next" || w[j-1] == "close" || w[j-1] == "adjacent")
		case "from":
			return j > 0 && (w[j-1] == "across" || landmarkDistances[w[j-1]])
		case "of":
			return j > 0 && landmarkDirections[w[j-1]]
		}
	}
	return false
}
