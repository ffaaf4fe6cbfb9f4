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
// sentence the speaker's words fill. Recall and precision cases in body_titles_test.go.

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
			if !bodyNouns[body] || rankRole(post) {
				continue
			}
			whole := strings.Join(strings.Fields(post), " ")
			w, pred := rolePhrase(post)
			if pred == "" || w != whole || pred != model.Directs && pred != model.EmployedBy {
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
		}
	}
}
