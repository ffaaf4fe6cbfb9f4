package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestHolderClauseRules holds each rule of holder_clauses.go to sentences it must read and
// sentences where it must stay silent. The names are invented.
func TestHolderClauseRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		// A registration aside between the holder and its verb.
		{"a share after an aside of incorporation",
			"Norhill Capital Ltd, incorporated in Hong Kong, holds 65 percent of Sea Lantern Development Co., Ltd., the filings show.",
			[]rel{{"Norhill Capital Ltd", model.Owns, "Sea Lantern Development Co., Ltd.", ""}},
			nil},
		{"a stake after an aside of a place and a year",
			"Kovar Holdings Pte Ltd, registered in Singapore in 2017, owns a controlling stake in Mekong Star Trading Co., Ltd.",
			[]rel{{"Kovar Holdings Pte Ltd", model.Owns, "Mekong Star Trading Co., Ltd.", ""}},
			nil},
		{"a site run after an aside of registration",
			"Rainbow Field Co., Ltd., registered in Vientiane in 2018, runs the Lotus Garden Compound, workers said.",
			[]rel{{"Rainbow Field Co., Ltd.", model.Operates, "Lotus Garden Compound", ""}},
			nil},
		{"an aside before a loan is no holding",
			"Norhill Capital Ltd, incorporated in Hong Kong, lent 65 million dollars to Sea Lantern Development Co., Ltd.",
			nil,
			[]rel{{"Norhill Capital Ltd", model.Owns, "Sea Lantern Development Co., Ltd.", ""}}},
		{"a firm named after a preposition holds nothing",
			"The money went to Norhill Capital Ltd, incorporated in Hong Kong, which holds 65 percent of the market.",
			nil,
			[]rel{{"Norhill Capital Ltd", model.Owns, "Sea Lantern Development Co., Ltd.", ""}}},
		// A list of holders and a plural verb.
		{"three holders with honorifics and a together verb",
			"Police said the suspects, Mrs. Kanya Srisuk, Mr. Preecha Boonmee and Mr. Wichai Thongkham, together hold 51 percent of the shares of Chao Phraya Land Co., Ltd.",
			[]rel{{"Kanya Srisuk", model.Owns, "Chao Phraya Land Co., Ltd.", ""}, {"Preecha Boonmee", model.Owns, "Chao Phraya Land Co., Ltd.", ""}, {"Wichai Thongkham", model.Owns, "Chao Phraya Land Co., Ltd.", ""}},
			nil},
		{"two holders of the whole firm",
			"Records show that Lim Boon Keat and Tan Mei Ling own all of the shares of Pacific Crest Resources Sdn Bhd, the registry shows.",
			[]rel{{"Lim Boon Keat", model.Owns, "Pacific Crest Resources Sdn Bhd", ""}, {"Tan Mei Ling", model.Owns, "Pacific Crest Resources Sdn Bhd", ""}},
			nil},
		{"a list after a preposition holds nothing",
			"The bank lent money to Lim Boon Keat and Tan Mei Ling, who together hold 40 percent of the shares of Pacific Crest Resources Sdn Bhd.",
			nil,
			[]rel{{"Lim Boon Keat", model.Owns, "Pacific Crest Resources Sdn Bhd", ""}}},
		{"a plural verb of something else",
			"Lim Boon Keat and Tan Mei Ling visit 51 percent of the branches of Pacific Crest Resources Sdn Bhd.",
			nil,
			[]rel{{"Tan Mei Ling", model.Owns, "Pacific Crest Resources Sdn Bhd", ""}}},
		// The whole share capital.
		{"the entire share capital of a court party",
			"Azure Peak Holdings Pte Ltd in turn owns the entire share capital of the second defendant, Azure Peak Resort Co., Ltd.",
			[]rel{{"Azure Peak Holdings Pte Ltd", model.Owns, "Azure Peak Resort Co., Ltd.", ""}},
			nil},
		{"the entire staff of a firm is no share",
			"Azure Peak Holdings Pte Ltd in turn trained the entire staff of Azure Peak Resort Co., Ltd.",
			nil,
			[]rel{{"Azure Peak Holdings Pte Ltd", model.Owns, "Azure Peak Resort Co., Ltd.", ""}}},
		// A licence for a site.
		{"the casino licence for a site",
			"Golden Reed Gaming Co., Ltd. holds the casino licence for the Silver Reed Casino Resort, the ministry said.",
			[]rel{{"Golden Reed Gaming Co., Ltd.", model.Operates, "Silver Reed Casino Resort", ""}},
			nil},
		{"a licence in a relative clause after registration",
			"The resort is managed by Golden Reed Gaming Co., Ltd., which is registered in Cambodia and holds the licence for the Silver Reed Casino Resort.",
			[]rel{{"Golden Reed Gaming Co., Ltd.", model.Operates, "Silver Reed Casino Resort", ""}},
			nil},
		{"a regulator that revoked the licence runs nothing",
			"The Gaming Commission revoked the licence for the Silver Reed Casino Resort in May.",
			nil,
			[]rel{{"Gaming Commission", model.Operates, "Silver Reed Casino Resort", ""}}},
		{"an applicant for a licence runs nothing",
			"Golden Reed Gaming Co., Ltd. applied for the casino licence for the Silver Reed Casino Resort.",
			nil,
			[]rel{{"Golden Reed Gaming Co., Ltd.", model.Operates, "Silver Reed Casino Resort", ""}}},
	}
	checkRelCases(t, x, cases)
}
