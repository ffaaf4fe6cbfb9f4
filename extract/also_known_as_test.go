package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestAlsoKnownAs holds also_known_as.go to second names that end their phrase and to names
// that name someone else. The names are invented.
func TestAlsoKnownAs(t *testing.T) {
	x := newTestExtractor(t)
	names := []nameCase{
		{"a nickname in brackets that comes back later joins",
			"Le Van Duc (everyone calls him Duc Beo) runs Golden Fortune Park. Police arrested Duc Beo in May.",
			[]string{"Person:Le Van Duc"}, []string{"Person:Duc Beo"}},
		{"a formal alias joins",
			"Tan Siew Lan, also known as Lina Tan, runs Golden Fortune Park.",
			[]string{"Person:Tan Siew Lan"}, []string{"Person:Lina Tan"}},
		{"a nickname is never the main name",
			"Li Na (people call her Mei Ling) runs Golden Fortune Park. Police arrested Mei Ling in May.",
			[]string{"Person:Li Na"}, []string{"Person:Mei Ling"}},
		{"a possessive after the called name names someone else",
			"Lim Bo (workers call him Chen Hao's nephew) runs Golden Fortune Park.",
			[]string{"Person:Lim Bo", "Person:Chen Hao"}, nil},
		{"a possessive after 'also known as' names someone else",
			"Lim Bo, also known as Chen Hao's nephew, runs Golden Fortune Park.",
			[]string{"Person:Lim Bo", "Person:Chen Hao"}, nil},
		{"a called name with more words after it likens",
			"Lim Bo (they called him Chen Hao, after the boss) runs Golden Fortune Park.",
			[]string{"Person:Lim Bo", "Person:Chen Hao"}, nil},
		{"a name that stood as its own entity earlier stays apart",
			"Chen Hao owns Apex Holdings. Lim Bo (workers call him Chen Hao) runs Golden Fortune Park.",
			[]string{"Person:Lim Bo", "Person:Chen Hao"}, nil},
	}
	checkNameCases(t, x, "https://news.example.org/a", names)
	rels := []relCase{
		{"no site to the man named in the nickname",
			"Chen Hao owns Apex Holdings. Lim Bo (workers call him Chen Hao's nephew) runs Golden Fortune Park.",
			[]rel{{"Lim Bo", model.Operates, "Golden Fortune Park", ""}},
			[]rel{{"Chen Hao", model.Operates, "Golden Fortune Park", ""}}},
		{"no site through 'everyone calls him X's man'",
			"Chen Hao owns Apex Holdings. Lim Bo (everyone calls him Chen Hao's man) runs Golden Fortune Park.",
			nil,
			[]rel{{"Chen Hao", model.Operates, "Golden Fortune Park", ""}}},
	}
	checkRelCases(t, x, rels)
}
