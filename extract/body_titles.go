package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A post in a body named by its kind, written as a title before the holder's name or as an
// indefinite apposition after it: "Ministry spokesman Touch Sokhak said", "police spokesman
// Archayon Kraithong", "Department director Keo Vanthan", "X, a police spokesman, said". The
// body is found as bodyRefPosts finds it (the last body named before, in the sentence or up
// to bodyRefSentences earlier, whose name holds the noun); a rank written as the post
// ("Police Colonel X") is a title, not a post in the body, and is left out, as is a post
// the role table does not read whole. A level word may stand before the noun ("Provincial
// police chief Brig. Gen. X", "a deputy provincial police chief, Colonel X"); the body must
// hold it too, and may then be named further back (body_far_refs.go). "Committee chair
// Senator X" reaches the one committee the page names, however far back. The post is told
// by the writer in the title, so the title and name are its span for grading, not the
// sentence the speaker's words fill. "Officer" after the body's noun is a post, not a rank
// ("Immigration officer X"), and a plural title heads each name coordinated after it
// ("Police officers A, 38, and B": titledConjuncts), the list ending at the first name joined
// otherwise. Recall and precision cases in body_titles_test.go and
// body_title_officers_test.go.

var (
	// reBodyTitleBefore ends the words before a name titled with a body's noun and a post:
	// "Ministry spokesman ", "said police chief ".
	reBodyTitleBefore = regexp.MustCompile(`(?:^|[.;:!?]\s+|[,"“]\s*|\b(?:and|said|says|told|that|by|with|to|according\s+to)\s+)(?:the\s+|(a|an)\s+)?((?:deputy\s+|vice\s+)?)((?:provincial|district|municipal|city|state|regional|township|county)\s+)?([a-z-]+)\s+((?:deputy\s+|vice\s+)?[a-z-]+)\s*(,\s*)?((?:(?:general|lieutenant|major|colonel|brigadier|captain|police|pol\.?|lt\.?|col\.?|gen\.?|maj\.?|brig\.?|capt\.?|mr\.?|ms\.?|mrs\.?|dr\.?|h\.e\.|oknha|u|daw|saw|senator|sen\.)\s+){0,3})$`)
	// reBodyNounPostIndef is the apposition ", a police spokesman," after a name.
	reBodyNounPostIndef = regexp.MustCompile(`^\s*,\s*(?:a|an)\s+([a-z-]+)\s+((?:deputy\s+|vice\s+)?[a-z-]+)(?:\s*[,.;:)]|\s+(?:said|says|told|and|who)\b)`)
)

// bodyTitlePosts reads the shapes above; emit is bodyRefPosts' with the span the post is told
// in: the title and the name for a title, the sentence for an apposition.
func bodyTitlePosts(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, a, b int, pred, role string, from, s, e int)) {
	for si := range sents {
		for _, ci := range bySent[si] {
			c := cands[ci]
			if c.ent < 0 || ents[c.ent].typ != model.Person {
				continue
			}
			var body, post, level string
			titled := false
			ts, te := sents[si].s, sents[si].e
			after := strings.ToLower(text[c.e:min(len(text), c.e+60, sents[si].e+1)])
			if m := reBodyNounPostIndef.FindStringSubmatch(after); m != nil {
				body, post = m[1], m[2]
			} else {
				before := strings.ToLower(text[max(sents[si].s, c.s-50):c.s])
				m := reBodyTitleBefore.FindStringSubmatchIndex(before)
				if m == nil {
					continue // only ranks and honorifics may stand between the post and the name
				}
				if m[2] >= 0 && m[12] < 0 {
					continue // "a police officer X" without the comma: a description, not a title
				}
				body, post = before[m[8]:m[9]], before[m[4]:m[5]]+before[m[10]:m[11]]
				if m[6] >= 0 {
					level = strings.TrimSpace(before[m[6]:m[7]])
				}
				ts, te, titled = max(sents[si].s, c.s-50)+m[4], c.e, true
			}
			whole := strings.Join(strings.Fields(post), " ")
			plural := titled && (whole == "officers" || strings.HasSuffix(whole, " officers"))
			if !bodyNouns[body] || rankRole(post) && !officerPost(whole) {
				continue
			}
			w, pred := rolePhrase(post)
			if pred == "" || w != whole && !(plural && w+"s" == whole) || pred != model.Directs && pred != model.EmployedBy {
				continue
			}
			words := []string{body}
			if level != "" {
				words = []string{level, body}
			}
			b, from := namedBodyBefore(text, sents, cands, ents, bySent, si, c.s, words)
			if b < 0 {
				b, from = soleBodyFarBefore(cands, ents, bySent, si, c.s, words) // body_far_refs.go
			}
			if b < 0 && body == "committee" && titled {
				// "Committee chair Senator X" after a hearing's committee was named: a page on a
				// hearing names the one committee it reports on, up to maxFarBack sentences back.
				b, from = soleBodyWithin(cands, ents, bySent, si, c.s, words)
			}
			if b < 0 {
				continue
			}
			emit(si, c.ent, b, pred, w, from, ts, te)
			if plural {
				// "Immigration officers A, 38, and B": each name the plural title heads.
				for _, k := range titledConjuncts(text, cands, ents, bySent[si], ci) {
					emit(si, k, b, pred, w, from, ts, cands[ci].e)
				}
			}
		}
	}
}

// officerPost reports "officer" written after a body's noun as the post: "immigration
// officer X", "customs officers A and B" hold a post in the body, where a rank alone ("Police
// Colonel X") is only a title.
func officerPost(post string) bool {
	return post == "officer" || post == "officers"
}

// reTitleConjunct joins two names a plural title heads: ", ", " and ", ", 38, and ".
var reTitleConjunct = regexp.MustCompile(`^\s*(?:,\s*\d{1,3}\s*)?(?:,\s*|\s+and\s+|,\s*and\s+)$`)

// titledConjuncts returns the people coordinated after the titled name at mention ci (ms are
// the sentence's mentions in order): each joined to the one before by a comma or "and", the
// list ending at the first mention that is not a person or is joined otherwise.
func titledConjuncts(text string, cands []candidate, ents []*docEntity, ms []int, ci int) []int {
	var out []int
	prev := -1
	for _, k := range ms {
		if k == ci {
			prev = k
			continue
		}
		if prev < 0 || cands[k].s < cands[prev].e {
			continue
		}
		c := cands[k]
		if c.ent < 0 || ents[c.ent].typ != model.Person || pronounRef(c) || !reTitleConjunct.MatchString(text[cands[prev].e:c.s]) {
			break
		}
		out = append(out, c.ent)
		prev = k
		if len(out) >= 6 {
			break
		}
	}
	return out
}
