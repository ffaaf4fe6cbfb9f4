package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// precisionCase is a sentence with the readings a rule must make (want) and the false
// readings it must hold out (forbid).
type precisionCase struct {
	name   string
	text   string
	want   []rel
	forbid []rel
}

func runPrecisionCases(t *testing.T, cases []precisionCase) {
	t.Helper()
	x := newTestExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}

// TestOfHeadActs holds of_heads.go: in "X of Y <verb> Z" the verb is said of X; Y only
// qualifies it.
func TestOfHeadActs(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a unit of a national force raids a site",
			"The Anti-Trafficking Division of the Royal Thai Police raided Golden Crane Park on Monday.",
			[]rel{{"Anti-Trafficking Division", model.Raided, "Golden Crane Park", ""}},
			[]rel{{"Royal Thai Police", model.Raided, "Golden Crane Park", ""}}},
		{"a unit of a force, after a partner set off by commas, raids a site",
			"Officers of the Bureau of Immigration, with the Special Action Group of the Philippine National Police, raided Harbor Light Hub.",
			[]rel{{"Special Action Group", model.Raided, "Harbor Light Hub", ""}},
			[]rel{{"Philippine National Police", model.Raided, "Harbor Light Hub", ""}}},
		{"a person of a firm owns a site",
			"Chen Wei of Golden Harbor Holdings Ltd. owns the Blue Reef compound.",
			nil,
			[]rel{{"Golden Harbor Holdings Ltd.", model.Owns, "Blue Reef", ""}}},
		// The reading stays where nothing heads the body.
		{"agents of a body raid a site",
			"Agents of the National Bureau of Investigation raided Harbor Light Hub before dawn.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Harbor Light Hub", ""}}, nil},
		{"a body raids a site",
			"The Royal Thai Police raided Golden Crane Park on Monday.",
			[]rel{{"Royal Thai Police", model.Raided, "Golden Crane Park", ""}}, nil},
	})
}

// TestListShares holds list_shares.go: what the name before a list says of its first item is
// not shared with a second item set off by ", and", and a place read for one named thing is
// not shared with the other places of a list.
func TestListShares(t *testing.T) {
	runPrecisionCases(t, []precisionCase{
		{"a possessed firm, then another object of the verb",
			"Today OFAC sanctioned the tycoon Lim Chea, his company Golden Lotus Holdings Co., Ltd., and the Blue Harbor Casino in Bavet.",
			[]rel{{"Lim Chea", model.Owns, "Golden Lotus Holdings Co., Ltd.", ""}},
			[]rel{{"Lim Chea", model.Owns, "Blue Harbor Casino", ""}}},
		{"a relative clause with a post, then another object of the verb",
			"The ministry also designated Sok Mean, who serves as a director of Angkor Star Co., Ltd., and River Gate Trading Co., Ltd., a payment firm that moved the funds.",
			[]rel{{"Sok Mean", model.Directs, "Angkor Star Co., Ltd.", ""}},
			[]rel{{"Sok Mean", model.Directs, "River Gate Trading Co., Ltd.", ""}}},
		{"a court named before the towns where warrants were served",
			"Between 3 and 7 May, officers executed 12 search warrants issued by the Criminal Court in Kampot, Takeo and Kep and arrested five suspects.",
			nil,
			[]rel{{"Criminal Court", model.LocatedIn, "Takeo", ""}, {"Criminal Court", model.LocatedIn, "Kep", ""}}},
		// Lists that do share.
		{"a father and his sons",
			"The court found that Wang Lei and his sons Wang Bo and Wang Tao had controlled the Jade Moon compound.",
			[]rel{{"Wang Bo", model.FamilyOf, "Wang Lei", ""}, {"Wang Lei", model.FamilyOf, "Wang Tao", ""}}, nil},
		{"a director of two firms",
			"Lim Heng is a director of Alpha Star Co., Ltd. and Beta Moon Trading Co., Ltd.",
			[]rel{{"Lim Heng", model.Directs, "Alpha Star Co., Ltd.", ""}, {"Lim Heng", model.Directs, "Beta Moon Trading Co., Ltd.", ""}}, nil},
		{"two directors named before their firm",
			"Sok Dara and Chea Rith, directors of Golden Lotus Holdings Ltd., were arrested.",
			[]rel{{"Sok Dara", model.Directs, "Golden Lotus Holdings Ltd.", ""}, {"Chea Rith", model.Directs, "Golden Lotus Holdings Ltd.", ""}}, nil},
	})
}
