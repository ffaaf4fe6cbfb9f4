package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestMinistryFieldList: a ministry named by fields a comma lists is one body; a person
// named after a ministry and a comma stays a person.
func TestMinistryFieldList(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string
		forbid []string
	}{
		{"three fields",
			"The lease was approved by the Ministry of Mines, Water Supply and Irrigation last year.",
			[]string{"Organization:Ministry of Mines, Water Supply and Irrigation"},
			[]string{"Company:Water Supply and Irrigation"}},
		{"precision: the minister's name after the ministry",
			"A letter from the Ministry of Commerce, Pich Sovan said, was never sent.",
			[]string{"Organization:Ministry of Commerce"},
			nil},
		{"precision: two people after the ministry",
			"The Ministry of Finance, Lim Sok and Chan Sophal said, froze the accounts.",
			[]string{"Organization:Ministry of Finance", "Person:Chan Sophal"},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
