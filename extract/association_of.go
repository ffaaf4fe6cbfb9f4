package extract

// associationHeads name bodies of members that take the field or trade they gather after
// "of" ("Chamber of Commerce and Industry", "Federation of Thai Industries").
var associationHeads = set("chamber", "chambers", "federation", "confederation", "association", "council", "union", "league", "guild")

// associationOf reports a name whose head before its first "of" is a members' body: the
// words after it may end like a firm's ("Industry", "Industries") but name the trade
// its members share, not the body's own business.
func associationOf(words []string) bool {
	for k, w := range words {
		if w == "of" {
			return k > 0 && associationHeads[words[k-1]]
		}
	}
	return false
}
