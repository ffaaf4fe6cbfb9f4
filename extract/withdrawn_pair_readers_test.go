package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestWithdrawnPairReaders holds the sentences a review found wrongly read by two readers
// withdrawn in round 24 (a sanction phrase in an object relative clause, "which the US
// Treasury placed under sanctions"; and a pronoun pair of partners, "he and Y are business
// partners"), with the precision cases those readers had. No reader may take them: the
// named party must get no relation of the predicate to any other party.
func TestWithdrawnPairReaders(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name, text, party, pred string
	}{
		// The sanction phrase: a relative clause whose head is not the party, bodies that
		// keep a blacklist of another kind, and lifted sanctions.
		{"relative after an owner names the firm",
			"Golden Lotus Co., Ltd. is owned by Ratana Pich, which the US Treasury placed under sanctions in 2024.",
			"Ratana Pich", model.SanctionedBy},
		{"a country's blacklist",
			"Saw Chit Thu, whom Thailand added to its blacklist in 2024, denied any role in the park.",
			"Saw Chit Thu", model.SanctionedBy},
		{"a regulator's blacklist",
			"Lucky South 99 Outsourcing Inc., which PAGCOR added to its blacklist in 2023, ran the hub.",
			"Lucky South 99 Outsourcing Inc.", model.SanctionedBy},
		{"a police list",
			"Huang Tiancheng, whom Interpol added to its consolidated list last year, fled to Dubai.",
			"Huang Tiancheng", model.SanctionedBy},
		{"a legislature",
			"Alice Guo, whom the Philippine Senate imposed sanctions on for contempt, failed to appear.",
			"Alice Guo", model.SanctionedBy},
		{"lifted",
			"The Karen National Army, which the US Treasury placed under sanctions in 2024 before lifting them in 2025, guards the park.",
			"Karen National Army", model.SanctionedBy},
		{"denied",
			"The Karen National Army, which the European Union has not placed under sanctions, guards the park.",
			"Karen National Army", model.SanctionedBy},
		{"threatened",
			"The Karen National Army, which the US Treasury threatened to hit with sanctions, guards the park.",
			"Karen National Army", model.SanctionedBy},
		{"proposed",
			"The Karen National Army, which Britain proposed adding to its sanctions list, guards the park.",
			"Karen National Army", model.SanctionedBy},
		{"a review, no sanction",
			"The Karen National Army, which the US Treasury placed under review in May 2024, guards the park.",
			"Karen National Army", model.SanctionedBy},
		{"removed from the list",
			"The Karen National Army, which the US Treasury removed from its sanctions list in 2025, guards the park.",
			"Karen National Army", model.SanctionedBy},
		{"a possessor's clause names another party",
			"Saw Chit Thu, whose company the US Treasury placed under sanctions in 2024, denied any role in the park.",
			"Saw Chit Thu", model.SanctionedBy},
		{"a site",
			"Shwe Kokko, which the US Treasury placed under sanctions in 2024, lies on the Moei River.",
			"Shwe Kokko", model.SanctionedBy},
		// The pronoun pair: a pronoun that may mean someone other than the nearest person,
		// a pronoun of the other sex, a question left open, and the earlier precision cases.
		{"she is the wife, not the man",
			"Kong Dara's wife owns the hotel, and she and Leong Ka Wai are business partners.",
			"Kong Dara", model.AssociateOf},
		{"he after a woman named",
			"Ms Sok Chanthou owns the land. He and Leong Ka Wai are business partners.",
			"Sok Chanthou", model.AssociateOf},
		{"neither would say",
			"Neither Kong Dara nor his lawyer would say whether he and Leong Ka Wai are partners.",
			"Kong Dara", model.AssociateOf},
		{"two people before the pronoun",
			"Kong Visal met Tan Boon Hock in 2019, and he and Leong Ka Wai are business partners.",
			"Leong Ka Wai", model.AssociateOf},
		{"two people in the sentence before",
			"Kong Visal and Tan Boon Hock met in 2019. He and Leong Ka Wai are business partners.",
			"Leong Ka Wai", model.AssociateOf},
		{"negation",
			"Kong Visal still owns Visal Star Group, and he and Leong Ka Wai are not business partners.",
			"Kong Visal", model.AssociateOf},
		{"another verb after the pair",
			"Kong Visal still owns Visal Star Group, and he and Leong Ka Wai were charged with fraud.",
			"Kong Visal", model.AssociateOf},
		{"co-accused are no partners",
			"Kong Visal was arrested in May; he and Leong Ka Wai are co-accused in the case.",
			"Kong Visal", model.AssociateOf},
		{"a possessor, not the pronoun",
			"Kong Visal says his brother and Leong Ka Wai are business partners.",
			"Kong Visal", model.AssociateOf},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := analyzeText(t, x, c.text)
			for k := range got {
				if k[1] == c.pred && (k[0] == c.party || (c.pred == model.AssociateOf && k[2] == c.party)) {
					t.Errorf("read %v", k)
				}
			}
		})
	}
}
