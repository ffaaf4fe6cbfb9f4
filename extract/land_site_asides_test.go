package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestLandSiteAsides: the site named by its subject's description ("marketed as S,") or
// followed by a long aside still takes the owner of the land it sits on; a name between the
// land's verb and a later name keeps the land.
func TestLandSiteAsides(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"marketed as, a bare measure of land",
			"Land titles show that the complex, marketed as Golden Meridian Hub, sits on 8.2 hectares owned by Tierra Verde Realty Corp.",
			[]rel{{"Tierra Verde Realty Corp.", model.Owns, "Golden Meridian Hub", ""}}, nil},
		{"known locally as, a class word after the name, registered to",
			"Titles show that the 7.8-hectare compound in Concepcion, Tarlac, known locally as the Golden Hive hub, sits on property registered to Primeland Agro Ventures Corp.",
			[]rel{{"Primeland Agro Ventures Corp.", model.Owns, "Golden Hive", ""}}, nil},
		{"a long aside",
			"Sunvale Technology Hub, a walled 10-hectare compound of dormitories and offices in Capas that was raided on February 11 and closed a week later, sits on land owned by Northgate Agri-Ventures Corp.",
			[]rel{{"Northgate Agri-Ventures Corp.", model.Owns, "Sunvale Technology Hub", ""}}, nil},
		{"a name after the owner is no owner",
			"Titles show that the compound, known locally as the Golden Hive hub, sits on property registered to Primeland Agro Ventures Corp. Mayor Marites Ong Lacson declined to comment.",
			nil, []rel{{"Marites Ong Lacson", model.Owns, "Golden Hive", ""}}},
		{"a new clause after , and is another thing's land",
			"The complex, marketed as Golden Hive Park, was built by Zhen Construction Ltd., and the warehouse sits on land owned by Primeland Corp.",
			nil, []rel{{"Primeland Corp.", model.Owns, "Golden Hive Park", ""}}},
		{"until opens another clause",
			"The complex, marketed as Golden Hive Park, stood empty until a new casino went up on land owned by Primeland Corp.",
			nil, []rel{{"Primeland Corp.", model.Owns, "Golden Hive Park", ""}}},
		{"one comma without a naming word",
			"Police questioned staff of Golden Meridian Hub, then sealed a house that sits on land owned by Tierra Verde Realty Corp.",
			nil, []rel{{"Tierra Verde Realty Corp.", model.Owns, "Golden Meridian Hub", ""}}},
	}
	checkRelCases(t, x, cases)
}
