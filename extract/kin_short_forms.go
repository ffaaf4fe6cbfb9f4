package extract

import (
	"regexp"
	"slices"

	"github.com/scamgraph/scamgraph/model"
)

// "The group's chairman, Zhou Minghui, ... His son, Zhou Jiale, serves as vice chairman. Zhou
// and his company were designated ..." A person the text brings in as another's kin ("his
// son, X", "the senator's daughter, X") shares that person's surname by birth, not by how the
// writer names them: a bare surname after both stays on the person named with it first, not
// the kin named nearest. Without an earlier namesake, or with two, the nearest reading stands.

// reKinIntro matches a kin noun set before a name as its introduction, at the end of the
// text before the name: "His son, ", "the senator's eldest daughter ".
var reKinIntro = regexp.MustCompile(`(?i)\b(?:his|her|their|[a-z]+['’]s)\s+(?:(?:eldest|youngest|younger|elder|older)\s+)?(?:son|daughter|wife|husband|brother|sister|nephew|niece|son-in-law|daughter-in-law|brother-in-law|sister-in-law)\s*,?\s*$`)

// kinShortForm returns the person a bare surname (mention i) stands for when shortFormTarget
// chose target, a person introduced as someone's kin: the one other person sharing the
// surname named before target was, else target.
func kinShortForm(text string, ents []*docEntity, cands []candidate, i, target int) int {
	if target < 0 || ents[target].typ != model.Person {
		return target
	}
	first := firstMention(cands, ents[target])
	if first < 0 || !reKinIntro.MatchString(text[max(0, cands[first].s-40):cands[first].s]) {
		return target
	}
	word := NameKey(cands[i].text)
	other := -1
	for k, e := range ents {
		if k == target || e.typ != model.Person || len(e.parts) < 2 || !hasPart(e, word) {
			continue
		}
		if f := firstMention(cands, e); f < 0 || cands[f].s >= cands[first].s || cands[f].s > cands[i].s {
			continue
		}
		if other >= 0 {
			return target // two earlier namesakes: the nearest reading stands
		}
		other = k
	}
	if other < 0 {
		return target
	}
	return other
}

// firstMention returns the candidate index of an entity's earliest mention, or -1.
func firstMention(cands []candidate, e *docEntity) int {
	best := -1
	for _, ci := range e.cands {
		if best < 0 || cands[ci].s < cands[best].s {
			best = ci
		}
	}
	return best
}

// hasPart reports that word is one of a person's name parts.
func hasPart(e *docEntity, word string) bool { return slices.Contains(e.parts, word) }
