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
// the place the post is held in ("Its representative in Cambodia is X", group 2), an
// optional aside (group 3) and the words before the name (group 4).
var reAsidePostIs = regexp.MustCompile(`^\s*(?:['’]s)?\s+((?:[a-z-]+\s+){0,4}?[a-z-]+)(?:\s+on\s+(?:the\s+)?(?:site|ground)|\s+in\s+([a-z][a-z'’ -]{1,40}?))?` +
	`(\s*,\s*(?:with\s+(?:about\s+|nearly\s+|some\s+|almost\s+|over\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)(?:\s+of\s+(?:the|its)\s+shares)?|` +
	`according\s+to\s+[^,"“”]{1,60}|known\s+(?:to\s+[a-z ]{1,30}?\s+)?as\s+["“][^"“”]{1,30}["”]|(?:[a-z'’-]+\s+){0,6}?(?:records|filings|documents)\s+(?:show|shows|showed))\s*,)?` +
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
	if q != p+1 && q != p+2 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if q == p+1 {
		identifiedPostPair(text, cands, ents, ms, p, q, add, setRole)
	}
	if !bodyThenHolder(ca, cb, ents, 140) {
		return
	}
	its := strings.EqualFold(ca.text, "its")
	gap := strings.ToLower(text[ca.e:cb.s])
	mi := reAsidePostIs.FindStringSubmatchIndex(gap)
	if mi == nil {
		return
	}
	// post, place, aside, words before the name
	var m [5]string
	for i := range m {
		if mi[2*i] >= 0 {
			m[i] = gap[mi[2*i]:mi[2*i+1]]
		}
	}
	post, place, aside, lead := m[1], m[2], m[3], m[4]
	// A name between the two is read past only inside the aside or the post's place: the
	// nickname of "known to workers as "Boss Guo"", the body whose records are cited ("Its
	// largest shareholder, Ministry of Commerce filings show, is X"), the country of "Its
	// representative in Cambodia", never a name that could hold the post itself.
	if q == p+2 {
		mid := cands[ms[p+1]]
		inAside := mi[6] >= 0 && mid.s-ca.e >= mi[6] && mid.e-ca.e <= mi[7] && (strings.Contains(aside, "known") || sourceAside(aside) && mid.ent >= 0 && ents[mid.ent].typ == model.Organization)
		inPlace := mi[4] >= 0 && mid.s-ca.e >= mi[4] && mid.e-ca.e <= mi[5] && mid.ent >= 0 && ents[mid.ent].typ == model.Location
		if !inAside && !inPlace {
			return
		}
	}
	// With no name between, the post's place holds no Location: "Its chairman in name only",
	// "Its representative in court" tell no post in a place, and a nominee directs nothing.
	if q == p+1 && place != "" && strings.TrimSpace(place) != "charge" {
		return
	}
	// A possessor's name reads this way only with an aside; "its" also with two posts or a
	// post's place.
	if !its && !strings.HasPrefix(strings.TrimSpace(gap), "'s") && !strings.HasPrefix(strings.TrimSpace(gap), "’s") ||
		aside == "" && !(its && (strings.Contains(post, " and ") || place != "")) || hasStop(post) || !holderLead(lead) {
		return
	}
	posts := postsOf(post)
	if mi[3] < len(gap) && reOnSite.MatchString(gap[mi[3]:]) {
		// "Its manager on site": one who runs the site works for the body, he does not direct it.
		for i := range posts {
			if posts[i].pred == model.Directs || posts[i].pred == model.EmployedBy {
				posts[i].pred, posts[i].role = model.EmployedBy, "site "+posts[i].role
			}
		}
	}
	if len(posts) > 0 {
		emitPosts(ents, cb.ent, ca.ent, posts, add, setRole)
	}
}

// bodyThenHolder reports a firm or body (or "its") followed, within maxGap bytes, by a
// person: the only pair a post read between them can join.
func bodyThenHolder(ca, cb candidate, ents []*docEntity, maxGap int) bool {
	return ca.ent >= 0 && cb.ent >= 0 && ca.ent != cb.ent && cb.s >= ca.e && cb.s-ca.e <= maxGap &&
		(ents[ca.ent].typ == model.Company || ents[ca.ent].typ == model.Organization) && ents[cb.ent].typ == model.Person
}

// reOnSite follows a post held at the site rather than in the body: " on site".
var reOnSite = regexp.MustCompile(`^\s+on\s+(?:the\s+)?(?:site|ground)\b`)

// reIdentifiedPost is the gap between "its" and a name its post is identified as: "Its
// manager, identified by several survivors as Deng Peng, ordered punishments".
var reIdentifiedPost = regexp.MustCompile(`^\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s*,\s*(?:identified|named|described)\s+(?:by\s+[a-z ]{1,40}?\s+)?as\s+["“]?$`)

// reCopulaAfter opens a copula right after a name set off by a comma: the name so set off is
// an aside ("known as "Boss Guo", is Guo Tianyu"), the holder comes after the copula.
var reCopulaAfter = regexp.MustCompile(`^["”]?\s*,\s*(?:is|was|has\s+been|had\s+been|remains|remained)\b`)

// identifiedPostPair reads "Its POST, identified by X as NAME, VERB": NAME holds the post of
// the body "its" stands for. The name must close the aside (a comma after it) and no copula
// may follow, which would name the holder after it.
func identifiedPostPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if !strings.EqualFold(ca.text, "its") || !bodyThenHolder(ca, cb, ents, 100) {
		return
	}
	m := reIdentifiedPost.FindStringSubmatch(strings.ToLower(text[ca.e:cb.s]))
	if m == nil || hasStop(m[1]) {
		return
	}
	after := text[cb.e:min(len(text), cb.e+30)]
	if !strings.HasPrefix(strings.TrimLeft(after, "\"”"), ",") || reCopulaAfter.MatchString(after) {
		return
	}
	if posts := postsOf(m[1]); len(posts) > 0 {
		emitPosts(ents, cb.ent, ca.ent, posts, add, setRole)
	}
}

// sourceAside reports an aside that cites where the post is recorded: "according to Ministry
// of Commerce filings", "Ministry of Commerce filings show".
func sourceAside(aside string) bool {
	a := strings.TrimSpace(strings.Trim(strings.TrimSpace(aside), ","))
	return strings.HasPrefix(a, "according to ") || strings.HasSuffix(a, " show") || strings.HasSuffix(a, " shows") || strings.HasSuffix(a, " showed")
}
