package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Ties between two people told by a venture they share or a case they are charged in
// together, in shapes the other pair readers stop at (cases in joint_ties_test.go):
//
//   - a stake or a partnership held with the other: "X is also a partner in a riverside
//     property venture with Thai businessman Y", "X is a co-shareholder with Y in Z", "X is a
//     shareholder, alongside Y, in a Huay Xai hotel";
//   - the possessor's co-accused or co-defendants listed after the noun: "X's co-accused
//     include his former girlfriend, A, and B", "X's co-defendants, A and B, were jailed".
//
// The first person must be the clause's subject (the copula follows the name straight, or
// the comma closing the name's apposition: "whose owner, a businessman named X, is"), no
// other person may stand between (a firm or place in the phrase may), a denial or negation
// ("is not a partner", "denied being") reads no tie, and a rival, lawyer or victim in the
// phrase breaks it. A list of people charged together is no tie by itself (co_conspirators.go);
// only the possessed noun "co-accused" says the case is shared with the possessor.

var (
	// reVentureWith is the gap of "X is (also) a partner in PHRASE with [description] Y".
	reVentureWith = regexp.MustCompile(`^(?:\s*,)?\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+(?:also\s+|now\s+|still\s+)?(?:a|an|the)\s+(?:(?:joint|silent|minority|majority|fellow|equal)\s+)?(?:business\s+)?(?:partner|co-owner|co-shareholder|co-investor|shareholder|investor|stakeholder)\s+(?:in|of)\s+[^,;:()"“”]{2,70}?\s+(?:with|alongside|together\s+with)\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,3}?$`)
	// reCoOwnerWith is the gap of "X is a co-shareholder with Y", "X is a shareholder,
	// alongside Y,".
	reCoOwnerWith = regexp.MustCompile(`^(?:\s*,)?\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+(?:also\s+|now\s+|still\s+)?(?:a|an|the)\s+(?:(?:joint|fellow|equal)\s+)?(?:(?:co-shareholder|co-owner|co-investor|joint\s+owner)\s+with|(?:shareholder|co-owner|investor|partner)\s*,\s*(?:alongside|together\s+with)|(?:shareholder|co-owner|investor|partner)\s+alongside)\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,3}?$`)
	// reSetOffSubject ends the text before a subject whose apposition closes with a comma
	// before the verb: "whose owner, a businessman named X, is ...", "its director, X, is".
	reSetOffSubject = regexp.MustCompile(`(?:,|\bnamed|\bcalled)\s+$`)
	// reVentureBreak is what the phrase may not hold: another clause, a tie of enmity, a
	// lawyer's or a victim's role.
	reVentureBreak = regexp.MustCompile(`\b(?:who|which|that|said|says|told|denied|not|never|rival|rivals|opponent|opponents|lawyer|lawyers|counsel|attorney|victim|victims|lawsuit|suit|dispute|case)\b`)

	// reCoAccusedLead is the gap of "X's co-accused [include|are|,] [his former girlfriend,] "
	// before the first of the list.
	reCoAccusedLead = regexp.MustCompile(`^['’]s\s+(?:(?:two|three|four|five)\s+)?(?:co-accused|co-defendants?|fellow\s+defendants|fellow\s+accused)\s*(?:,|:|\s+(?:include|included|including|are|were|was|is))\s*(?:(?:his|her|their|a|an|the)\s+)?(?:(?:former|then|younger|elder|older|long-time|longtime)\s+)?(?:[a-z-]+\s+)?(?:[a-z-]+)?\s*,?\s*$`)
	// reListLink is what may join list items after the first: ", 31, who ..., and ", " and ".
	reListLink = regexp.MustCompile(`^(?:\s*,\s*\d{1,2})?(?:\s*,\s*[^,;.()]{0,90}?)?\s*,?\s+and\s+(?:(?:his|her|their|a|an|the)\s+)?(?:(?:former|younger|elder|older)\s+)?(?:[a-z-]+\s+)?(?:[a-z-]+)?\s*,?\s*$|^\s*,\s*$`)
)

// jointTiePair reads the shapes above between mentions ms[p] and ms[q].
func jointTiePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if !peoplePair(cands, ents, ms, p, q, 200) || pronounRef(ca) || pronounRef(cb) {
		return
	}
	if possessiveFollows(text, cb.e) || speechFollows(text, cb.e) {
		return // "a partner in the firm with Y's brother", "alongside Y, said ..."
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	if strings.HasPrefix(strings.TrimLeft(gap, " "), ",") && !reSetOffSubject.MatchString(strings.ToLower(text[max(0, ca.s-12):ca.s])) {
		gap = "" // "A met X, is ...": only a name set off as an apposition's end is the subject
	}
	if noPersonBetween(cands, ents, ms, p, q) && len(gap) <= 140 {
		if m := reVentureWith.FindString(gap); m != "" && !reVentureBreak.MatchString(m) {
			add(ca.ent, cb.ent, model.AssociateOf, 0.75)
			return
		}
		if reCoOwnerWith.MatchString(gap) && !reVentureBreak.MatchString(gap) {
			add(ca.ent, cb.ent, model.AssociateOf, 0.75)
			return
		}
	}
	// "X's co-accused include A and B": the first item right after the lead, or a later
	// item joined to the one before it by the list's links.
	if !strings.HasPrefix(gap, "'s") && !strings.HasPrefix(gap, "’s") {
		return
	}
	k := p + 1
	for ; k < q; k++ {
		if c := cands[ms[k]]; c.ent < 0 || ents[c.ent].typ != model.Person || pronounRef(c) {
			return
		}
	}
	first := cands[ms[p+1]]
	if !reCoAccusedLead.MatchString(strings.ToLower(text[ca.e:first.s])) {
		return
	}
	for k := p + 1; k < q; k++ {
		if !reListLink.MatchString(strings.ToLower(text[cands[ms[k]].e:cands[ms[k+1]].s])) {
			return
		}
	}
	add(ca.ent, cb.ent, model.AssociateOf, 0.75)
}
