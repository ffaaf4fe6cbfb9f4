package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Freezes of accounts told with the body that froze them:
//
//	China's Ministry of Public Security froze the accounts of Wanfu Technology and of
//	Zheng Lifeng, the man who runs it.
//	The Commercial Crime Investigation Department (CCID) of the Royal Malaysia Police froze
//	the accounts of Seri Mutiara Ventures Sdn Bhd, an investment holding company in Kuala
//	Lumpur, and of Everbright Pacific Holdings Ltd, which is incorporated in Labuan.
//
// reSanctVerb takes "froze the accounts of" (and "assets", "funds") as a sanctioning verb;
// the helpers here add what the list reader does not know: an owner repeated with "and of"
// after a description of the first ("A, a holding company, and of B"), and a unit named
// before its parent body ("the CCID of the Royal Malaysia Police froze"), which is the body
// that froze, not its parent.

// reAndOfItem opens a further owner of what a freeze took: ", and of ", " and of the ".
var reAndOfItem = regexp.MustCompile(`(?i)(?:,\s*|\s+)and\s+of\s+(?:the\s+)?$`)

// reAndOfTail is the "and of" itself, after the words between two owners.
var reAndOfTail = regexp.MustCompile(`(?i)\s*\band\s+of\s+(?:the\s+)?$`)

// reUnitOfParent is the gap between a unit and the parent body named after it: " (CCID) of
// the ".
var reUnitOfParent = regexp.MustCompile(`^\)?\s*(?:\([^()]{1,20}\)\s*)?of\s+(?:the\s+)?$`)

// freezeOfVerb reports a sanctioning verb that ends with "of": a freeze of what parties own.
func freezeOfVerb(verb string) bool {
	v := strings.ToLower(strings.TrimSpace(verb))
	return strings.HasPrefix(v, "froze") || strings.Contains(v, " froze ")
}

// andOfItems returns the mentions (of ms, after from and before end) that an "and of" joins
// to the owners a freeze names (named): people and firms, who hold accounts; a body named
// there is more often the one that asked for the freeze. An "and of" counts only right after
// an owner the freeze named, or after that owner and a description set off by commas ("A, a
// holding company, and of B"); after any other name ("three employees of A and of B"), or in
// a new clause (", and a court heard relatives of A and of B", "whose director is a relative
// of A and of B"), it joins owners of something else.
func andOfItems(text string, from, end int, cands []candidate, ents []*docEntity, ms []int, named []int) []int {
	isNamed := make(map[int]bool, len(named))
	for _, n := range named {
		isNamed[n] = true
	}
	var out []int
	anchor := -1 // the end of the last owner named
	for _, m := range ms {
		c := cands[m]
		if c.s < from || c.e > end {
			continue
		}
		if isNamed[m] {
			anchor = c.e
			continue
		}
		if anchor < 0 || c.ent < 0 || c.s <= anchor || (ents[c.ent].typ != model.Person && ents[c.ent].typ != model.Company) {
			continue
		}
		if gap := text[anchor:c.s]; reAndOfItem.MatchString(gap) && commaDescribed(reAndOfTail.ReplaceAllString(gap, "")) {
			out = append(out, m)
			anchor = c.e
		}
	}
	return out
}

// reNewClause is what ends a description and opens a clause of its own: ", and a court",
// "whose", "; ".
var reNewClause = regexp.MustCompile(`(?i)[;:]|,\s*(?:and|but|while|as|then)\s|\bwhose\b`)

// commaDescribed reports the words between an owner and the "and of" after it as nothing, or
// as a description set off by commas (", an investment holding company in Kuala Lumpur,").
func commaDescribed(gap string) bool {
	g := strings.TrimSpace(gap)
	if g == "" || g == "," {
		return true
	}
	return strings.HasPrefix(g, ",") && strings.HasSuffix(g, ",") && !reNewClause.MatchString(g[:len(g)-1]+" ")
}

// unitBeforeParent returns the entity of the unit named right before a parent body (ms[i]),
// or -1: "the Commercial Crime Investigation Department (CCID) of the Royal Malaysia Police".
func unitBeforeParent(text string, cands []candidate, ents []*docEntity, ms []int, i int) int {
	if i == 0 {
		return -1
	}
	u, p := cands[ms[i-1]], cands[ms[i]]
	if u.ent < 0 || u.ent == p.ent || u.e > p.s || ents[u.ent].typ != model.Organization || !reUnitOfParent.MatchString(text[u.e:p.s]) {
		return -1
	}
	return u.ent
}

// reFreezeBasis opens what a freeze was made under, after its owners: ", under the
// Anti-Money Laundering Act", "pursuant to an order". Names after it own nothing frozen.
var reFreezeBasis = regexp.MustCompile(`(?i)\b(?:under|pursuant\s+to|in\s+connection\s+with|following|after|at\s+the\s+request\s+of|on\s+(?:the\s+)?orders?\s+of)\b`)

// beforeBasis keeps the items that stand before the basis of the freeze. The basis is found
// once, so a long list costs one read of the sentence.
func beforeBasis(text string, from int, cands []candidate, items []int) []int {
	end := from
	for _, it := range items {
		end = max(end, cands[it].s)
	}
	basis := len(text)
	if loc := reFreezeBasis.FindStringIndex(text[from:end]); loc != nil {
		basis = from + loc[1]
	}
	var out []int
	for _, it := range items {
		if s := cands[it].s; s > from && s >= basis {
			continue
		}
		out = append(out, it)
	}
	return out
}
