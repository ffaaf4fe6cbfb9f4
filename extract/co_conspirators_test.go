package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCoConspirators holds the pair of co-conspirators of co_conspirators.go: two defendants
// said to have agreed or acted in concert are associates; a longer list, a shared charge, a
// joint arrest or a denial states no tie.
func TestCoConspirators(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"two defendants conspire together with others", "Within the Eastern District of New York and elsewhere, the defendants LIN ZHENGYU and HARITH BIN KAMARUDDIN, together with others, did knowingly and intentionally conspire to conduct financial transactions.",
			[]rel{{"Lin Zhengyu", model.AssociateOf, "Harith bin Kamaruddin", ""}}, nil},
		{"two defendants agreed", "Beginning in or about January 2022, the defendants Chen Wei and Tan Kah Hoe, together with others, agreed to conceal the proceeds of the fraud.",
			[]rel{{"Chen Wei", model.AssociateOf, "Tan Kah Hoe", ""}}, nil},
		{"two accused acting in concert", "The Court finds that accused Huang Wenbin and Rowena Dizon, acting in concert, recruited and harboured the complainants.",
			[]rel{{"Huang Wenbin", model.AssociateOf, "Rowena Dizon", ""}}, nil},
		{"conspiring and confederating with one another", "That on or about March 2024, accused Maricel Santos and Jomar Pineda, conspiring and confederating with one another, did recruit twelve persons.",
			[]rel{{"Maricel Santos", model.AssociateOf, "Jomar Pineda", ""}}, nil},
		{"three defendants state no pair", "The defendants Chen Wei, Lim Boon Kiat and Maria Reyes, together with others, did knowingly and intentionally conspire to launder the proceeds.",
			nil, []rel{{"Lim Boon Kiat", model.AssociateOf, "Maria Reyes", ""}, {"Chen Wei", model.AssociateOf, "Maria Reyes", ""}}},
		{"a shared charge states no tie", "The defendants Chen Wei and Tan Kah Hoe were charged in the same indictment with wire fraud.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Tan Kah Hoe", ""}}},
		{"arrested together with others", "Police said the accused Chen Wei and Tan Kah Hoe, together with others, were arrested at the compound.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Tan Kah Hoe", ""}}},
		{"two people listed without a charge", "Chen Wei and Tan Kah Hoe, together with others, agreed to attend the hearing.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Tan Kah Hoe", ""}}},
		{"a denial of conspiring", "The defendants Chen Wei and Tan Kah Hoe denied that they had ever conspired with anyone.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Tan Kah Hoe", ""}}},
		{"the defendants are a preposition's object", "Lawyers for the defendants Chen Wei and Tan Kah Hoe, together with others, agreed to postpone the hearing until March.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Tan Kah Hoe", ""}}},
		{"victims of the defendants acting in concert", "Victims of the defendants Chen Wei and Tan Kah Hoe, acting in concert, filed a joint complaint.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Tan Kah Hoe", ""}}},
		{"agreed to no crime", "The defendants Chen Wei and Tan Kah Hoe, together with others, agreed to postpone the hearing until March.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Tan Kah Hoe", ""}}},
		{"a finding the court rejected", "The court found no evidence that accused Huang Wenbin and Rowena Dizon, acting in concert, recruited the complainants, and acquitted both.",
			nil, []rel{{"Huang Wenbin", model.AssociateOf, "Rowena Dizon", ""}}},
		{"the verb accused", "Villagers wrongly accused Chen Wei and Tan Kah Hoe, acting in concert, of hiding the workers, the court later found.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Tan Kah Hoe", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
