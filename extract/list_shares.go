package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// closedPair reports a list of two names joined by ", and" (items ms[p] and ms[q]). With two
// items the comma says the second does not join the first under the words before it: in
// "designated X, who is a director of A, and B" and "sanctioned X, his company A, and B", B is
// another object of the verb, not a second firm X directs or owns.
func closedPair(text string, cands []candidate, ms []int, p, q int) bool {
	if q != p+1 {
		return false
	}
	gap := strings.ToLower(strings.TrimSpace(text[cands[ms[p]].e:cands[ms[q]].s]))
	gap = strings.TrimSuffix(gap, " the")
	return gap == ", and" || gap == ",and"
}

// oneSiteInPlaces reports a place read for a named thing that is not a place, to be shared with
// the other places of a list: "warrants issued by the Criminal Court in A, B and C" does not put
// one court in three towns; the list says where the warrants were served.
func oneSiteInPlaces(pred, subject, other string) bool {
	return pred == model.LocatedIn && subject != model.Location && other == model.Location
}

// reOfficesIn ends the words before a list of places that a firm or body is in, each of them:
// "a recruitment agency with offices in A and B", "has branches in A, B and C".
var reOfficesIn = regexp.MustCompile(`(?i)\b(?:offices|branches|outlets|showrooms)\s+in\s+(?:both\s+)?$`)

// officesIn reports a list of places led by a plural office noun: the firm has an office in
// every place of the list, unlike "the Criminal Court in A, B and C", one court named with where
// its warrants were served.
func officesIn(text string, start int) bool {
	return reOfficesIn.MatchString(text[max(0, start-40):start])
}
