package extract

import (
	"regexp"
	"strings"
)

// A relative or associate of a named person added after a comma: "Nantaporn Wongchai, and
// her brother, Chatchai Srisuk", "Sok Dara, 52, and his son Sok Vibol". kinship.go reads the
// shape with no comma before "and"; cases are in kin_and_comma_test.go.
//
// The possessive pronoun stands for the name before the comma only when that name is not
// the object of "of" ("the wife of X, and her brother Y": "her" is the wife's) and does not
// end a list ("A, B, and his son C": "his" may be A's).

// reCommaAndKin is the gap of ", and her brother, " or ", 52, and his son ".
var reCommaAndKin = regexp.MustCompile(`^\s*,\s*(?:\d{1,3}\s*,\s*)?and\s+(?:his|her)\s+(?:(?:eldest|youngest|younger|elder|older|late|estranged|business)\s+)?(` + kinWords + `|partner|associate)\s*,?\s*$`)

// reOfBeforeName ends the words before a name that is the object of "of".
var reOfBeforeName = regexp.MustCompile(`\bof\s+(?:the\s+)?(?:[a-z.-]+\s+){0,3}?$`)

// kinAndCommaPair reads the shape above between mentions ms[p] and ms[q] (both people, the
// second right after the first) of one sentence.
func kinAndCommaPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	if q != p+1 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if !peoplePair(cands, ents, ms, p, q, 60) || pronounRef(ca) || pronounRef(cb) {
		return
	}
	m := reCommaAndKin.FindStringSubmatch(trimNameTitles(strings.ToLower(text[ca.e:cb.s])))
	if m == nil || possessiveFollows(text, cb.e) || pairListedBefore(text, cands, ms, p) {
		return
	}
	if reOfBeforeName.MatchString(trimNameTitles(strings.ToLower(text[max(0, ca.s-40):ca.s]))) {
		return
	}
	add(cb.ent, ca.ent, tiePred(m[1]), 0.75)
}
