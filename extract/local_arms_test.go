package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestLocalPoliceArms: a place's force named with its level word and its arm ("provincial
// military police") is one body; the post before "of" such a body in an apposition makes the
// designation the person's, not the body's.
func TestLocalPoliceArms(t *testing.T) {
	x := newTestExtractor(t)
	checkNameCases(t, x, "https://news.example.org/2026/story", []nameCase{
		{"a province's military police after 'of the'",
			"Guards at the gate wore the badges of the Takeo provincial military police, two workers said.",
			[]string{"Organization:Takeo provincial military police"},
			[]string{"Location:Takeo"}},
		{"a district's military police as the subject",
			"Kampot district military police escorted the buses to the border.",
			[]string{"Organization:Kampot district military police"},
			nil},
		{"precision: 'military' before another noun is no arm of the force",
			"Takeo provincial military officers attended the ceremony.",
			nil,
			[]string{"Organization:Takeo provincial military officers", "Organization:Takeo provincial military police"}},
		{"precision: the military police's post stays the place's seat",
			"Takeo provincial military police chief Sok Dara said the claim was false.",
			[]string{"Person:Sok Dara"},
			[]string{"Organization:Takeo provincial military police"}},
	})
	checkRelCases(t, x, []relCase{
		{"the post of a body in apposition, then designated",
			"The Treasury sanctioned four people on Monday. Lim Vannak, deputy commander of the Takeo provincial military police, was designated for guarding the Silver Moon compound.",
			[]rel{{"Lim Vannak", model.Directs, "Takeo provincial military police", ""}, {"Lim Vannak", model.SanctionedBy, "US Department of the Treasury", ""}},
			[]rel{{"Takeo provincial military police", model.SanctionedBy, "US Department of the Treasury", ""}}},
		{"a firm's chairman in apposition, then sanctioned",
			"The United Kingdom sanctioned five people on Tuesday. Chen Long, chairman of Silver Moon Holdings, was sanctioned for forced labour.",
			[]rel{{"Chen Long", model.SanctionedBy, "United Kingdom", ""}},
			[]rel{{"Silver Moon Holdings", model.SanctionedBy, "United Kingdom", ""}}},
		{"precision: a subsidiary in apposition is no post; the firm itself is designated",
			"The United Kingdom sanctioned five parties on Tuesday. Silver Moon Trading Co., Ltd., a subsidiary of Silver Moon Holdings, was designated for laundering.",
			[]rel{{"Silver Moon Trading Co., Ltd.", model.SanctionedBy, "United Kingdom", ""}},
			nil},
	})
}

func TestApposedPostOf(t *testing.T) {
	for _, c := range []struct {
		before string
		want   bool
	}{
		{"Lim Vannak, deputy commander of the ", true},
		{"Chen Long, chairman of ", true},
		{"In March, Sok Dara, a director at ", false}, // an article: roleOfBefore's business
		{"Silver Moon Trading, a subsidiary of ", false},
		{"Silver Moon Trading, subsidiary of ", false},
		{"The raid of the ", false},
	} {
		if got := apposedPostOf(c.before); got != c.want {
			t.Errorf("apposedPostOf(%q) = %v, want %v", c.before, got, c.want)
		}
	}
}
