package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Shares given as a list after a lead-in: "Records list three shareholders in Nam Co.:" or
// "51 percent of Siam Co. is registered in the names of two Thai nationals:", then one holder
// an item, each with its share: "Mr. A, a council member, holding 26 percent;", "Lao
// businesswoman B, with 25 percent;", "C Limited, a nominee firm holding the remaining 20
// percent." Each holder owns the firm the lead-in names. listedPosts (holdings.go) reads the
// posts of such items; this reads the shares told with "with" or "holding", the holders
// that are firms, and holders named after a short description. Cases in share_lists_test.go.

var (
	// The second lead-in: "51 percent of X is registered in the names of two nationals:",
	// read on the words after the firm.
	reShareLeadAfter = regexp.MustCompile(`(?i)^\s+(?:is|are|was|were)\s+(?:(?:also|now|still)\s+)?(?:held|registered|owned|split|divided)\s+(?:by|in\s+the\s+names?\s+of|under\s+the\s+names?\s+of|among|between)\b[^:;.]{0,60}:\s*$`)
	// The share an item states.
	reItemShare = regexp.MustCompile(`(?i)(?:\b(?:with|holding|holds|held|owning|owns|owned)\s+(?:a\s+|an\s+)?(?:(?:the\s+)?(?:remaining|other)\s+)?\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)|\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s*(?:stake|share|shareholding|of\s+the\s+shares)?\s*[;.]?\s*$)`)
	// What may stand before an item's holder: "Mr.", "Lao businesswoman", "Chinese national".
	reItemLead = regexp.MustCompile(`^(?:(?:mr|ms|mrs|dr|madam)\.?|(?:[a-z-]+\s+)?(?:businessman|businesswoman|national|investor|tycoon|citizen))$`)
)

// shareLists calls emit with the item's sentence, the holder, the firm and the lead-in's
// sentence for each holder listed with a share after a lead-in.
func shareLists(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, holder, firm, lead int)) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) == 0 || !strings.HasSuffix(strings.TrimSpace(text[st.s:st.e]), ":") {
			continue
		}
		firm := -1
		last := cands[ms[len(ms)-1]]
		if last.ent >= 0 && ents[last.ent].typ == model.Company && strings.TrimSpace(text[last.e:st.e]) == ":" && reListLeadIn.MatchString(text[st.s:last.s]) {
			firm = last.ent
		}
		for _, m := range ms {
			c := cands[m]
			if firm < 0 && c.ent >= 0 && ents[c.ent].typ == model.Company && reShareOfBefore.MatchString(text[max(st.s, c.s-40):c.s]) && reShareLeadAfter.MatchString(text[c.e:st.e]) {
				firm = c.ent
			}
		}
		if firm < 0 {
			continue
		}
		for k := si + 1; k < len(sents) && k <= si+maxListItems; k++ {
			ims := bySent[k]
			if len(ims) == 0 {
				break
			}
			first := cands[ims[0]]
			if first.ent < 0 || first.ent == firm {
				break
			}
			if t := ents[first.ent].typ; t != model.Person && t != model.Company {
				break
			}
			if lead := strings.ToLower(strings.TrimSpace(text[sents[k].s:first.s])); lead != "" && !reItemLead.MatchString(lead) {
				break
			}
			if reItemShare.MatchString(text[first.e:sents[k].e]) {
				emit(k, first.ent, firm, si)
			}
		}
	}
}
