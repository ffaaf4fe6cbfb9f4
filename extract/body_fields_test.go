package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestFieldsAfterHead keeps "and" inside a body's name when it joins the fields the body
// works on, and splits at it when a second name follows.
func TestFieldsAfterHead(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string
		forbid []string
	}{
		{"a ministry of two fields",
			"Inspectors from the Ministry of Fisheries and Rural Development visited the port.",
			[]string{"Organization:Ministry of Fisheries and Rural Development"},
			[]string{"Organization:Ministry of Fisheries", "Person:Rural Development"}},
		{"a committee on two fields",
			"The Assembly Committee on Public Welfare and Safety summoned the governor.",
			[]string{"Organization:Assembly Committee on Public Welfare and Safety"},
			[]string{"Organization:Assembly Committee on Public Welfare"}},
		{"a commission for two fields, the first not an English field word",
			"A delegate of the Regional Commission for Narcotics Control and Supervision arrived.",
			[]string{"Organization:Regional Commission for Narcotics Control and Supervision"},
			nil},
		{"a person after the and stays a person",
			"The Ministry of Interior and Chea Sophal signed the decree.",
			[]string{"Organization:Ministry of Interior", "Person:Chea Sophal"},
			[]string{"Organization:Ministry of Interior and Chea Sophal"}},
		{"a second body after the and stays a body",
			"The Ministry of Justice and the Anti-Corruption Unit met.",
			[]string{"Organization:Anti-Corruption Unit"},
			[]string{"Organization:Ministry of Justice and the Anti-Corruption Unit"}},
		{"a place after the and is no field",
			"The Department of Tourism and Battambang officials disagreed.",
			nil,
			[]string{"Organization:Department of Tourism and Battambang"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/b", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
