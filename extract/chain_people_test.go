package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestChainPeople holds chain_people.go to names set off after "in <place>," that a post or
// a nickname marks as people, and to chains of places that must stay places. The names are
// invented.
func TestChainPeople(t *testing.T) {
	x := newTestExtractor(t)
	names := []nameCase{
		{"a bare post with its body after the name",
			"In Ha Tinh, Phan Van Loc, deputy director of the provincial police, said 14 people were rescued.",
			[]string{"Person:Phan Van Loc"}, []string{"Location:Phan Van Loc"}},
		{"a bare spokesman's post",
			"In Bokeo, Somsak Vilay, spokesman for the district office, said the site was closed.",
			[]string{"Person:Somsak Vilay"}, []string{"Location:Somsak Vilay"}},
		{"a nickname in brackets",
			"A man from our district in Quang Tri, Le Van Duc (everyone calls him Duc Beo), said he had jobs.",
			[]string{"Person:Le Van Duc"}, []string{"Location:Le Van Duc"}},
		{"a chain of places stays places",
			"The hub in Barangay San Roque, Capas, Tarlac, was raided.",
			[]string{"Location:Capas", "Location:Tarlac"}, nil},
		{"a place's post without 'of' does not stop the chain",
			"The compound in Kawit, Cavite, police said, was empty.",
			[]string{"Location:Cavite"}, nil},
	}
	checkNameCases(t, x, "https://news.example.org/a", names)
	rels := []relCase{
		{"no place inside a person",
			"In Ha Tinh, Phan Van Loc, deputy director of the provincial police, said 14 people were rescued.",
			nil,
			[]rel{{"Ha Tinh", model.LocatedIn, "Phan Van Loc", ""}}},
		{"the chain after a site keeps its link",
			"Police raided Jade Moon Park in Porac, Pampanga, on Monday.",
			[]rel{{"Jade Moon Park", model.LocatedIn, "Porac", ""}, {"Porac", model.LocatedIn, "Pampanga", ""}},
			nil},
	}
	checkRelCases(t, x, rels)
}
