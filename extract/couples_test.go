package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestCoupleReference: "the couple" stands for the married pair named last, and a relation
// made through it holds for both spouses; with precision cases.
func TestCoupleReference(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"an associate of the couple, three sentences on",
			"Ms Suda Wongsa, 41, and her husband Mr Anan Wongsa were arrested at home. Police said the jobs were fake. " +
				"Recruits were driven to the border. Detectives say the couple worked closely with Zhao Ming, a broker in Poipet.",
			[]rel{{"Suda Wongsa", model.AssociateOf, "Zhao Ming", ""}, {"Anan Wongsa", model.AssociateOf, "Zhao Ming", ""}}, nil},
		{"the couple's son is the son of both",
			"Officers froze the accounts of Somsak Chaiyo and his wife, Ratree Chaiyo. The couple's son, Prasit Chaiyo, sits on the town council.",
			[]rel{{"Prasit Chaiyo", model.FamilyOf, "Somsak Chaiyo", ""}, {"Prasit Chaiyo", model.FamilyOf, "Ratree Chaiyo", ""}}, nil},
		{"two people not said to be married are no couple",
			"Lim Heng and Sok Dara were arrested. The couple worked closely with Zhao Ming, a broker.",
			nil, []rel{{"Lim Heng", model.AssociateOf, "Zhao Ming", ""}, {"Sok Dara", model.AssociateOf, "Zhao Ming", ""}}},
		{"two married pairs named before: the couple is open",
			"Somsak Chaiyo and his wife, Ratree Chaiyo, were held. Anan Wongsa and his wife, Suda Wongsa, fled. The couple worked closely with Zhao Ming, a broker.",
			nil, []rel{{"Anan Wongsa", model.AssociateOf, "Zhao Ming", ""}, {"Somsak Chaiyo", model.AssociateOf, "Zhao Ming", ""}}},
		{"a married pair named too far back",
			"Somsak Chaiyo and his wife, Ratree Chaiyo, were held. Rain fell. Roads closed. Schools shut. Shops shut. Buses stopped. Trains stopped. Boats waited. Planes waited. Nobody came. The couple worked closely with Zhao Ming, a broker.",
			nil, []rel{{"Somsak Chaiyo", model.AssociateOf, "Zhao Ming", ""}}},
	}
	checkRelCases(t, x, cases)
}
