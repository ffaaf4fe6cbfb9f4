package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A firm named as another's shareholder through a possessive. "Blue Dragon Co., Ltd. was
// registered in 2019. Its sole shareholder is Sanhe Holdings Ltd." and "Sanhe Holdings Ltd is
// its sole shareholder" make Sanhe the owner, as they do a person: the possessor ("its", "the
// company's", "Blue Dragon's") is what is owned, the firm after the copula holds it.

// holderMods are the words allowed before the holder noun.
const holderMods = `(?:(?:sole|only|largest|biggest|main|majority|controlling|principal|ultimate|registered|single|beneficial|new|current|former|direct|immediate)\s+)*`

// holderNouns are the nouns of holding a firm or a site.
const holderNouns = `(?:shareholder|stockholder|owner|parent\s+company|parent\s+firm|holding\s+company)`

var (
	// reHolderIs is the gap from the possessor to the holder: "'s sole shareholder is ".
	reHolderIs = regexp.MustCompile(`^(?:['’]s)?\s+` + holderMods + holderNouns + `\s+(?:is|was|has\s+been|remains|remained|became)\s+(?:the\s+)?$`)
	// reIsHolder is the gap from the holder to the possessor: " is ", " has been ".
	reIsHolder = regexp.MustCompile(`^\s*,?\s*(?:is|was|has\s+been|remains|remained|became)\s+(?:also\s+|now\s+|still\s+)?$`)
	// reHolderAfter follows the possessor in the second shape: "'s sole shareholder".
	reHolderAfter = regexp.MustCompile(`^(?:['’]s)?\s+` + holderMods + holderNouns + `\b`)
)

// firmHolderPair reads the two shapes above for a holder that is a company; a person holder is
// read by the post rules.
func firmHolderPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	if q != p+1 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b, ok := pairEnds(cands, ms, p, q, 80)
	if !ok {
		return
	}
	held := func(t string) bool { return t == model.Company || t == model.Compound }
	possessor := func(c candidate) bool {
		// "its" stands for the possessor itself; a name or description must carry "'s".
		return strings.EqualFold(c.text, "its") || strings.HasPrefix(text[c.e:], "'s ") || strings.HasPrefix(text[c.e:], "’s ")
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	switch {
	case held(ents[a].typ) && ents[b].typ == model.Company && possessor(ca) && reHolderIs.MatchString(gap):
		add(b, a, model.Owns, 0.8)
	case ents[a].typ == model.Company && held(ents[b].typ) && possessor(cb) && reIsHolder.MatchString(gap) &&
		reHolderAfter.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+60)])):
		add(a, b, model.Owns, 0.8)
	}
}
