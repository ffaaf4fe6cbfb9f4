package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestReferenceChains holds ref_chains.go to sentences where a pronoun stands for something
// the sentence before named only through a reference, and to sentences where the chain must
// not carry. The names are invented.
func TestReferenceChains(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"its after a sentence naming the firm only as the company",
			"Silver Cedar Holdings Corp. built Jade Moon Park. The park is guarded by the Kampot Border Police. " +
				"Tan Wei is listed as the company's finance officer. Its chairman is Nora Vance.",
			[]rel{{"Nora Vance", model.Directs, "Silver Cedar Holdings Corp.", ""}},
			[]rel{{"Nora Vance", model.Directs, "Kampot Border Police", ""}}},
		{"it after a sentence naming the site only as the compound",
			"Police raided Jade Moon Park in Kampot last week. The compound, a walled block of nine towers, stands on the Moei River. " +
				"It is run by Bright Harbour Ltd.",
			[]rel{{"Bright Harbour Ltd.", model.Operates, "Jade Moon Park", ""}},
			nil},
		{"he carried through four sentences",
			"Tan Wei was detained in Kampot on Monday. Police said he had lived in Phnom Penh since 2019. " +
				"He moved to Battambang in 2022. He sold a hotel in Siem Reap. He also chairs Silver Cedar Holdings Corp.",
			[]rel{{"Tan Wei", model.Directs, "Silver Cedar Holdings Corp.", ""}},
			nil},
		{"a nearer sentence naming another firm wins over the chain",
			"Silver Cedar Holdings Corp. built Jade Moon Park. The company's finance officer is Tan Wei. " +
				"Bright Harbour Ltd. supplied the cement. Its chairman is Nora Vance.",
			[]rel{{"Nora Vance", model.Directs, "Bright Harbour Ltd.", ""}},
			[]rel{{"Nora Vance", model.Directs, "Silver Cedar Holdings Corp.", ""}}},
		{"a description never reads through a reference of another head",
			"Kampot Special Economic Zone hosts nine towers. The tallest tower, marketed as Jade Moon Park, was built by " +
				"Silver Cedar Holdings Corp. in 2020. Security inside the zone is handled by Bright Harbour Ltd.",
			[]rel{{"Bright Harbour Ltd.", model.Protects, "Kampot Special Economic Zone", ""}},
			[]rel{{"Bright Harbour Ltd.", model.Protects, "Jade Moon Park", ""}}},
		{"she never stands for a person the text called he",
			"Nora Vance was arrested in Kampot on Monday. She had lived in Phnom Penh since 2019. Tan Wei moved to " +
				"Battambang in 2022. He sold a hotel in Siem Reap. She also chairs Silver Cedar Holdings Corp.",
			nil,
			[]rel{{"Tan Wei", model.Directs, "Silver Cedar Holdings Corp.", ""}}},
		{"she after a he who stood for the one person named",
			"Tan Wei moved to Battambang in 2022. He sold a hotel in Siem Reap. She also chairs Silver Cedar Holdings Corp.",
			nil,
			[]rel{{"Tan Wei", model.Directs, "Silver Cedar Holdings Corp.", ""}}},
	}
	checkRelCases(t, x, cases)
}
