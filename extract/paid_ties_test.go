package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPaidTies holds the shapes of paid_ties.go: payments at a rate and work done together
// between two people, and the same constructions that must give no tie.
func TestPaidTies(t *testing.T) {
	x := newTestExtractor(t)
	assoc := func(a, b string) []rel { return []rel{{a, model.AssociateOf, b, ""}} }
	checkRelCasesEitherWay(t, x, []relCase{
		// Recall: a sum at a rate, a standing payment, work together.
		{"paid a sum for each person", "Chen Zhiwei ran the agency. Xie Haoran paid Chen Zhiwei 1,500 baht for each person delivered.",
			assoc("Xie Haoran", "Chen Zhiwei"), nil},
		{"paid, currency letters after the name", "Chen Zhiwei ran the agency. Xie Haoran paid Chen Zhiwei USD 1,500 for each person delivered.",
			assoc("Xie Haoran", "Chen Zhiwei"), nil},
		{"paid a fee of a sum per recruit", "Records show that Lim Boon Hock paid Arif Hakimi a fee of RM2,000 per recruit.",
			assoc("Lim Boon Hock", "Arif Hakimi"), nil},
		{"had paid a sum for each passenger", "Josefina Dimaculangan had paid Jerome Pacquing ₱30,000 for each passenger allowed through.",
			assoc("Josefina Dimaculangan", "Jerome Pacquing"), nil},
		{"received a sum per month from", "Anusorn Kaewmanee received 40,000 baht per month from Ma Xiaodong.",
			assoc("Anusorn Kaewmanee", "Ma Xiaodong"), nil},
		{"received a monthly commission from", "Since 2022 Nguyen Van Hai has received a monthly commission from Tran Quoc Bao.",
			assoc("Nguyen Van Hai", "Tran Quoc Bao"), nil},
		{"paid monthly sums to", "Heng Sophal has paid monthly sums to Prum Vuthy since 2021.",
			assoc("Heng Sophal", "Prum Vuthy"), nil},
		{"hedged payment", "Police said Lim Hock had reportedly received 40,000 baht a month from Chaiwat Sirimongkol.",
			assoc("Lim Hock", "Chaiwat Sirimongkol"), nil},
		{"has worked with since", "Nguyen Van Tuan had worked with Zhou Peng since 2023.",
			assoc("Nguyen Van Tuan", "Zhou Peng"), nil},
		{"works closely with", "Kevin Tan works closely with Siti Rahmah, an agent in Kuala Lumpur.",
			assoc("Kevin Tan", "Siti Rahmah"), nil},
		// Precision: a single sum, a ransom, a wage, rent, a denial, a negation, another
		// person between, a possessive after the second, a victim, a protection bribe, work
		// done to rescue.
		{"a single sum", "Lim Hock received 14 million baht from Chaiwat Sirimongkol in 2023.",
			nil, assoc("Lim Hock", "Chaiwat Sirimongkol")},
		{"a ransom", "Tan Wei paid Lim Hock 5,000 ringgit as ransom for his brother.",
			nil, assoc("Tan Wei", "Lim Hock")},
		{"a salary at a rate", "Li Wei paid Nguyen Van An a salary of US$800 a month.",
			nil, assoc("Li Wei", "Nguyen Van An")},
		{"rent at a rate", "Lim Hock paid rent of 30,000 baht per month to Chaiwat Sirimongkol.",
			nil, assoc("Lim Hock", "Chaiwat Sirimongkol")},
		{"rent after the rate", "Tan Wei Ming paid Lim Hock 5,000 ringgit a month in rent.",
			nil, assoc("Tan Wei Ming", "Lim Hock")},
		{"denied receiving", "Lim Hock denied receiving monthly payments from Chaiwat Sirimongkol.",
			nil, assoc("Lim Hock", "Chaiwat Sirimongkol")},
		{"never received", "Lim Hock never received monthly payments from Chaiwat Sirimongkol.",
			nil, assoc("Lim Hock", "Chaiwat Sirimongkol")},
		{"did not work with", "Lim Hock did not work with Chaiwat Sirimongkol.",
			nil, assoc("Lim Hock", "Chaiwat Sirimongkol")},
		{"said he had worked with, to rescue", "Lim Hock said he had worked with Chaiwat Sirimongkol to rescue the workers.",
			nil, assoc("Lim Hock", "Chaiwat Sirimongkol")},
		{"worked with to rescue", "Lim Hock has worked with Chaiwat Sirimongkol to rescue the workers.",
			nil, assoc("Lim Hock", "Chaiwat Sirimongkol")},
		{"paid the second's lawyer", "Lim Hock paid Chaiwat Sirimongkol's lawyer US$500 per hour.",
			nil, assoc("Lim Hock", "Chaiwat Sirimongkol")},
		{"worked with the second's brother", "Lim Hock has worked with Chaiwat Sirimongkol's brother since 2020.",
			nil, assoc("Lim Hock", "Chaiwat Sirimongkol")},
		{"another person between", "Lim Hock, who employs Tan Ah Kow, paid Chaiwat Sirimongkol US$500 per month.",
			nil, assoc("Tan Ah Kow", "Chaiwat Sirimongkol")},
		{"the second a victim", "Lim Hock paid Chaiwat Sirimongkol, a victim, US$500 per month.",
			nil, assoc("Lim Hock", "Chaiwat Sirimongkol")},
		{"the first a victim", "The victim Nguyen Van An paid Tan Wei Ming US$2,000 per person for the trip.",
			nil, assoc("Nguyen Van An", "Tan Wei Ming")},
		{"protection bought", "Som Rattana has received regular payments from Ly Vannaroth in exchange for shielding the resort.",
			nil, assoc("Som Rattana", "Ly Vannaroth")},
		{"guards bought", "Heng Sophal has paid monthly sums to Prum Vuthy in exchange for armed soldiers at the gate.",
			nil, assoc("Heng Sophal", "Prum Vuthy")},
	})
}

// TestCurrencyEndsName: a currency's letters before a sum are no part of the name before
// them ("paid Chen Zhiwei US$1,500").
func TestCurrencyEndsName(t *testing.T) {
	x := newTestExtractor(t)
	for _, text := range []string{
		"Xie Haoran paid Chen Zhiwei US$1,500 for each person delivered.",
		"Xie Haoran paid Chen Zhiwei USD 1,500 for each person delivered.",
		"Xie Haoran paid Chen Zhiwei RM 2,000 for each recruit.",
	} {
		_, doc := analyzeText(t, x, text)
		found := false
		for _, e := range doc.Entities {
			if e.Name == "Chen Zhiwei" {
				found = true
			}
			if e.Name == "Chen Zhiwei US" || e.Name == "Chen Zhiwei USD" || e.Name == "Chen Zhiwei RM" {
				t.Errorf("%q: name ran into the currency: %q", text, e.Name)
			}
		}
		if !found {
			t.Errorf("%q: no entity Chen Zhiwei in %v", text, doc.Entities)
		}
	}
}
