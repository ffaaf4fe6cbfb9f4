package extract

import "regexp"

// A hedge word that modifies a noun after the names ("arresting 19 alleged supervisors", "raided
// last year as a suspected scam centre", "the accused recruiters", "detained 771 people suspected
// of fraud") hedges what that noun names, not the relation the sentence states before it. The word is blanked in the text after the
// names; before them ("the alleged boss of X, Y") it still hedges.
var reNounHedge = regexp.MustCompile(`(?i)\b(?:a|an|the|its|his|her|their|some|several|many|dozens\s+of|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundreds\s+of|other|more)\s+(alleged|suspected|accused|purported)\s+[a-z][a-z-]+\b` +
	`|\b(?:people|persons|men|women|workers|foreigners|nationals|citizens|individuals|others|staff|employees)\s+(suspected|accused)\s+(?:of|in)\b`)

// maskNounHedges blanks the hedge words of reNounHedge in post, keeping every offset; a word
// followed by one of reVerbAfter's words ("the suspected of", "the alleged to") is a verb, not
// a modifier.
func maskNounHedges(post string) string {
	if !mayHoldFold(post, "alleged", "suspected", "accused", "purported") { // every match holds one (grade_segments.go)
		return post
	}
	return blankNounHedges(post, reNounHedge.FindAllStringSubmatchIndex(post, -1))
}

// blankNounHedges blanks the hedge words of reNounHedge's matches locs in post.
func blankNounHedges(post string, locs [][]int) string {
	if len(locs) == 0 {
		return post
	}
	b := []byte(post)
	for _, l := range locs {
		if l[4] >= 0 {
			// "771 people suspected of fraud": a reduced relative clause on the people.
			blank(b, l[4], l[5])
			continue
		}
		if reVerbAfter.MatchString(lastWord(post[l[0]:l[1]])) {
			continue
		}
		blank(b, l[2], l[3])
	}
	return string(b)
}

// blank writes spaces over b[s:e].
func blank(b []byte, s, e int) {
	for i := s; i < e; i++ {
		b[i] = ' '
	}
}

// reVerbAfter is the word after a hedge that makes it a verb, not a noun's modifier.
var reVerbAfter = regexp.MustCompile(`^(?:of|to|by|that|in|as|and|or)$`)
