package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A person's partner named after a description of who the partner is, the possessor a name
// with its "'s". Cases are in possessed_partners_test.go:
//
//   - the partner noun as the subject of a copula: "X's partner is some guy Y in Dubai",
//     "X's partner in the casino is a Chinese boss called Y";
//   - the partner noun set off by a comma before a description that names Y: "X's partner in
//     the venture, an investor from Fujian named Y, holds".
//
// The plain "Y's partner is X" is peer_ties.go's and "his partner, a Thai national named Y"
// pronoun_partners.go's; this reads the descriptions and the "in the venture" those leave
// out. A partner at a law firm, a life or sparring partner, a description that ties Y to a
// third person ("a cousin of Y", "the partner's lawyer, Y") and a name with its own
// possessive after it ("is Y's brother") read nothing.

var (
	// rePossPartnerGap is the gap between the possessor (its "'s" included) and Y.
	rePossPartnerGap = regexp.MustCompile(`^['’]s\s+((?:[a-z-]+\s+){0,2}?)(?:business\s+)?partner(?:\s+in\s+(?:the|a|an|this|that)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+))?` +
		`(?:\s*,\s*(?:a|an)\s+([^,;:()"“”]{1,60}?)\s+(?:named|called|identified\s+as|known\s+as)\s+` +
		`|\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:(?:some|a|an)\s+([^,;:()"“”]{0,50}?)\s*(named\s+|called\s+)?)|(?:one\s+))?)["“]?$`)
	// rePossPartnerBreak is what the modifiers and descriptions may not hold: a clause, a tie
	// to someone else, a professional's or a private partner's word.
	rePossPartnerBreak = regexp.MustCompile(`\b(?:who|whom|whose|which|that|of|and|or|not|never|said|says|told|law|legal|lawyer|counsel|attorney|life|domestic|sparring|dance|tennis|golf|romantic)\b|['’]s\b`)
	// rePossPartnerSpouse is a word of marriage in the rest of the sentence: "a woman named Y,
	// whom he married in 2015" is a wife, not a business partner.
	rePossPartnerSpouse = regexp.MustCompile(`\b(?:married|marry|marries|marrying|wed|wedded|wife|husband|spouse)\b`)
)

// possessedPartnerPair reads the shapes above between the possessor ms[p] and the partner
// ms[q], with no person between them.
func possessedPartnerPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 140 ||
		ents[ca.ent].typ != model.Person || ents[cb.ent].typ != model.Person || pronounRef(ca) || pronounRef(cb) || !noPersonBetween(cands, ents, ms, p, q) {
		return
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	if !strings.HasPrefix(gap, "'s") && !strings.HasPrefix(gap, "’s") {
		return
	}
	m := rePossPartnerGap.FindStringSubmatch(trimNameTitles(gap))
	if m == nil {
		return
	}
	for _, part := range m[1:5] {
		if rePossPartnerBreak.MatchString(part) {
			return
		}
	}
	// A description after the copula that names no one by a noun of its own ("is a cousin")
	// must end in such a noun (peer_ties.go's peerHeads) or hand over with "named"/"called".
	if desc := strings.Fields(m[4]); len(desc) > 0 && m[5] == "" && !peerHeads[desc[len(desc)-1]] {
		return
	}
	// Without "named"/"called" the name must end the clause: in "X's partner is some guy Y
	// met in Dubai" Y opens a clause whose "whom" is left out, and the partner is not Y.
	rest := strings.ToLower(text[cb.e:min(len(text), cb.e+120)])
	if m[3] == "" && m[5] == "" && !rePeerEnd.MatchString(rest) {
		return
	}
	if i := strings.IndexAny(rest, ".;!?"); i >= 0 {
		rest = rest[:i]
	}
	if rePossPartnerSpouse.MatchString(rest) {
		return // "a woman named Y, whom he married in 2015"
	}
	if strings.Contains(gap, ",") && m[3] == "" {
		return // only the described apposition may hold a comma
	}
	if possessiveFollows(text, cb.e) || speechFollows(text, cb.e) {
		return
	}
	add(ca.ent, cb.ent, model.AssociateOf, 0.75)
}
