package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDesignationAuthorityHeadings holds the headings of designation_lists.go that name the
// authority of the designations ("Designated today pursuant to E.O. 13818:", "Sanctioned
// under the Global Human Rights regime:"): each row led by a name below is SANCTIONED_BY the
// body that designates. A heading that says the parties were delisted, not designated or
// later removed, a heading of a list proposed for designation, and prose after the list read
// nothing.
func TestDesignationAuthorityHeadings(t *testing.T) {
	x := newTestExtractor(t)
	const ofac = "Office of Foreign Assets Control"
	sb := func(pairs ...string) []rel {
		var out []rel
		for _, p := range pairs {
			out = append(out, rel{p, model.SanctionedBy, ofac, ""})
		}
		return out
	}
	const lead = "The Office of Foreign Assets Control today designated a network that runs scam centres in Burma.\n\n"
	const rows = "\n\nZhang Weiming\n\nBlue Harbor Holdings Co., Ltd.\n\nSapphire Coast Trading LLC"
	cases := []relCase{
		{"designated today pursuant to an order",
			lead + "Designated today pursuant to E.O. 13818:" + rows,
			sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC"), nil},
		{"designated under an order, no colon",
			lead + "Designated under E.O. 14014" + rows,
			sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC"), nil},
		{"sanctioned under a regime",
			"The United Kingdom has sanctioned five parties behind a compound in Koh Kong.\n\nSanctioned under the Burma regime:\n\nChea Sophal\n\nHarbor Crest Development Co., Ltd.",
			[]rel{{"Chea Sophal", model.SanctionedBy, "United Kingdom", ""}, {"Harbor Crest Development Co., Ltd.", model.SanctionedBy, "United Kingdom", ""}}, nil},
		// Precision.
		{"delisted",
			lead + "Delisted pursuant to E.O. 13818:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"not designated",
			lead + "Not designated under E.O. 13818:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"designated, later removed",
			lead + "Designated under E.O. 13818, later removed:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"proposed for designation",
			lead + "Proposed for designation under E.O. 13818:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"prose after the list",
			lead + "Designated today pursuant to E.O. 13818:\n\nZhang Weiming\n\nLi Qiang, a lawyer who represents several of the people named above, said the measures were unfair to his clients.",
			sb("Zhang Weiming"), sb("Li Qiang")},
	}
	checkRelCases(t, x, cases)
}
