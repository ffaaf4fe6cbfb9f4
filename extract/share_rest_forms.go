package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// More shapes of the rest of a firm's shares (share_refs.go), each written by more than one
// hand in the development sets:
//   - "the other half was held by X" after "A held half of its shares";
//   - a share spelled in words opening the sentence before: "Seventy percent of Y is owned
//     by A. The remaining 30 percent ...";
//   - "belonged until recently to X": the holder, with a time between verb and "to";
//   - a holder described before its name by a nationality ("belongs to Chinese national X")
//     or by a possessive in lower case ("held by the accused's uncle, X");
//   - the bare remainder, "A holds 49 percent of Y, while B holds the rest", "with B owning
//     the remainder", and its holder in a relative clause ("B, who holds the remaining 49
//     percent"). A bare remainder is of a firm only when the share before it is "of" or "in"
//     that firm: after "A holds a stake in it, with B owning the remainder" the one firm
//     named may be A itself.

// bareRest reports a remainder with no share word: "the rest", "the remainder".
func bareRest(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) == 2 && (f[1] == "rest" || f[1] == "remainder")
}

// reRestLowPossessor is a possessive description in lower case before the holder: "the
// accused's uncle, ", "the founder's wife ".
var reRestLowPossessor = regexp.MustCompile(`^\s*(?:the\s+)?[a-z-]+['’]s\s+(?:[a-z-]+\s+){0,2}?[a-z-]+,?\s*$`)

// restHolderGap reports that the words between a remainder's verb and a name may describe
// that name as the holder (reRestHolderGap), also after a leading nationality ("Chinese
// national ", "Thai businessman ") or as a lower-case possessive ("the accused's uncle, ").
func restHolderGap(gap string) bool {
	if reRestHolderGap.MatchString(gap) || reRestLowPossessor.MatchString(gap) {
		return true
	}
	f := strings.Fields(gap)
	if len(f) >= 2 && nationalities[strings.ToLower(f[0])] && isCapWord(f[0]) {
		rest := strings.TrimLeft(gap, " ")[len(f[0]):]
		return reRestHolderGap.MatchString(rest)
	}
	return false
}

// isCapWord reports a word written with a capital first letter.
func isCapWord(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// reSharePassive is a firm's share given in the passive: "is 70 percent owned by", "a
// company that is in turn 60% held by".
var reSharePassive = regexp.MustCompile(`(?i)\d\s*(?:%|percent|per\s+cent)\s+(?:owned|held|controlled)\s+by\b`)

// passiveShareFirm returns the mention of the firm whose share a passive states in sentence
// sj ("Bay Lotus Ltd., a company that is in turn 70 percent owned by Meridian Star"): the
// last company named before the first such phrase, or -1. end bounds the sentence read.
func passiveShareFirm(text string, sents []sentence, all []candidate, ents []*docEntity, ms []int, sj, end int) int {
	loc := reSharePassive.FindStringIndex(text[sents[sj].s:end])
	if loc == nil {
		return -1
	}
	at := sents[sj].s + loc[0]
	firm := -1
	for _, mi := range ms {
		c := all[mi]
		if c.ent < 0 || c.e > at {
			continue
		}
		if ents[c.ent].typ == model.Company {
			firm = mi
		}
	}
	return firm
}
