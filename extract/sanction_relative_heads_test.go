package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSanctionRelativeHeads holds sanction_relative_heads.go: a relative clause after an
// apposition goes to the names its pronoun can take; when the first name and a name inside
// the apposition both can, neither gets the sanction.
func TestSanctionRelativeHeads(t *testing.T) {
	x := newTestExtractor(t)
	ofac, eu, treas, uk := "Office of Foreign Assets Control", "European Union", "US Department of the Treasury", "United Kingdom"
	sb := model.SanctionedBy
	cases := []relCase{
		// Another name between that the pronoun cannot take: the first name keeps the clause.
		{"whom after a firm in the apposition", "She Zhijiang, chairman of Yatai International Holdings Group, whom the UK sanctioned in 2023, was extradited to China.",
			[]rel{{"She Zhijiang", sb, uk, ""}}, []rel{{"Yatai International Holdings Group", sb, uk, ""}}},
		{"whom after chairman of", "Chen Zhi, chairman of Prince Holding Group, whom OFAC designated in October, is at large.",
			[]rel{{"Chen Zhi", sb, ofac, ""}}, []rel{{"Prince Holding Group", sb, ofac, ""}}},
		{"whom after chairman of Co.", "Zhao Dehai, chairman of Golden Reef Co., whom OFAC designated in 2022, owns the casino.",
			[]rel{{"Zhao Dehai", sb, ofac, ""}}, []rel{{"Golden Reef Co.", sb, ofac, ""}}},
		{"which after a place", "Yatai International Holdings Group, a company registered in Hong Kong, which OFAC designated in 2023, built Shwe Kokko.",
			[]rel{{"Yatai International Holdings Group", sb, ofac, ""}}, nil},
		{"which after a town", "Golden Reef Co., a casino operator in Poipet, which OFAC sanctioned in 2024, runs the site.",
			[]rel{{"Golden Reef Co.", sb, ofac, ""}}, nil},
		{"that after a person in a firm's apposition", "Golden Reef Co., a company chaired by Zhao Dehai, that OFAC designated in 2022, owns the casino.",
			[]rel{{"Golden Reef Co.", sb, ofac, ""}}, []rel{{"Zhao Dehai", sb, ofac, ""}}},
		{"which after a place, passive", "Prince Holding Group, a conglomerate based in Phnom Penh, which was sanctioned by the UK in 2023, denies wrongdoing.",
			[]rel{{"Prince Holding Group", sb, uk, ""}}, nil},
		{"whom after a town", "Zhao Dehai, a businessman from Sihanoukville, whom the EU sanctioned in 2023, owns the casino.",
			[]rel{{"Zhao Dehai", sb, eu, ""}}, nil},
		{"a PRC national, who", "Lin Mei, a PRC national, who was designated by the Treasury Department in 2023, runs the casino.",
			[]rel{{"Lin Mei", sb, treas, ""}}, nil},
		// A name inside the apposition the pronoun cannot take gets nothing from the clause.
		{"which after a person owner", "Golden Reef Co., a company owned by Zhao Dehai, which was designated by OFAC, runs the site.",
			[]rel{{"Golden Reef Co.", sb, ofac, ""}}, []rel{{"Zhao Dehai", sb, ofac, ""}}},
		{"which after a person owner, in 2024", "Golden Reef Co., a company owned by Zhao Dehai, which was designated by OFAC in 2024, operates the compound.",
			[]rel{{"Golden Reef Co.", sb, ofac, ""}}, []rel{{"Zhao Dehai", sb, ofac, ""}}},
		{"which after a founder", "Prince Holding Group, a conglomerate founded by Chen Zhi, which was designated by OFAC, denies wrongdoing.",
			[]rel{{"Prince Holding Group", sb, ofac, ""}}, []rel{{"Chen Zhi", sb, ofac, ""}}},
		{"who after a firm", "Zhao Dehai, a former executive at Golden Reef Co., who was designated by OFAC in 2022, owns the casino.",
			[]rel{{"Zhao Dehai", sb, ofac, ""}}, []rel{{"Golden Reef Co.", sb, ofac, ""}}},
		{"who after a militia", "Zhao Dehai, a partner of the Karen National Army, who was designated by OFAC in 2024, operates the compound.",
			[]rel{{"Zhao Dehai", sb, ofac, ""}}, []rel{{"Karen National Army", sb, ofac, ""}}},
		{"who after a firm, UK", "Zhao Dehai, a partner of Golden Reef Co., who was sanctioned by the United Kingdom in 2023, owns the casino.",
			[]rel{{"Zhao Dehai", sb, uk, ""}}, []rel{{"Golden Reef Co.", sb, uk, ""}}},
		{"which after a person's clause", "Zhao Dehai, who owns Golden Reef Co., which was designated by OFAC, declined to comment.",
			[]rel{{"Golden Reef Co.", sb, ofac, ""}}, []rel{{"Zhao Dehai", sb, ofac, ""}}},
		// A list's last item with a singular verb: the clause is that item's alone.
		{"list, who was", "Zhao Dehai and his daughter Lin Mei, who was designated by OFAC in 2022, own the casino.",
			[]rel{{"Lin Mei", sb, ofac, ""}}, []rel{{"Zhao Dehai", sb, ofac, ""}}},
		{"list, who were", "Chen Zhi and Zhao Dehai, who were designated by OFAC in 2022, own the casino.",
			[]rel{{"Chen Zhi", sb, ofac, ""}, {"Zhao Dehai", sb, ofac, ""}}, nil},
		// A clause both names can take: neither gets it.
		{"an adviser to, who", "Ly Yong Phat, an adviser to Hun Sen, who was designated by OFAC in 2024, owns the O'Smach resort.",
			nil, []rel{{"Ly Yong Phat", sb, ofac, ""}, {"Hun Sen", sb, ofac, ""}}},
		{"the daughter of X of a place, who", "Lin Mei, the daughter of Zhao Dehai of Phnom Penh, who was designated by OFAC in 2022, declined to comment.",
			nil, []rel{{"Lin Mei", sb, ofac, ""}, {"Zhao Dehai", sb, ofac, ""}}},
		{"the daughter of, who", "Lin Mei, the daughter of Zhao Dehai, who was designated by OFAC in 2022, declined to comment.",
			nil, []rel{{"Lin Mei", sb, ofac, ""}, {"Zhao Dehai", sb, ofac, ""}}},
		{"the wife of, who", "Lin Mei, the wife of Zhao Dehai, who was sanctioned by the US Treasury in 2022, is a director of Golden Reef Holdings.",
			nil, []rel{{"Lin Mei", sb, treas, ""}, {"Zhao Dehai", sb, treas, ""}}},
		{"a business partner of, who", "Lin Mei, a business partner of Zhao Dehai, who has been sanctioned by the European Union, declined to comment.",
			nil, []rel{{"Lin Mei", sb, eu, ""}, {"Zhao Dehai", sb, eu, ""}}},
		{"the wife of, whom", "Lin Mei, the wife of Zhao Dehai, whom OFAC sanctioned in 2022, declined to comment.",
			nil, []rel{{"Lin Mei", sb, ofac, ""}, {"Zhao Dehai", sb, ofac, ""}}},
		{"the wife of, that", "Lin Mei, the wife of Zhao Dehai, that OFAC sanctioned in 2022, declined to comment.",
			nil, []rel{{"Lin Mei", sb, ofac, ""}, {"Zhao Dehai", sb, ofac, ""}}},
		{"a unit of, which was", "Golden Reef Co., a unit of Apex Holdings, which was sanctioned by the European Union, runs the site.",
			nil, []rel{{"Golden Reef Co.", sb, eu, ""}, {"Apex Holdings", sb, eu, ""}}},
		{"a subsidiary of X in a place, which", "Golden Reef Co., a subsidiary of Apex Holdings in Phnom Penh, which OFAC sanctioned in 2024, runs the site.",
			nil, []rel{{"Golden Reef Co.", sb, ofac, ""}, {"Apex Holdings", sb, ofac, ""}}},
		{"the operator of a site, which", "Golden Reef Co., the operator of KK Park, which was designated by OFAC in 2024, denies wrongdoing.",
			nil, []rel{{"Golden Reef Co.", sb, ofac, ""}, {"KK Park", sb, ofac, ""}}},
		{"a clause after an arrest", "Police arrested Zhao Dehai, a business partner of Chen Zhi, who was sanctioned by the European Union in 2023.",
			nil, []rel{{"Zhao Dehai", sb, eu, ""}, {"Chen Zhi", sb, eu, ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestSanctionRelativeHeadsOfficial holds the pronoun's choice on an official page.
func TestSanctionRelativeHeadsOfficial(t *testing.T) {
	x := newTestExtractor(t)
	d := model.Document{URL: "https://home.treasury.gov/news/press-releases/x", Kind: "article",
		Text: "Golden Reef Co., a company owned by Zhao Dehai, which was designated by OFAC in 2024, operates the compound."}
	x.Analyze(&d)
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.ID] = e.Name
	}
	firm := false
	for _, r := range d.Relations {
		if r.Predicate == model.SanctionedBy && strings.Contains(names[r.Subject], "Zhao Dehai") {
			t.Errorf("Zhao Dehai SANCTIONED_BY %s from a which-clause", names[r.Object])
		}
		firm = firm || r.Predicate == model.SanctionedBy && names[r.Subject] == "Golden Reef Co."
	}
	if !firm {
		t.Error("Golden Reef Co. lost its SANCTIONED_BY")
	}
}
