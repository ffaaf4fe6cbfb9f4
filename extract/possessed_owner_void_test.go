package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPossessedOwnerVoid holds the site's owner named through its possessive ("S's owner, X,")
// read by the role-before path of pair: no current owner when the sentence tells a sale after
// the name or asks a question, and no owner of a site listed before the possessor ("A and S's
// owner, X": X owns S, not A). The names are invented.
func TestPossessedOwnerVoid(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a stated owner",
			"Jade Harbour Park's owner, Chen Weiming, declined to comment.",
			[]rel{{"Chen Weiming", model.Owns, "Jade Harbour Park", ""}}, nil},
		{"a stated owner beside another site's operator",
			"Jade Harbour Park's owner, Chen Weiming, and Sunrise Garden's operator, Li Qiang, met in Bangkok.",
			[]rel{{"Chen Weiming", model.Owns, "Jade Harbour Park", ""}}, nil},
		{"the owner sold it",
			"Jade Harbour Park's owner, Chen Weiming, sold it to Li Qiang in 2021.",
			nil, []rel{{"Chen Weiming", model.Owns, "Jade Harbour Park", ""}}},
		{"the owner sold the compound: the buyer owns it",
			"Jade Harbour Park's owner, Chen Weiming, sold the compound to Li Qiang in 2021.",
			nil, []rel{{"Chen Weiming", model.Owns, "Jade Harbour Park", ""}}},
		{"the owner who sold it",
			"Jade Harbour Park's owner, Chen Weiming, who sold it in 2019, declined to comment.",
			nil, []rel{{"Chen Weiming", model.Owns, "Jade Harbour Park", ""}}},
		{"a question",
			"Who is Jade Harbour Park's owner, Chen Weiming, or Li Qiang?",
			nil, []rel{{"Chen Weiming", model.Owns, "Jade Harbour Park", ""}}},
		{"a question in the next sentence is another's",
			"Jade Harbour Park's owner, Chen Weiming, declined to comment. Who runs Sunrise Garden?",
			[]rel{{"Chen Weiming", model.Owns, "Jade Harbour Park", ""}}, nil},
		// distribute (relations.go): the possessive is the last conjunct's alone.
		{"a list before the possessed owner",
			"Sunrise Garden and Jade Harbour Park's owner, Chen Weiming, were named in the sanctions.",
			[]rel{{"Chen Weiming", model.Owns, "Jade Harbour Park", ""}}, []rel{{"Chen Weiming", model.Owns, "Sunrise Garden", ""}}},
		{"another's post before the possessed owner",
			"The director of Sunrise Garden and Jade Harbour Park's owner, Chen Weiming, were named.",
			nil, []rel{{"Chen Weiming", model.Owns, "Sunrise Garden", ""}}},
		{"a participle after a list is shared",
			"Sunrise Garden and Jade Harbour Park, owned by Chen Weiming, were raided.",
			[]rel{{"Chen Weiming", model.Owns, "Sunrise Garden", ""}, {"Chen Weiming", model.Owns, "Jade Harbour Park", ""}}, nil},
	}
	checkRelCases(t, x, cases)
}
