package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A table of the people and firms a report names reaches the text one cell per line:
// "Bao Wen" then "Manager, Red Lion Park", "Harbour Asia Ltd." then "Minority owner, Peacock
// Entertainment Co., Ltd.". A line holding only a name, followed at once by a line "POST,
// BODY" where the post is one the role table knows and the body ends its line, states the
// name's post in the body, as "Bao Wen, manager of Red Lion Park" would.

// reCellPost is the text of a cell before the body: the post and a comma.
var reCellPost = regexp.MustCompile(`^([a-z][a-z -]{1,30}?)\s*,\s*(?:the\s+)?$`)

// cellRoles reads the shape above; emit gets the name's sentence, the post's sentence, the two
// entities, the predicate, its confidence, the span to grade and the post.
func cellRoles(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(first, si, a, b int, pred string, conf float64, s, e int, role string)) {
	for si := 0; si+1 < len(sents); si++ {
		ms, ns := bySent[si], bySent[si+1]
		if len(ms) != 1 || len(ns) == 0 {
			continue
		}
		ca, st, nx := cands[ms[0]], sents[si], sents[si+1]
		if ca.ent < 0 || (ents[ca.ent].typ != model.Person && ents[ca.ent].typ != model.Company) {
			continue
		}
		// The name is the whole line: nothing before it, nothing but a stop after it.
		if !lineStart(text, ca.s) || strings.TrimSpace(text[st.s:ca.s]) != "" || !lineEndAfter(text, ca.e) || !lineStart(text, nx.s) {
			continue
		}
		cb := cands[ns[0]]
		if cb.ent < 0 || cb.ent == ca.ent || !lineEndAfter(text, cb.e) {
			continue
		}
		tb := ents[cb.ent].typ
		if tb != model.Company && tb != model.Organization && tb != model.Compound {
			continue
		}
		m := reCellPost.FindStringSubmatch(strings.ToLower(strings.TrimLeft(text[nx.s:cb.s], " \t")))
		if m == nil {
			continue
		}
		post := strings.TrimSpace(m[1])
		w, pred := rolePhrase(post)
		if pred == model.Directs && ents[ca.ent].typ == model.Person && tb == model.Compound {
			pred = model.Operates // the head of a site runs it
		}
		pred = siteRole(pred, ents[ca.ent].typ, tb, post)
		if pred == "" || w != post && !strings.HasSuffix(post, " "+w) || !typed(pred, ents[ca.ent].typ, tb, ents[cb.ent].name) {
			continue
		}
		emit(si, si+1, ca.ent, cb.ent, pred, 0.8, nx.s, cb.e, post)
	}
}

// lineEndAfter reports that only a stop or spaces stand between offset e and the line's end.
func lineEndAfter(text string, e int) bool {
	end := strings.IndexByte(text[e:], '\n')
	if end < 0 {
		end = len(text) - e
	}
	return strings.Trim(text[e:e+end], " \t.;,") == ""
}
