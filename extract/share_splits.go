package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Holders of a firm's shares told with the shares as a noun: the owner of a firm's shares,
// and shares split between holders. Each rule reads the words between two names of one
// sentence (trimmedGap: the names between them written as their type) and has recall and
// precision cases in share_splits_test.go:
//
//   - "A is the sole beneficial owner of the shares in B", "A claims to be the owner of 40%
//     of the shares in the second defendant, B": A owns B;
//   - "B's shares are split between A and C", "The shares of B are divided between A, a
//     lawyer, and the Macau firm C": A and C own B.

var (
	// " is the sole beneficial owner of the shares in ", " claims to be the owner of 40% of the
	// shares of the second defendant, ".
	reOwnerOfShares = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+[^,;()]{1,60}?,\s*)?(?:is|was|remains|remained|became|claims\s+to\s+be|claimed\s+to\s+be|was\s+found\s+to\s+be)\s+(?:(?:the|a|an)\s+)?(?:(?:sole|only|true|real|ultimate|beneficial|registered|legal|joint)\s+)*(?:owner|holder)\s+of\s+(?:` + shareQuantity + `\s+of\s+)?(?:the\s+)?(?:issued\s+)?(?:shares|stock|equity|share\s+capital)\s+(?:in|of)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:defendant|respondent|plaintiff|claimant)\s*,\s*)?$`)
	// "'s own shares are split between ", "'s shares are divided equally between A and ":
	// the firm possessed, then the holders (written as their type) up to the one read.
	reSharesSplitPoss = regexp.MustCompile(`^['’]s?\s+(?:own\s+)?` + splitTail)
	// " are split between ": the shares named before the firm ("The shares of B").
	reSharesSplitAfter = regexp.MustCompile(`^\s+` + splitTail[len(`(?:shares|stock|equity|shareholding)\s+`):])
	// "The shares of ", "the issued shares in the ": the subject before the firm.
	reSharesOfOpens = regexp.MustCompile(`(?:^|[.;:!?]["”]?\s+|\n\s*|\bthat\s+)the\s+(?:issued\s+)?(?:shares|stock|equity)\s+(?:of|in)\s+(?:the\s+)?$`)
)

// splitTail is the verb of a split and the holders before the one read.
const splitTail = `(?:shares|stock|equity|shareholding)\s+(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:split|divided|shared)\s+(?:equally\s+)?(?:between|among)\s+(?:the\s+)?(?:(?:person|firm)(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:a|an|the)\s+[^,;()]{1,40}?)?\s*,\s*)*(?:(?:person|firm)(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:a|an|the)\s+[^,;()]{1,40}?)?\s*,?\s+and\s+)?(?:(?:a|an|the)\s+[^,;()]{1,60}?,\s*|(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:national|citizen|businessman|businesswoman|tycoon|investor|firm|company|vehicle)\s+)?$`

// shareSplitPair reads the pair ms[p], ms[q] of one sentence with the rules above and reports
// whether one fired.
func shareSplitPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) bool {
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b, ok := pairEnds(cands, ms, p, q, 200)
	if !ok || possessivePronouns[strings.ToLower(ca.text)] || possessivePronouns[strings.ToLower(cb.text)] || possessedName(text, cb.e) {
		return false
	}
	gap, person, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok {
		return false
	}
	ta, tb := ents[a].typ, ents[b].typ
	// No other party may stand between, but the holders listed before the one read.
	for k := p + 1; k < q; k++ {
		if c := cands[ms[k]]; c.ent != a && c.ent != b && ents[c.ent].typ != model.Location && !agentType(ents[c.ent].typ) {
			return false
		}
	}
	switch {
	case agentType(ta) && tb == model.Company && !person && !strings.Contains(gap, "firm") && !prepositionBefore(text, ca.s) && reOwnerOfShares.MatchString(gap):
		add(a, b, model.Owns, 0.75)
		return true
	case ta == model.Company && agentType(tb) && reSharesSplitPoss.MatchString(gap):
		add(b, a, model.Owns, 0.75)
		return true
	case ta == model.Company && agentType(tb) && reSharesSplitAfter.MatchString(gap):
		before := strings.ToLower(text[max(0, ca.s-40):ca.s])
		if m := reSharesOfOpens.FindStringIndex(before); m != nil && (m[0] > 0 || ca.s <= 40) {
			add(b, a, model.Owns, 0.75)
			return true
		}
	}
	return false
}
