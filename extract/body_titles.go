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
// the role table does not read whole. Recall and precision cases in body_titles_test.go.

var (
	// reBodyTitleBefore ends the words before a name titled with a body's noun and a post:
	// "Ministry spokesman ", "said police chief ".
	reBodyTitleBefore = regexp.MustCompile(`(?:^|[.;:!?]\s+|[,"“]\s*|\b(?:and|said|says|told|that|by|with|to|according\s+to)\s+)(?:the\s+)?([a-z-]+)\s+((?:deputy\s+|vice\s+)?[a-z-]+)\s+((?:(?:general|lieutenant|major|colonel|brigadier|captain|police|pol\.?|lt\.?|col\.?|gen\.?|maj\.?|brig\.?|capt\.?|mr\.?|ms\.?|mrs\.?|dr\.?|h\.e\.|oknha|u|daw|saw)\s+){0,3})$`)
	// reBodyNounPostIndef is the apposition ", a police spokesman," after a name.
	reBodyNounPostIndef = regexp.MustCompile(`^\s*,\s*(?:a|an)\s+([a-z-]+)\s+((?:deputy\s+|vice\s+)?[a-z-]+)(?:\s*[,.;:)]|\s+(?:said|says|told|and|who)\b)`)
)

// bodyTitlePosts reads the shapes above; emit is bodyRefPosts'.
func bodyTitlePosts(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, a, b int, pred, role string, from int)) {
	for si := range sents {
		for _, ci := range bySent[si] {
			c := cands[ci]
			if c.ent < 0 || ents[c.ent].typ != model.Person {
				continue
			}
			var body, post string
			after := strings.ToLower(text[c.e:min(len(text), c.e+60, sents[si].e+1)])
			if m := reBodyNounPostIndef.FindStringSubmatch(after); m != nil {
				body, post = m[1], m[2]
			} else {
				before := strings.ToLower(text[max(sents[si].s, c.s-50):c.s])
				m := reBodyTitleBefore.FindStringSubmatchIndex(before)
				if m == nil {
					continue // only ranks and honorifics may stand between the post and the name
				}
				body, post = before[m[2]:m[3]], before[m[4]:m[5]]
			}
			if !bodyNouns[body] || rankRole(post) {
				continue
			}
			w, pred := rolePhrase(post)
			if pred == "" || w != strings.Join(strings.Fields(post), " ") || pred != model.Directs && pred != model.EmployedBy {
				continue
			}
			b, from := namedBodyBefore(text, sents, cands, ents, bySent, si, c.s, []string{body})
			if b < 0 {
				continue
			}
			emit(si, c.ent, b, pred, w, from)
		}
	}
}
