package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A share told as a second post of a person: "Records list X as Y's president and the holder
// of 60 percent of its shares", "X was the president of Y and holder of 40 percent of its
// shares": X owns the firm "its" stands for (shareAntecedent). The person is the subject of
// the copula or the object of "as" that the posts are predicated of; no other person may
// stand between. Recall and precision cases are in holder_of_shares_test.go.

var (
	// reHolderOfIts is the second post: "and the holder of 40 percent of its shares"; group 1
	// is "its".
	reHolderOfIts = regexp.MustCompile(`(?i)\band\s+(?:the\s+)?(?:registered\s+|beneficial\s+|majority\s+)?holder\s+of\s+` + shareQuantity + `\s+of\s+(its)\s+(?:issued\s+|outstanding\s+)?(?:shares|equity|stock|capital)\b`)
	// reHolderOfLead is the gap from the person to the second post: a copula or "as", then
	// the first post of the firm.
	reHolderOfLead = regexp.MustCompile(`^\s*,?\s+(?:as|is|was|has\s+been|had\s+been|remains|remained|became)\s+(?:[^;]{0,120}?\s+)?(?:the\s+)?(?:(?:firm|org)['’]s\s+)?(?:[a-z-]+\s+){0,2}(?:president|director|chairman|chairwoman|chairperson|secretary|treasurer|officer|manager|founder|incorporator)(?:\s+of\s+(?:the\s+)?firm)?\s*$`)
)

// holdersOfShares reads the shape above in each sentence; emit gets the sentence, the
// holder's mention, the firm, the sentence naming the firm and the span read.
func holdersOfShares(text string, sents []sentence, cands, all []candidate, ents []*docEntity, bySent, typedSent map[int][]int, emit func(si, hm, firm, firmSent, s, e int)) {
	for si, st := range sents {
		ms := typedSent[si]
		seg := text[st.s:st.e]
		if len(ms) == 0 || !strings.Contains(strings.ToLower(seg), "holder of") {
			continue
		}
		for _, m := range reHolderOfIts.FindAllStringSubmatchIndex(seg, 2) {
			at, its := st.s+m[0], st.s+m[2]
			firm, fs := shareAntecedent(sents, cands, ents, bySent, si, its)
			if firm < 0 {
				continue
			}
			// The person: the nearest one before the post.
			for i := len(ms) - 1; i >= 0; i-- {
				c := all[ms[i]]
				if c.e > at || c.ent < 0 || ents[c.ent].typ != model.Person {
					continue
				}
				if pronounRef(c) || possessedName(text, c.e) {
					break
				}
				gap, ok := ownGap(text, all, ents, ms, c.e, at)
				if ok && !rePersonSlot.MatchString(gap) && reHolderOfLead.MatchString(gap) {
					emit(si, ms[i], firm, fs, c.s, st.s+m[1])
				}
				break
			}
		}
	}
}
