package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A partner named after a description: "her business partner, a Chinese national identified
// as Y", "His partner in the venture, Thai investor Y", "her partner, identified only as Y".
// A possessive pronoun before a partner noun stands for its one antecedent
// (references.go), but only when the name follows the comma at once; a nationality, a trade
// noun or "identified as" between them left the partner unread. partnerNameLead skips those
// words for "his"/"her" and a partner noun only, and rePartnerDescGap is the same gap as the
// kinship reader (kinship.go) sees it. A kin noun, a lawyer or an aide keeps its own
// readers. Cases are in pronoun_partners_test.go.

// partnerDescNouns are the nouns that describe who the partner is without naming anyone.
var partnerDescNouns = set("national", "investor", "businessman", "businesswoman", "citizen", "trader", "entrepreneur", "tycoon")

// rePartnerDescGap is the gap between "his"/"her" and the partner's name.
var rePartnerDescGap = regexp.MustCompile(`^\s*(?:business\s+)?partner(?:\s+in\s+(?:the|a|an)\s+[a-z-]+)?\s*,\s*(?:(?:a|an)\s+)?(?:` +
	`(?:[a-z-]+\s+){0,2}?(?:national|investor|businessman|businesswoman|citizen|trader|entrepreneur|tycoon)\s+(?:(?:identified\s+(?:only\s+)?as|named|called|known\s+as)\s+)?` +
	`|(?:identified\s+(?:only\s+)?as|known\s+as|named)\s+)["“]?$`)

// partnerNameLead returns the token after the description that stands between "his"/"her
// partner," and the partner's name (token j follows the comma), or j when there is none.
func partnerNameLead(toks []token, k, j int) int {
	if toks[k].low != "his" && toks[k].low != "her" {
		return j
	}
	i := j
	if i < len(toks) && (toks[i].low == "a" || toks[i].low == "an") {
		i++
	}
	desc := false
	for n := 0; n < 3 && i < len(toks); n++ {
		w := toks[i].low
		if partnerDescNouns[w] {
			desc = true
			i++
			break
		}
		if !nationalities[w] && (toks[i].kind != tokWord || isCap(toks[i]) && n > 0) {
			break
		}
		i++
	}
	if !desc {
		i = j
	}
	switch {
	case i+2 < len(toks) && toks[i].low == "identified" && toks[i+1].low == "as":
		i += 2
	case i+3 < len(toks) && toks[i].low == "identified" && toks[i+1].low == "only" && toks[i+2].low == "as":
		i += 3
	case i+2 < len(toks) && toks[i].low == "known" && toks[i+1].low == "as":
		i += 2
	case i+1 < len(toks) && (toks[i].low == "named" || toks[i].low == "called") && desc:
		i++
	default:
		if !desc {
			return j
		}
	}
	if i < len(toks) && (toks[i].text == `"` || toks[i].text == "“") {
		i++
	}
	if i >= len(toks) {
		return j
	}
	return i
}

// partnerInPlace returns the token after "in the venture" following a partner noun at
// token j-1 ("His business partner in the resort, ..."), or j.
func partnerInPlace(toks []token, j int) int {
	if j+3 < len(toks) && toks[j].low == "in" && (toks[j+1].low == "the" || toks[j+1].low == "a" || toks[j+1].low == "an") &&
		toks[j+2].kind == tokWord && !isCap(toks[j+2]) && toks[j+3].text == "," {
		return j + 3
	}
	return j
}

// pronounPartnerGap reports the kinship reader's gap "business partner, a Thai national
// named " after a possessive pronoun.
func pronounPartnerGap(gap string) bool {
	return rePartnerDescGap.MatchString(strings.ToLower(gap))
}

// partnerPastPlace returns the index in ms of the partner named after "his partner in the
// resort," when a reference to the place ("the resort") is a mention of its own between the
// pronoun ms[i] and the name, or 0.
func partnerPastPlace(text string, cands []candidate, ents []*docEntity, ms []int, i int) int {
	if i+2 >= len(ms) {
		return 0
	}
	ca, cp, cb := cands[ms[i]], cands[ms[i+1]], cands[ms[i+2]]
	if !pronounRef(ca) || ca.ent < 0 || cp.ent < 0 || cb.ent < 0 || ents[ca.ent].typ != model.Person || ents[cb.ent].typ != model.Person ||
		ents[cp.ent].typ == model.Person || ca.ent == cb.ent || ca.e > cp.s || cp.e > cb.s || cb.s-ca.e > 120 {
		return 0
	}
	gap := strings.ToLower(text[ca.e:cb.s])
	if !strings.Contains(gap, " in ") || !rePartnerDescGap.MatchString(trimNameTitles(gap)) || possessiveFollows(text, cb.e) {
		return 0
	}
	return i + 2
}
