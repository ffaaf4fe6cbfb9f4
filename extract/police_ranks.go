package extract

// A police rank of several capitalised words ("Police Master Sergeant Jerome Tan", "Police
// Senior Master Sergeant RODEL MACARAEG", "Police Executive Master Sergeant") opens with the
// force's word: the words before the rank's last noun are the rank's, not a body named
// "Police Master". Recall and precision cases in police_ranks_test.go.

// rankGrades are the words that grade a non-commissioned rank before its noun.
var rankGrades = set("master", "senior", "executive", "chief", "staff", "first", "second", "third")

// rankNouns end a graded rank.
var rankNouns = set("sergeant", "corporal")

// policeRankPrefix reports a span toks[i:j] ("Police Master") of "police" and rank grades
// only, right before a capitalised rank noun ("Sergeant").
func policeRankPrefix(toks []token, i, j int, words []string) bool {
	if len(words) < 2 || words[0] != "police" || j >= len(toks) || !isCap(toks[j]) || !rankNouns[toks[j].low] {
		return false
	}
	for _, w := range words[1:] {
		if !rankGrades[w] {
			return false
		}
	}
	return true
}
