package extract

// Time after a description's head. "Xu ran the compound day to day" ends the noun phrase at
// "compound": the tagger reads "day" as a noun, which would make "compound day" one noun
// phrase and leave the description unread. A span of time the head is run for is no part of
// what the description names.

// timeTail reports that the tokens after a description's head at hi open a span of time
// ("day to day", "day and night", "around the clock", "round the clock").
func timeTail(toks []token, hi int) bool {
	if hi+3 >= len(toks) {
		return false
	}
	a, b, c := toks[hi+1].low, toks[hi+2].low, toks[hi+3].low
	switch {
	case a == "day" && (b == "to" || b == "and") && (c == "day" || c == "night"):
		return true
	case (a == "around" || a == "round") && b == "the" && c == "clock":
		return true
	}
	return false
}
