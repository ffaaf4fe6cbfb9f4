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
//
// The share may be told by a verb coordinated with the post: "X was the sole director of Y,
// a company incorporated in Singapore, and held half of its shares", "X is vice chairman of
// Y and holds a 20 percent stake in the firm": "its", "the firm" and "the company" stand for
// the firm of the post.

var (
	// reHolderOfIts is the second post: "and the holder of 40 percent of its shares"; group 1
	// is "its".
	reHolderOfIts = regexp.MustCompile(`(?i)\band\s+(?:the\s+)?(?:registered\s+|beneficial\s+|majority\s+)?holder\s+of\s+` + shareQuantity + `\s+of\s+(its)\s+(?:issued\s+|outstanding\s+)?(?:shares|equity|stock|capital)\b`)
	// reHolderOfLead is the gap from the person to the second post: a copula or "as", then
	// the first post of the firm.
	reHolderOfLead = regexp.MustCompile(`^\s*,?\s+(?:as|is|was|has\s+been|had\s+been|remains|remained|became)\s+(?:[^;]{0,120}?\s+)?(?:the\s+)?(?:(?:firm|org)['’]s\s+)?(?:[a-z-]+\s+){0,2}(?:president|director|chairman|chairwoman|chairperson|secretary|treasurer|officer|manager|founder|incorporator)(?:\s+of\s+(?:the\s+)?firm)?\s*$`)
	// reHeldIts is the coordinated verb and its share: "and held half of its shares", "and
	// holds a 20 percent stake in the firm"; group 1 is the word that stands for the firm.
	reHeldIts = regexp.MustCompile(`(?i)\band\s+(?:also\s+|still\s+|now\s+|jointly\s+)?(?:holds|held|owns|owned)\s+(?:` + shareQuantity + `\s+of\s+(its|the\s+(?:company|firm)['’]s)\s+(?:issued\s+|outstanding\s+|registered\s+)?(?:shares|equity|stock|capital)\b|(?:a|an)\s+\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+(?:stake|interest|shareholding)\s+in\s+(?:(it)\b|(the)\s+(?:company|firm)\b(?:\s*[,;.]|\s*$|\s+(?:and|according|since|as|through|via|on)\b)))`)
	// reHeldLead is the gap from the person to the coordinated verb: an aside about the
	// person, the copula, the post and the firm with its own description.
	reHeldLead = regexp.MustCompile(`^\s*(?:,\s*[^;]{1,120}?,)?\s*(?:(?:at\s+all\s+material\s+times|at\s+the\s+time)\s*,?\s*)?(?:is|was|has\s+been|had\s+been|remains|remained|became|serves\s+as|served\s+as)\s+(?:also\s+|still\s+|now\s+)?(?:(?:the|a|an|one\s+of\s+(?:the\s+)?(?:two|three|four|five)?)\s+)?(?:[a-z-]+\s+){0,2}?(?:president|directors?|chairman|chairwoman|chairperson|secretary|treasurer|officer|manager|founder|co-founder|incorporator)\s+of\s+(?:the\s+)?firm(?:\s*\([^()]{1,60}\))?(?:\s*,\s*(?:a|an)\s+[^;]{1,120}?)?\s*,?\s*$`)
)

// holdersOfShares reads the shape above in each sentence; emit gets the sentence, the
// holder's mention, the firm, the sentence naming the firm and the span read.
func holdersOfShares(text string, sents []sentence, cands, all []candidate, ents []*docEntity, bySent, typedSent map[int][]int, emit func(si, hm, firm, firmSent, s, e int)) {
	for si, st := range sents {
		ms := typedSent[si]
		seg := text[st.s:st.e]
		if len(ms) == 0 {
			continue
		}
		heldShares(text, all, ents, ms, si, st, seg, emit)
		if !strings.Contains(strings.ToLower(seg), "holder of") {
			continue
		}
		for _, m := range reHolderOfIts.FindAllStringSubmatchIndex(seg, 2) {
			at, its := st.s+m[0], st.s+m[2]
			firm, fs := shareAntecedent(text, sents, cands, ents, bySent, si, its)
			if firm < 0 {
				continue
			}
			if i, gap := nearestHolder(text, all, ents, ms, at); i >= 0 && reHolderOfLead.MatchString(gap) {
				emit(si, ms[i], firm, fs, all[ms[i]].s, st.s+m[1])
			}
		}
	}
}

// heldShares reads the coordinated verb of a share (reHeldIts) in sentence si. The firm is
// the one named after the post in the gap from the person to the verb, and the only one there.
func heldShares(text string, all []candidate, ents []*docEntity, ms []int, si int, st sentence, seg string, emit func(si, hm, firm, firmSent, s, e int)) {
	low := strings.ToLower(seg)
	if !mentionsAny(low, "and holds", "and held", "and owns", "and owned", "and also", "and still", "and now", "and jointly") {
		return
	}
	for _, m := range reHeldIts.FindAllStringSubmatchIndex(seg, 2) {
		at := st.s + m[0]
		i, gap := nearestHolder(text, all, ents, ms, at)
		if i < 0 || !reHeldLead.MatchString(gap) {
			continue
		}
		c := all[ms[i]]
		firm := -1
		for _, mj := range ms[i+1:] {
			if f := all[mj]; f.s >= c.e && f.e <= at && f.ent >= 0 && ents[f.ent].typ == model.Company {
				if firm >= 0 && firm != f.ent {
					firm = -2 // two firms: the share's is not told
				} else if firm != -2 {
					firm = f.ent
				}
			}
		}
		if firm >= 0 {
			emit(si, ms[i], firm, si, c.s, st.s+m[1])
		}
	}
}

// nearestHolder is the person nearest before at (an index into ms) and the gap from that
// person to at; -1 when that person is a pronoun or a possessor, or the gap holds another
// clause or a person's slot.
func nearestHolder(text string, all []candidate, ents []*docEntity, ms []int, at int) (int, string) {
	for i := len(ms) - 1; i >= 0; i-- {
		c := all[ms[i]]
		if c.e > at || c.ent < 0 || ents[c.ent].typ != model.Person {
			continue
		}
		if pronounRef(c) || possessedName(text, c.e) {
			return -1, ""
		}
		gap, ok := ownGap(text, all, ents, ms, c.e, at)
		if !ok || rePersonSlot.MatchString(gap) {
			return -1, ""
		}
		return i, gap
	}
	return -1, ""
}
