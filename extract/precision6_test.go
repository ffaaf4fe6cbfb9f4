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
