package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidJointForms holds the rules of raids_joint.go: a dated passive, a raider's partner,
// an operation a body conducted at a site, a raid of a site by a body, a body that entered a
// site and held people; recall cases and cases where nothing may be read.
func TestRaidJointForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a passive raid with a full date before its agent",
			"Silver Moon Hub was raided on April 2, 2025 by the Bureau of Immigration after a tip.",
			[]rel{{"Bureau of Immigration", model.Raided, "Silver Moon Hub", ""}}, nil},
		{"a passive raid whose agent has a partner",
			"Jade River Park was raided on 9 May, 2025 by the National Bureau of Investigation (NBI) with the support of the Philippine Coast Guard.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Jade River Park", ""}, {"Philippine Coast Guard", model.Raided, "Jade River Park", ""}}, nil},
		{"a body and its partner set off by commas conduct an operation at a site",
			"On the night of 4 March, the Koh Kong Provincial Police, in cooperation with the Immigration Department, conducted an operation at Sea Breeze Resort.",
			[]rel{{"Koh Kong Provincial Police", model.Raided, "Sea Breeze Resort", ""}, {"Immigration Department", model.Raided, "Sea Breeze Resort", ""}}, nil},
		{"an operation conducted by a body and its partner, then the site",
			"Ninety workers were freed in an operation conducted by the Kampot Provincial Police, in cooperation with the Department of Special Investigation, at Ocean Pearl Park.",
			[]rel{{"Kampot Provincial Police", model.Raided, "Ocean Pearl Park", ""}, {"Department of Special Investigation", model.Raided, "Ocean Pearl Park", ""}}, nil},
		{"a raider and a partner joined by a bare 'with' set off by commas",
			"Agents of the National Bureau of Investigation, with the Philippine Coast Guard, raided Harbor Light Hub on Friday.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Harbor Light Hub", ""}, {"Philippine Coast Guard", model.Raided, "Harbor Light Hub", ""}}, nil},
		{"a sweep of a site by a body, the site named by a reference",
			"Hundreds were freed from Yida Garden. They left after a sweep of the compound by the Kachin Independence Army on 2 April.",
			[]rel{{"Kachin Independence Army", model.Raided, "Yida Garden", ""}}, nil},
		{"a raid on a site by a body's troops",
			"The raid on Lotus Bay Park by troops of the Arakan Army freed 40 people.",
			[]rel{{"Arakan Army", model.Raided, "Lotus Bay Park", ""}}, nil},
		{"a body that entered a site and held people there",
			"The National Bureau of Investigation entered Harbor Light Hub at dawn, detaining 200 workers.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Harbor Light Hub", ""}}, nil},
		// Precision.
		{"a body that entered a site to deliver food",
			"The National Bureau of Investigation entered Harbor Light Hub to deliver food to the workers.",
			nil, []rel{{"National Bureau of Investigation", model.Raided, "Harbor Light Hub", ""}}},
		{"a report on a site by a body",
			"A report on Lotus Bay Park by the Arakan Army was published.",
			nil, []rel{{"Arakan Army", model.Raided, "Lotus Bay Park", ""}}},
		{"a site inspected, not raided, with a partner",
			"Silver Moon Hub was inspected on April 2, 2025 by the Bureau of Immigration with the assistance of the Philippine Coast Guard.",
			nil, []rel{{"Bureau of Immigration", model.Raided, "Silver Moon Hub", ""}, {"Philippine Coast Guard", model.Raided, "Silver Moon Hub", ""}}},
		{"a body that conducted a survey at a site",
			"The Immigration Department conducted a survey at Sea Breeze Resort.",
			nil, []rel{{"Immigration Department", model.Raided, "Sea Breeze Resort", ""}}},
		{"a raid by one body with a warrant from another",
			"Jade River Park was raided on 9 May, 2025 by the National Bureau of Investigation with a warrant from the Regional Trial Court of Angeles City.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Jade River Park", ""}}, []rel{{"Regional Trial Court of Angeles City", model.Raided, "Jade River Park", ""}}},
		{"a body named after a partner phrase that only spoke",
			"The Koh Kong Provincial Police, in cooperation with the Immigration Department, said Sea Breeze Resort was empty.",
			nil, []rel{{"Immigration Department", model.Raided, "Sea Breeze Resort", ""}, {"Koh Kong Provincial Police", model.Raided, "Sea Breeze Resort", ""}}},
	}
	checkRelCases(t, x, cases)
}
