package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestFalseTies holds the guards of false_ties.go: a "whose" clause tells of the name's kin,
// and a partner or investor "for" a firm is not its staff; beside each, a shape that still
// gives the tie.
func TestFalseTies(t *testing.T) {
	x := newTestExtractor(t)
	emp := func(a, b string) []rel { return []rel{{a, model.EmployedBy, b, ""}} }
	checkRelCases(t, x, []relCase{
		// Must fire.
		{"hired by, in a who clause", "Ly Yong Phat, who was hired by Huione Group, owns the O Smach resort.",
			emp("Ly Yong Phat", "Huione Group"), nil},
		{"worked as a driver for", "Sok Pisey worked as a driver for Huione Group before 2020.",
			emp("Sok Pisey", "Huione Group"), nil},
		{"worked for", "Sok Pisey worked for Huione Group before 2020.",
			emp("Sok Pisey", "Huione Group"), nil},
		// Must not fire.
		{"a whose clause about a son", "Ly Yong Phat, whose son was hired by Huione Group, owns the O Smach resort.",
			[]rel{{"Ly Yong Phat", model.Owns, "O Smach", ""}}, emp("Ly Yong Phat", "Huione Group")},
		{"a whose clause about a daughter", "Ly Yong Phat, whose daughter is employed by Huione Group, owns the O Smach resort.",
			nil, emp("Ly Yong Phat", "Huione Group")},
		{"worked as a partner for", "Sok Pisey worked as a partner for Huione Group before 2020.",
			nil, emp("Sok Pisey", "Huione Group")},
		{"worked as an investor for", "Sok Pisey has worked as an investor for Huione Group.",
			nil, emp("Sok Pisey", "Huione Group")},
	})
}

// TestFalseTiesRefs holds the guards on what a reference stands for: a firm's post read back
// to a state body, and a possessive of means read back to the nearer object.
func TestFalseTiesRefs(t *testing.T) {
	x := newTestExtractor(t)
	owns := func(a, b string) rel { return rel{a, model.Owns, b, ""} }
	checkRelCases(t, x, []relCase{
		// Must fire.
		{"its managing director after a firm", "Prince Holding Group was founded in 2015. Its managing director is Mao Dara.",
			[]rel{{"Mao Dara", model.Directs, "Prince Holding Group", ""}}, nil},
		{"through its subsidiary, the agent first", "Prince Holding Group, through its subsidiary Jin Bei Group, owns Lucky Star Company.",
			[]rel{owns("Prince Holding Group", "Jin Bei Group")}, nil},
		{"owns through its subsidiary", "Prince Holding Group owns Lucky Star Company through its subsidiary Jin Bei Group.",
			[]rel{owns("Prince Holding Group", "Lucky Star Company"), owns("Prince Holding Group", "Jin Bei Group")},
			[]rel{owns("Lucky Star Company", "Jin Bei Group")}},
		{"its director after a sanction is the firm's", "The U.S. Treasury's Office of Foreign Assets Control (OFAC) designated Prince Holding Group in October 2025. Its director is Mao Dara.",
			[]rel{{"Mao Dara", model.Directs, "Prince Holding Group", ""}}, []rel{{"Mao Dara", model.Directs, "US Department of the Treasury", ""}}},
		{"its director after a body's own deed", "The Department of Special Investigation froze the accounts in May. Its director, Sok Pisey, said more would follow.",
			[]rel{{"Sok Pisey", model.Directs, "Department of Special Investigation", ""}}, nil},
		// Must not fire.
		{"its managing director after a sanction", "The U.S. Treasury's Office of Foreign Assets Control (OFAC) designated Prince Holding Group, a company owned by Chen Zhi, in October 2025. Its managing director is Tan's wife, Mao Dara.",
			nil, []rel{{"Mao Dara", model.Directs, "US Department of the Treasury", ""}, {"Mao Dara", model.Directs, "Office of Foreign Assets Control", ""}}},
		{"its chief executive after a police raid", "The Royal Thai Police raided the office in March. Its chief executive, Sok Pisey, fled.",
			nil, []rel{{"Sok Pisey", model.Directs, "Royal Thai Police", ""}}},
		{"via its subsidiary", "Huione Group acquired Huione Pay via its subsidiary Lucky Star Company.",
			nil, []rel{owns("Huione Pay", "Lucky Star Company")}},
	})
}

