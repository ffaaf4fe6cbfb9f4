package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestGappedClauses holds each rule of gapping.go to sentences it must read and sentences
// where it must stay silent. The names are invented.
func TestGappedClauses(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		// A passive share chain whose later shares lose the verb.
		{"three holders of a passive share chain",
			"Filings show that Silver Cedar Holdings Corp. is 50 percent owned by Nora Vance, 30 percent by her cousin Tan Wei and 20 percent by their uncle, Aung Ko Ko.",
			[]rel{{"Nora Vance", model.Owns, "Silver Cedar Holdings Corp.", ""}, {"Tan Wei", model.Owns, "Silver Cedar Holdings Corp.", ""}, {"Aung Ko Ko", model.Owns, "Silver Cedar Holdings Corp.", ""}},
			nil},
		{"a chain with percent signs and a holder's apposition",
			"Jade Moon Park was 70% held by Bright Harbour Ltd., a Hong Kong shell, and 30% by Nora Vance.",
			[]rel{{"Nora Vance", model.Owns, "Jade Moon Park", ""}},
			nil},
		{"a later clause with its own subject is no gapped share",
			"Silver Cedar Holdings Corp. is 60 percent owned by Nora Vance, who lent 30 percent to Tan Wei.",
			nil,
			[]rel{{"Tan Wei", model.Owns, "Silver Cedar Holdings Corp.", ""}}},
		{"a share of something else after the chain",
			"Silver Cedar Holdings Corp. is 60 percent owned by Nora Vance, and 40 percent of its staff were hired by Tan Wei.",
			nil,
			[]rel{{"Tan Wei", model.Owns, "Silver Cedar Holdings Corp.", ""}}},
		// An active share clause whose later holders lose the verb and the firm.
		{"holders and shares with the verb left out",
			"Nora Vance holds 55 percent of Silver Cedar Holdings Corp., Tan Wei 25 percent and his wife, Mya Thida, the remaining 20 percent.",
			[]rel{{"Tan Wei", model.Owns, "Silver Cedar Holdings Corp.", ""}, {"Mya Thida", model.Owns, "Silver Cedar Holdings Corp.", ""}},
			nil},
		{"a name after the firm without a share of its own",
			"Nora Vance holds 55 percent of Silver Cedar Holdings Corp., Tan Wei said on Monday.",
			nil,
			[]rel{{"Tan Wei", model.Owns, "Silver Cedar Holdings Corp.", ""}}},
		{"a coordinated name that owns a share of no firm",
			"Nora Vance owns 55 percent of Silver Cedar Holdings Corp. and Tan Wei 40 percent of the votes, the filing shows.",
			nil,
			[]rel{{"Tan Wei", model.Owns, "Silver Cedar Holdings Corp.", ""}}},
		// Kin told inside a share chain.
		{"a kin possessive names the previous holder's relative",
			"Nora Vance holds 55 percent of Silver Cedar Holdings Corp., Mya Thida 25 percent and her husband, Tan Wei, the remaining 20 percent.",
			[]rel{{"Mya Thida", model.FamilyOf, "Tan Wei", ""}},
			[]rel{{"Nora Vance", model.FamilyOf, "Tan Wei", ""}}},
		{"a chain whose first holder is a description",
			"The founder holds 55 percent of the shares, Mya Thida 15 percent and her husband, Chinese national Tan Wei, the remaining 30 percent.",
			[]rel{{"Mya Thida", model.FamilyOf, "Tan Wei", ""}},
			nil},
		{"a possessive that is no kin",
			"Nora Vance holds 55 percent of the shares, Mya Thida 15 percent and her lawyer, Tan Wei, the remaining 30 percent.",
			nil,
			[]rel{{"Mya Thida", model.FamilyOf, "Tan Wei", ""}}},
		// Two participles with one agent.
		{"owned and chaired by one person",
			"Silver Cedar Holdings Corp. is owned and chaired by tycoon Nora Vance, who also advises the ministry.",
			[]rel{{"Nora Vance", model.Owns, "Silver Cedar Holdings Corp.", ""}, {"Nora Vance", model.Directs, "Silver Cedar Holdings Corp.", ""}},
			nil},
		{"built and run by a firm",
			"Jade Moon Park was built and run by Bright Harbour Ltd.",
			[]rel{{"Bright Harbour Ltd.", model.Operates, "Jade Moon Park", ""}},
			nil},
		{"a second participle whose agent is another's possession",
			"Silver Cedar Holdings Corp. was founded and managed by Nora Vance's nephew.",
			nil,
			[]rel{{"Nora Vance", model.Directs, "Silver Cedar Holdings Corp.", ""}}},
	}
	checkRelCases(t, x, cases)
}
