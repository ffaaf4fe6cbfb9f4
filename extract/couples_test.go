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

// TestCoupleTheirKin: ", wife of Colonel Y" and an honorific before the second spouse make a
// pair, and a sentence-opening "Their son, Z" right after the pair is the pair's relative;
// a person named in between, a pair not said to be married, distance or a denial leave it.
func TestCoupleTheirKin(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"wife of a titled husband makes a pair",
			"The documents list Naw Mu Lar Paw, wife of Colonel Saw Kyaw Htet Naing, as the owner of 30 percent of Huanya Development Co., Ltd. " +
				"The couple's son, Saw Eh Kalu, 29, is listed as the company's operations manager.",
			[]rel{{"Naw Mu Lar Paw", model.FamilyOf, "Saw Eh Kalu", ""}, {"Saw Eh Kalu", model.FamilyOf, "Saw Kyaw Htet Naing", ""}}, nil},
		{"a sentence-opening Their after an honorific pair",
			"Land records show that the site belongs to Daw Khin Myat Noe and her husband, U Tun Tun Aung, a retired official. " +
				"Their son, Aung Ko Ko, is listed as a director of Huilong Technology Co., Ltd.",
			[]rel{{"Aung Ko Ko", model.FamilyOf, "Khin Myat Noe", ""}, {"Aung Ko Ko", model.FamilyOf, "Tun Tun Aung", ""}}, nil},
		{"Their after another person named in between is not the pair's",
			"Officers froze the accounts of Somsak Chaiyo and his wife, Ratree Chaiyo. Police also questioned Lim Heng. " +
				"Their son, Prasit Chaiyo, sits on the town council.",
			nil, []rel{{"Prasit Chaiyo", model.FamilyOf, "Ratree Chaiyo", ""}, {"Prasit Chaiyo", model.FamilyOf, "Somsak Chaiyo", ""}}},
		{"Their after two people who are no married pair",
			"Officers froze the accounts of Somsak Chaiyo and Ratree Chaiyo. Their son, Prasit Chaiyo, sits on the town council.",
			nil, []rel{{"Prasit Chaiyo", model.FamilyOf, "Ratree Chaiyo", ""}}},
		{"Their too far after the pair",
			"Officers froze the accounts of Somsak Chaiyo and his wife, Ratree Chaiyo. Rain fell. Roads closed. Schools shut. " +
				"Their son, Prasit Chaiyo, sits on the town council.",
			nil, []rel{{"Prasit Chaiyo", model.FamilyOf, "Ratree Chaiyo", ""}}},
		{"a pair named after the wife of: nearest other person wins no tie",
			"Naw Mu Lar Paw, wife of Colonel Saw Kyaw Htet Naing, met Zhao Ming, a broker. Their son, Saw Eh Kalu, runs the firm.",
			nil, []rel{{"Saw Eh Kalu", model.FamilyOf, "Naw Mu Lar Paw", ""}}},
		{"a denied marriage is no pair",
			"Lim Heng, who denied being the husband of Sok Dara, was held. Their son, Lim Vuthy, fled.",
			nil, []rel{{"Lim Vuthy", model.FamilyOf, "Sok Dara", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
