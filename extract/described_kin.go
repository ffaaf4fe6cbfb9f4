package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A relative or partner named only after a description of who they are, the possessor a
// possessive pronoun or a name with its "'s": "his brother-in-law, a Chinese named Y", "his
// son-in-law, a Chinese man called Y", "his partner is a Chinese boss called Y". The other
// kin readers take the name right after the kin noun or after "a Thai national named"; a
// description with a bare nationality or a trade word of its own left the tie unread.
// Cases are in described_kin_test.go.
//
// The description may not tie Y to a third person ("a cousin of Z named Y", "his partner's
// driver, a man called Y"), nor hold a clause ("a man who they say is called Y"); a name
// followed by its own possessive or by a verb of speech reads nothing, and so does a partner
// at a law firm or in life.

var (
	// reDescribedKinGap is the gap between the possessor (a pronoun, or a name with "'s") and
	// Y: the kin or partner noun, a comma or a copula, an indefinite description and
	// "named"/"called". Group 1 is the noun, group 2 the description.
	reDescribedKinGap = regexp.MustCompile(`^(?:['’]s)?\s+(?:(?:eldest|youngest|younger|elder|older|late|business|local|chinese|thai)\s+)?(` +
		kinWords + `|partner)(?:\s*,\s*|\s+(?:is|was)\s+(?:(?:apparently|reportedly|allegedly|also)\s+)?)(?:a|an)\s+([a-z][a-z' -]{0,50}?)\s+(?:named|called)\s+["“]?$`)
	// reDescribedKinBreak is what the description may not hold: a clause, a tie to someone
	// else, a professional's or a private partner's word.
	reDescribedKinBreak = regexp.MustCompile(`\b(?:who|whom|whose|which|that|of|and|or|not|never|said|says|told|law|legal|lawyer|counsel|attorney|life|domestic|sparring|dance|tennis|golf|romantic|former|ex)\b|['’]s\b`)
)

// describedKinPair returns the index in ms of the person named after "his brother-in-law, a
// Chinese named" when the possessor is ms[i], with the predicate, or 0.
func describedKinPair(text string, cands []candidate, ents []*docEntity, ms []int, i int) (int, string) {
	ca := cands[ms[i]]
	if ca.ent < 0 || ents[ca.ent].typ != model.Person {
		return 0, ""
	}
	if pronounRef(ca) {
		if w := strings.ToLower(ca.text); w != "his" && w != "her" {
			return 0, ""
		}
	} else if r := text[ca.e:min(len(text), ca.e+4)]; !strings.HasPrefix(r, "'s") && !strings.HasPrefix(r, "’s") {
		return 0, ""
	}
	// The first person after the possessor, past named places or bodies ("a colonel of the
	// Lao army called Y").
	k := i + 1
	for k < len(ms) && cands[ms[k]].s-ca.e <= 120 && cands[ms[k]].ent >= 0 && ents[cands[ms[k]].ent].typ != model.Person {
		k++
	}
	if k >= len(ms) {
		return 0, ""
	}
	cb := cands[ms[k]]
	if cb.ent < 0 || cb.ent == ca.ent || pronounRef(cb) || cb.s < ca.e || cb.s-ca.e > 120 {
		return 0, ""
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	m := reDescribedKinGap.FindStringSubmatch(trimNameTitles(gap))
	if m == nil || reDescribedKinBreak.MatchString(m[2]) {
		return 0, ""
	}
	if possessiveFollows(text, cb.e) || speechFollows(text, cb.e) {
		return 0, ""
	}
	pred := tiePred(m[1])
	if pred == model.AssociateOf {
		rest := strings.ToLower(text[cb.e:min(len(text), cb.e+120)])
		if j := strings.IndexAny(rest, ".;!?"); j >= 0 {
			rest = rest[:j]
		}
		if rePossPartnerSpouse.MatchString(rest) {
			return 0, "" // "a woman called Y, whom he married": a wife, not a partner
		}
	}
	return k, pred
}

// describedNameLead returns the token after "a Chinese man called" that opens an apposition
// or a copula's complement at token j ("his son-in-law, a Chinese man called Liu Jun"), or 0
// when no such description stands there: an article, at most five lower-case words or
// nationalities, and "named" or "called".
func describedNameLead(toks []token, j int) int {
	if j >= len(toks) || toks[j].low != "a" && toks[j].low != "an" {
		return 0
	}
	for i := j + 1; i < len(toks) && i <= j+6; i++ {
		t := toks[i]
		if t.kind != tokWord || isCap(t) && !nationalities[t.low] {
			return 0
		}
		if i > j+1 && (t.low == "named" || t.low == "called") {
			i++
			if i < len(toks) && (toks[i].text == `"` || toks[i].text == "“") {
				i++
			}
			if i+1 >= len(toks) {
				return 0
			}
			return i
		}
		if reDescribedKinBreak.MatchString(t.low) {
			return 0
		}
	}
	return 0
}

// crowdedPronoun reports a possessive pronoun at ms[i] that more than one named person
// could stand for ("Chen Hao met Lim Bo in Bangkok. His partner, a Chinese named Liu Jun"):
// the persons named in the sentence before (prev) and in this one before the pronoun.
func crowdedPronoun(cands []candidate, ents []*docEntity, prev, ms []int, i int) bool {
	if !pronounRef(cands[ms[i]]) {
		return false
	}
	first := -1
	named := func(m int) bool {
		c := cands[m]
		if c.ent < 0 || pronounRef(c) || ents[c.ent].typ != model.Person {
			return false
		}
		if first < 0 {
			first = c.ent
			return false
		}
		return c.ent != first
	}
	for _, m := range prev {
		if named(m) {
			return true
		}
	}
	for _, m := range ms[:i] {
		if named(m) {
			return true
		}
	}
	return false
}

// copulaDescribedLead returns describedNameLead after a copula at token j ("his partner is a
// Chinese boss called Y") for a kin or partner noun, or 0; it reads the description once.
func copulaDescribedLead(toks []token, j int, kinNoun bool) int {
	if !kinNoun || j+2 >= len(toks) || toks[j].low != "is" && toks[j].low != "was" {
		return 0
	}
	return describedNameLead(toks, j+1)
}
