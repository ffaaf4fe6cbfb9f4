package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestItemRoles: list items "NAME – POST, BODY" (fields after a dash or colon) and firm items
// "FIRM — N% held by HOLDER"; with precision cases.
func TestItemRoles(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"posts after a dash, a field without a body first",
			"The notice names these people:\n\nChea Sovann – senator; chairman, Cape Serene Holdings Group\n\nLim Dara – shareholder, Cape Serene Holdings Group\n\nSen Kosal: director, Bluewave Capital Trading LLC",
			[]rel{{"Chea Sovann", model.Directs, "Cape Serene Holdings Group", ""},
				{"Lim Dara", model.Owns, "Cape Serene Holdings Group", ""},
				{"Sen Kosal", model.Directs, "Bluewave Capital Trading LLC", ""}}, nil},
		{"a site's manager runs it",
			"Also named:\n\nZhou Kaiming — manager, Cape Serene Resort",
			[]rel{{"Zhou Kaiming", model.Operates, "Cape Serene Resort", ""}}, nil},
		{"a firm's holders by share",
			"Two Thai firms were traced to him:\n\nSiam Jade Trading Co., Ltd. (Bangkok) — 49% held by Mrs. Malee Srisuk; 51% held by Mr. Chai Boonmee.\n\nBright Stone Co., Ltd. — 30% held by Golden Arch Holdings Ltd.",
			[]rel{{"Malee Srisuk", model.Owns, "Siam Jade Trading Co., Ltd.", ""},
				{"Chai Boonmee", model.Owns, "Siam Jade Trading Co., Ltd.", ""},
				{"Golden Arch Holdings Ltd.", model.Owns, "Bright Stone Co., Ltd.", ""}}, nil},
		{"a firm's item that gives only its seat",
			"The following were also listed:\n\nMOONRISE PAYMENT SERVICES CO., LTD.; Vientiane, Laos.\n\nJade Arch Trading Co., Ltd., Tachileik",
			[]rel{{"MOONRISE PAYMENT SERVICES CO., LTD.", model.LocatedIn, "Vientiane", ""},
				{"Jade Arch Trading Co., Ltd.", model.LocatedIn, "Tachileik", ""}}, nil},
		{"precision: a firm's item that goes on past its places",
			"The following were also listed:\n\nJade Arch Trading Co., Ltd., Tachileik office closed after the raiders left for Vientiane",
			nil, []rel{{"Jade Arch Trading Co., Ltd.", model.LocatedIn, "Vientiane", ""}}},
		{"precision: a word that is no post",
			"The notice names these people:\n\nSok Pisey – tenant, Bluewave Capital Trading LLC",
			nil, []rel{{"Sok Pisey", model.EmployedBy, "Bluewave Capital Trading LLC", ""}, {"Sok Pisey", model.Directs, "Bluewave Capital Trading LLC", ""}}},
		{"precision: the body must end its field",
			"The notice names these people:\n\nSen Kosal – director, Bluewave Capital Trading LLC until the firm was wound up",
			nil, []rel{{"Sen Kosal", model.Directs, "Bluewave Capital Trading LLC", ""}}},
		{"precision: no dash after the name",
			"The notice names these people:\n\nSen Kosal visited the director, Bluewave Capital Trading LLC",
			nil, []rel{{"Sen Kosal", model.Directs, "Bluewave Capital Trading LLC", ""}}},
		{"precision: a firm's item that holds no share",
			"Two Thai firms were traced to him:\n\nSiam Jade Trading Co., Ltd. — audited by Mr. Chai Boonmee.",
			nil, []rel{{"Chai Boonmee", model.Owns, "Siam Jade Trading Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
