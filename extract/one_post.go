package extract

import "github.com/scamgraph/scamgraph/model"

// One post per person and body in a sentence. A sentence that gives a person a leading post
// and a lesser one in the same body ("the director and treasurer of X", "X's chairman and
// accountant") tells one tie, the leading one: the vocabulary gives DIRECTS for a leading
// post, and the lesser reading (EMPLOYED_BY from "treasurer", "accountant") says less about
// the same person and body. A lesser post told in a sentence of its own stays.
func dropLesserPosts(out []model.Relation) []model.Relation {
	type post struct{ s, o, quote string }
	heads := map[post]bool{}
	for _, r := range out {
		if r.Predicate == model.Directs {
			heads[post{r.Subject, r.Object, r.Quote}] = true
		}
	}
	if len(heads) == 0 {
		return out
	}
	return dropPred(out, func(r model.Relation) bool {
		return r.Predicate == model.EmployedBy && heads[post{r.Subject, r.Object, r.Quote}]
	})
}
