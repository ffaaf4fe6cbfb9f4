package extract

import "regexp"

// reOfList is a list of what a site holds, after "of" in its description: "of casinos,
// dormitories and office blocks", "of hotels, flats, or shops". Its commas would end the
// description for the apposition readers, which take words without commas.
var reOfList = regexp.MustCompile(`\bof\s+((?:[a-z0-9'’-]+\s+){0,2}?[a-z0-9'’-]+),\s+(?:(?:[a-z0-9'’-]+\s+){0,2}?[a-z0-9'’-]+,\s+){0,5}(?:[a-z0-9'’-]+\s+){0,2}?[a-z0-9'’-]+,?\s+(and|or)\s+`)

// ofList folds such a list to its first and last items ("of casinos and office blocks"), so
// "X, a gated complex of casinos, dormitories and office blocks on the edge of Y" reads as the
// one description it is. Lists elsewhere (between names, or of clauses) are left alone: the
// list must follow "of" and hold only lower-case words.
func ofList(gap string) string {
	if !reOfList.MatchString(gap) {
		return gap
	}
	return reOfList.ReplaceAllString(gap, "of $1 $2 ")
}
