package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A body's posts told through a possessive and a copula that the plain reading ("Its chairman
// is X", "the firm's chairman is X", stakes.go) misses:
//   - two posts joined after "its": "Its majority shareholder and chairman is X" (each post is
//     X's);
//   - an aside between the post and the copula: "Its largest shareholder, with 70 percent,
//     is X", "Its manager on site, known to workers as "Boss Guo", is X", "The firm's
//     director, according to the registry, was X";
//   - a description of the holder before the name: "is Cambodian tycoon Oknha X".
// The possessor is the body "its" stands for (references.go) or the body named before "'s".

// reAsidePostIs is the gap between a possessor and the holder's name: the post (group 1),
// an optional aside (group 2) and the words before the name (group 3).
var reAsidePostIs = regexp.MustCompile(`^\s*(?:['’]s)?\s+((?:[a-z-]+\s+){0,4}?[a-z-]+)(?:\s+on\s+(?:the\s+)?(?:site|ground))?` +
	`(\s*,\s*(?:with\s+(?:about\s+|nearly\s+|some\s+|almost\s+|over\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)(?:\s+of\s+(?:the|its)\s+shares)?|` +
	`according\s+to\s+[^,"“”]{1,60}|known\s+(?:to\s+[a-z ]{1,30}?\s+)?as\s+["“][^"“”]{1,30}["”]|records\s+show|filings\s+show)\s*,)?` +
	`\s+(?:is|was|has\s+been|had\s+been|remains|remained)\s+(?:now\s+|still\s+|also\s+)?((?:[a-z.'’-]+\s+){0,4})$`)

// holderLeadWords may describe the holder before the name: "Cambodian tycoon Oknha X",
// "Chinese national X".
var holderLeadWords = set("tycoon", "businessman", "businesswoman", "national", "investor", "citizen", "magnate")

// holderLead reports that the words before a holder's name are a description (demonyms and
// the nouns above) followed by ranks and honorifics only.
func holderLead(words string) bool {
	f := strings.Fields(words)
	i := 0
	for i < len(f) && (demonyms[f[i]] || nationalities[f[i]] || holderLeadWords[f[i]]) {
		i++
	}
	return rankWordsOnly(strings.Join(f[i:], " "))
}

// asidePostPair reads "Its POST [and POST][, ASIDE,] is [DESCRIPTION] X" and "BODY's POST,
// ASIDE, is X" between a body (or "its") and the person named next.
func asidePostPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	if q != p+1 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 140 ||
		ents[ca.ent].typ != model.Company && ents[ca.ent].typ != model.Organization || ents[cb.ent].typ != model.Person {
		return
	}
	its := strings.EqualFold(ca.text, "its")
	gap := strings.ToLower(text[ca.e:cb.s])
	m := reAsidePostIs.FindStringSubmatch(gap)
	// A possessor's name reads this way only with an aside; "its" also with two posts.
	if m == nil || !its && !strings.HasPrefix(strings.TrimSpace(gap), "'s") && !strings.HasPrefix(strings.TrimSpace(gap), "’s") ||
		m[2] == "" && !(its && strings.Contains(m[1], " and ")) || hasStop(m[1]) || !holderLead(m[3]) {
		return
	}
	if posts := postsOf(m[1]); len(posts) > 0 {
		emitPosts(ents, cb.ent, ca.ent, posts, add, setRole)
	}
}
