package extract

import (
	"regexp"
	"strings"
)

// A post told of a body that the named one only owns or deals with: "an employee of the Royal
// Thai Police's partner agency", "the chairman of Golden Bay Group's main supplier", "a
// director of Golden Bay Group's subsidiary, Lucky Star". The post is in that other body; the
// named one is its owner, partner or client, and gets no DIRECTS or EMPLOYED_BY. A unit or
// part of the body ("the DKBA's 5th Brigade", "the group's board") is not another body.

// reOtherBodyAfter is a possessive right after the body's name whose head is another
// organisation: "'s partner agency", "'s main supplier", "'s parent company".
var reOtherBodyAfter = regexp.MustCompile(`^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:subsidiary|subsidiaries|affiliate|affiliates|suppliers?|contractors?|subcontractors?|clients?|customers?|vendors?|rivals?|competitors?|partner\s+(?:agency|agencies|firms?|compan(?:y|ies)|banks?|organi[sz]ations?)|agency|agencies|firm|compan(?:y|ies)|bank|parent|joint\s+venture|auditors?|landlord|tenants?)\b`)

// postOfAnotherBody reports that the body b of a post, named by the mention that ends the
// pair's span at me, is only the possessor of another organisation named after it.
func postOfAnotherBody(text string, all []candidate, sent []int, b, me int) bool {
	if me < 0 || me >= len(text) || !reOtherBodyAfter.MatchString(strings.ToLower(text[me:min(len(text), me+60)])) {
		return false
	}
	for _, k := range sent {
		if all[k].ent == b && all[k].e == me {
			return true
		}
	}
	return false
}
