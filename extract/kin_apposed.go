package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// Kin ties past a short description of the first person. A report gives a person's age or
// home before coordinating a relative ("Ms Suda Wongsa, 41, and her husband Mr Anan Wongsa";
// "Somsak Chaiyo, 60, of Mae Ramat district, and his wife, Mrs. Ratree") or sets off an
// office before a second description joined by "and" ("General X, the commander of Y and a
// cousin of Z"): the possessive and the second description are still the first person's.

// reAgedAndKin is the gap of "X, AGE[, of PLACE], and his/her KIN[,] Y": the age is what
// marks the commas as a description of X, not a list of people.
var reAgedAndKin = regexp.MustCompile(`^\s*,\s*(?:aged\s+)?\d{1,3}\s*,\s*(?:of\s+[^,;]{1,60}?,\s*)?and\s+(?:his|her)\s+(?:[a-z-]+\s+){0,2}?` + tieNounRe() + `\s*,?\s*$`)

// reAgedWhoseKin is the gap of "X, 31, from Can Tho, whose husband, Y": a relative named
// after "whose" once the person's age (and where she is from) are set off.
var reAgedWhoseKin = regexp.MustCompile(`^\s*,\s*(?:aged\s+)?\d{1,3}\s*,\s*(?:(?:of|from)\s+[^,;]{1,60}?,\s*)?whose\s+(?:(?:eldest|youngest|younger|elder|older|late)\s+)?(` + kinWords + `)\s*,\s*$`)

// reApposOpens opens a description set off after a clause's subject: ", the deputy
// commander of", ", a nephew of". A second description joined by "and" after it is the
// subject's too (reCoordTie reads it).
var reApposOpens = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s+(?:of|to|for|at)\s`)

// agedGapNames reports that the mentions between ms[i] and ms[j] are places only (the "of
// PLACE" of the description): no other person or body stands between the two people.
func agedGapNames(cands []candidate, ents []*docEntity, ms []int, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if c := cands[ms[k]]; c.ent < 0 || ents[c.ent].typ != model.Location {
			return false
		}
	}
	return true
}
