package extract

import "strings"

// possessedOwnerVoid reports that a site's owner named through its possessive ("S's owner,
// X,") is no current owner the sentence states: the words after the name (end) tell a sale or
// an end ("X, sold it to Y in 2021", "X, who sold it in 2019"; ownershipEnded), or the
// sentence is a question ("Who is S's owner, X, or Y?").
func possessedOwnerVoid(text string, end int) bool {
	if ownershipEnded(text, end) {
		return true
	}
	rest := text[end:min(len(text), end+200)]
	q := strings.IndexAny(rest, "?")
	if q < 0 {
		return false
	}
	for i := 0; i < q; i++ {
		// A full stop before the question mark ends the sentence first; one inside an
		// abbreviation ("Co., Ltd.,") is followed by a comma or a lower-case word.
		if rest[i] == '.' || rest[i] == '!' {
			if i+2 < len(rest) && rest[i+1] == ' ' && rest[i+2] >= 'A' && rest[i+2] <= 'Z' || rest[i] == '!' {
				return false
			}
		}
	}
	return true
}
