package extract

import "regexp"

// A hedge that opens the next conjunct after the names ("... was the operations manager at
// Cahaya Timur and allegedly conducted the interviews", "... built the complex and, according
// to former workers, still runs it") is of that conjunct only: the clause that holds the names
// ends at the "and". A hedge before "and" or a closing attribution (", police said.") still
// reaches the names.
var reConjunctHedge = regexp.MustCompile(`(?i)(?:,\s*|\s)and\s*(?:,\s*(?:according\s+to\b|(?:[\w'’.-]+\s+){1,4}(?:said|say|says|claim|claims|claimed|allege|alleges|alleged)\s*,)|(?:allegedly|reportedly|purportedly|supposedly|apparently)\b)`)

// conjunctCut returns where in post (the text after the names) a conjunct opened by a hedge
// begins, or -1.
func conjunctCut(post string) int {
	if loc := reConjunctHedge.FindStringIndex(post); loc != nil {
		return loc[0]
	}
	return -1
}