// TestFalseTiesOthers holds three more guards: a raid on a person or another place is not a
// raid on the site named before it; general counsel is a staff post; a "whose" role held by
// a pronoun's kin is not the pronoun's.
func TestFalseTiesOthers(t *testing.T) {
	x := newTestExtractor(t)
	raided := []rel{{"National Bureau of Investigation", model.Raided, "Golden Fortune Resorts World", ""}}
	checkRelCases(t, x, []relCase{
		// Must fire.
		{"a site shut after a raid", "The Golden Fortune compound was shut down after a raid by the NBI in March.", raided, nil},
		{"a site emptied after a raid on its own parts", "The Golden Fortune compound was emptied after a raid by the NBI on its dormitories.", raided, nil},
		{"workers detained where the site was raided", "KK Park, where 200 workers were detained after a raid by the DKBA, stayed shut.",
			[]rel{{"Democratic Karen Benevolent Army", model.Raided, "KK Park", ""}}, nil},
		{"general counsel, possessed", "Huione Group's general counsel, Sok Pisey, declined to comment.",
			[]rel{{"Sok Pisey", model.EmployedBy, "Huione Group", ""}}, nil},
		{"general counsel of", "Sok Pisey, the general counsel of Huione Group, declined to comment.",
			[]rel{{"Sok Pisey", model.EmployedBy, "Huione Group", ""}}, nil},
		{"whose sole shareholder is a name", "Lucky Star Company, whose sole shareholder is Chen Zhi, runs a casino.",
			[]rel{{"Chen Zhi", model.Owns, "Lucky Star Company", ""}}, nil},
		// Must not fire.
		{"arrested after a raid on his apartment", "Li Xiong, who ran the Golden Fortune compound, was arrested in Manila after a raid by the NBI on his apartment.",
			[]rel{{"Li Xiong", model.Operates, "Golden Fortune Resorts World", ""}}, raided},
		{"arrested after a raid", "Li Xiong, who ran the Golden Fortune compound, was arrested after a raid by the NBI.", nil, raided},
		{"a raid on another place", "The Golden Fortune compound stayed open after a raid by the NBI on a villa in Bavet.", nil, raided},
		{"general counsel is no rank", "Sok Pisey, Huione Group's general counsel, declined to comment.",
			[]rel{{"Sok Pisey", model.EmployedBy, "Huione Group", ""}}, []rel{{"Sok Pisey", model.MemberOf, "Huione Group", ""}}},
		{"whose sole shareholder is his wife", "Chen Zhi set up Lucky Star Company, a company whose sole shareholder is his wife, Mao Dara.",
			nil, []rel{{"Chen Zhi", model.Owns, "Lucky Star Company", ""}}},
		{"whose owner is her brother", "Mao Dara registered Lucky Star Company, whose owner is her brother.",
			nil, []rel{{"Mao Dara", model.Owns, "Lucky Star Company", ""}}},
	})
}

// TestFalseTiesAllies holds othersOfBody: a site manned by a body's allies or rivals is not
// guarded by the body, while its own men still make it the guard.
func TestFalseTiesAllies(t *testing.T) {
	x := newTestExtractor(t)
	prot := []rel{{"Democratic Karen Benevolent Army", model.Protects, "KK Park", ""}}
	checkRelCases(t, x, []relCase{
		// Must fire.
		{"manned by the body's soldiers", "The gates of KK Park were manned by the DKBA's soldiers.", prot, nil},
		// Must not fire.
		{"manned by the body's allies", "The gates of KK Park were manned by the DKBA's allies.", nil, prot},
		{"a relative clause, allies", "KK Park, which was manned by the DKBA's allies, lies near Myawaddy.", nil, prot},
		{"soldiers of the body's allies", "The gates of KK Park were manned by soldiers of the DKBA's allies.", nil, prot},
		{"guarded by the army's allies", "KK Park was guarded by the Karen National Army's allies.",
			nil, []rel{{"Karen National Army", model.Protects, "KK Park", ""}}},
	})
}
