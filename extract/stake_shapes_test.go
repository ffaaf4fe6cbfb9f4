package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestStakeShapes holds each rule of stake_shapes.go to sentences it must read and sentences
// where it must stay silent. The names are invented.
func TestStakeShapes(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		// A subsidiary whose head noun takes a modifier.
		{"a subsidiary registered in a place",
			"Teal Lantern Ltd, a Hong Kong-registered subsidiary of Marlin Crest Group, moved the money.",
			[]rel{{"Marlin Crest Group", model.Owns, "Teal Lantern Ltd", ""}},
			nil},
		{"a subsidiary named by a demonym, in a copula",
			"Teal Lantern Ltd is a Cambodian subsidiary of Marlin Crest Group.",
			[]rel{{"Marlin Crest Group", model.Owns, "Teal Lantern Ltd", ""}},
			nil},
		{"an offshore subsidiary in a relative clause",
			"The payments went to Teal Lantern Ltd, which is an offshore subsidiary of Marlin Crest Group.",
			[]rel{{"Marlin Crest Group", model.Owns, "Teal Lantern Ltd", ""}},
			nil},
		{"a rival is no subsidiary",
			"Teal Lantern Ltd, a Cambodian rival of Marlin Crest Group, moved the money.",
			nil,
			[]rel{{"Marlin Crest Group", model.Owns, "Teal Lantern Ltd", ""}}},
		{"a subsidiary's client is not the parent",
			"Teal Lantern Ltd, a client of a Cambodian subsidiary of Marlin Crest Group, moved the money.",
			nil,
			[]rel{{"Marlin Crest Group", model.Owns, "Teal Lantern Ltd", ""}}},
		// What a holder's holdings include.
		{"a stake at the end of a list of holdings",
			"Marlin Crest Group's other holdings include a cement plant in Kampot and a 25 percent stake in Ruby Delta Bank Plc, filings show.",
			[]rel{{"Marlin Crest Group", model.Owns, "Ruby Delta Bank Plc", ""}},
			nil},
		{"a person's holdings",
			"Ouk Samnang's holdings include a 40 percent stake in Ruby Delta Bank Plc, records show.",
			[]rel{{"Ouk Samnang", model.Owns, "Ruby Delta Bank Plc", ""}},
			nil},
		{"subsidiaries listed",
			"Marlin Crest Group's subsidiaries include Teal Lantern Ltd and Ruby Delta Trading Co., Ltd.",
			[]rel{{"Marlin Crest Group", model.Owns, "Teal Lantern Ltd", ""}, {"Marlin Crest Group", model.Owns, "Ruby Delta Trading Co., Ltd.", ""}},
			nil},
		{"clients listed are not holdings",
			"Marlin Crest Group's clients include Teal Lantern Ltd and Ruby Delta Trading Co., Ltd.",
			nil,
			[]rel{{"Marlin Crest Group", model.Owns, "Teal Lantern Ltd", ""}, {"Marlin Crest Group", model.Owns, "Ruby Delta Trading Co., Ltd.", ""}}},
		{"a loan among the holdings is no stake",
			"Marlin Crest Group's assets include a loan to Ruby Delta Bank Plc.",
			nil,
			[]rel{{"Marlin Crest Group", model.Owns, "Ruby Delta Bank Plc", ""}}},
		// A share named before its firm, held by a passive's agent.
		{"a share in words held by a person",
			"Sixty percent of Tierra Blanca Realty Corp. is held by Ouk Samnang.",
			[]rel{{"Ouk Samnang", model.Owns, "Tierra Blanca Realty Corp.", ""}},
			nil},
		{"two shares, the second gapped",
			"60% of Tierra Blanca Realty Corp. is held by Amber Wave Ventures Ltd., a corporation organized in Hong Kong, and 30% by accused Ouk Samnang himself.",
			[]rel{{"Amber Wave Ventures Ltd.", model.Owns, "Tierra Blanca Realty Corp.", ""}, {"Ouk Samnang", model.Owns, "Tierra Blanca Realty Corp.", ""}},
			nil},
		{"a share of a firm's loans is no share of the firm",
			"Sixty percent of the loans of Tierra Blanca Realty Corp. are held by Amber Wave Ventures Ltd.",
			nil,
			[]rel{{"Amber Wave Ventures Ltd.", model.Owns, "Tierra Blanca Realty Corp.", ""}}},
		// The developer of a site in a copula.
		{"the main developer",
			"Marlin Crest Group is the main developer of Blue Heron Park.",
			[]rel{{"Marlin Crest Group", model.Operates, "Blue Heron Park", ""}},
			nil},
		{"a developer's neighbour develops nothing",
			"Marlin Crest Group is a neighbour of the developer of Blue Heron Park.",
			nil,
			[]rel{{"Marlin Crest Group", model.Operates, "Blue Heron Park", ""}}},
		// A second predicate after one that places the subject.
		{"registered in a place and owned",
			"Teal Lantern Ltd is registered in Phnom Penh and is owned by Ouk Samnang.",
			[]rel{{"Ouk Samnang", model.Owns, "Teal Lantern Ltd", ""}},
			nil},
		{"owned by a man's wife and her brother",
			"The company, Teal Lantern Ltd, is registered in Sa Kaeo province and is owned by Ouk Samnang's wife, Chea Dara, and her brother, Chea Visal, filings show.",
			[]rel{{"Chea Dara", model.Owns, "Teal Lantern Ltd", ""}, {"Chea Visal", model.Owns, "Teal Lantern Ltd", ""}},
			[]rel{{"Ouk Samnang", model.Owns, "Teal Lantern Ltd", ""}}},
		{"a site located somewhere and run",
			"Blue Heron Park is located in Bavet and is run by Marlin Crest Group.",
			[]rel{{"Marlin Crest Group", model.Operates, "Blue Heron Park", ""}},
			nil},
		{"a firm placed and then run names no operator of a firm",
			"Teal Lantern Ltd is based in Phnom Penh and is run by Ouk Samnang.",
			nil,
			[]rel{{"Ouk Samnang", model.Operates, "Teal Lantern Ltd", ""}, {"Ouk Samnang", model.Owns, "Teal Lantern Ltd", ""}}},
		{"a site placed and then raided has no owner",
			"Blue Heron Park is located in Bavet and was raided by Marlin Crest Group.",
			nil,
			[]rel{{"Marlin Crest Group", model.Owns, "Blue Heron Park", ""}, {"Marlin Crest Group", model.Operates, "Blue Heron Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
