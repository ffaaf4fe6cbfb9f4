package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/internal/sources"
)

// Time after a description's head. "Xu ran the compound day to day" ends the noun phrase at
// "compound": the tagger reads "day" as a noun, which would make "compound day" one noun
// phrase and leave the description unread. A span of time the head is run for is no part of
// what the description names.

// timeTail reports that the tokens after a description's head at hi open a span of time
// ("day to day", "day and night", "around the clock", "round the clock"), a participle of
// time ("developed the zone beginning in 2019", "has run the park starting in March") or a
// time counted back ("sold the company years ago").
func timeTail(toks []token, hi int) bool {
	if hi+2 < len(toks) {
		a, b := toks[hi+1].low, toks[hi+2].low
		if (a == "beginning" || a == "starting") && (timeLeads[b] || monthWords[b] || isYear(b)) {
			return true
		}
		if (a == "years" || a == "months" || a == "decades" || a == "weeks") && (b == "ago" || b == "earlier" || b == "later" || b == "before" || b == "after") {
			return true
		}
	}
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

// timeLeads open the time a participle of time gives: "beginning in 2019", "starting from
// March", "beginning late last year".
var timeLeads = set("in", "on", "from", "around", "about", "early", "late", "last", "this", "that", "with")

// isYear reports a four-digit year: "beginning 2019".
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && sources.IsDigits(w)
}
