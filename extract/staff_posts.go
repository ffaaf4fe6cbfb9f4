package extract

import (
	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/model"
)

// staffPostsAdded adds the staff posts of internal/lexicon/staff-posts.txt to the role
// table, as posts without leadership (EMPLOYED_BY): "Dennis Ocampo, a political scientist
// at the University of the Philippines", "X, a consultant for Y". A post the role table
// already names keeps its reading. It runs once, when the package is initialised, before
// any reading of the table.
var staffPostsAdded = func() int {
	n := 0
	for _, w := range lexicon.StaffPosts() {
		if _, ok := roleWords[w]; !ok {
			roleWords[w] = model.EmployedBy
			n++
		}
	}
	return n
}()
