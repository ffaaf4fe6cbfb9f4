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
		// Review of round 24: a heading that names another body or a law of another state
		// (on a page whose agent is OFAC), one that says the designation is proposed,
		// pending, timed or asked, and a heading-like line after the rows.
		{"UK authorities",
			lead + "Sanctioned under UK authorities:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"State Department authorities",
			lead + "Designated under State Department authorities:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"Thai law",
			lead + "Sanctioned under Thai law:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"Chinese law",
			lead + "Sanctioned under Chinese law:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"another state's act",
			lead + "Sanctioned under the Thai Anti-Money Laundering Act:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"another body's regime",
			lead + "Sanctioned under the UK's Global Human Rights regime:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"another country's regime, named by its noun",
			lead + "Sanctioned under the Canada sanctions regime:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"another country's law, named by its noun",
			lead + "Sanctioned under the laws of Australia:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"the United Kingdom's regime",
			lead + "Sanctioned under the United Kingdom Global Human Rights regime:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"the European Union",
			lead + "Sanctioned under the European Union regime:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"until a year",
			lead + "Designated under E.O. 13818 until 2024:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"proposed after a dash",
			lead + "Designated under E.O. 13818 — proposed:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"pending",
			lead + "Designated under E.O. 13818, pending:" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"expired",
			lead + "Designated under E.O. 13818 (expired):" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"a question",
			lead + "Designated under E.O. 13818?" + rows,
			nil, sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"an executive order spelt out",
			lead + "Designated pursuant to Executive Order 14014:" + rows,
			sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC"), nil},
		{"a named section of an act",
			lead + "Designated under Section 7031(c):" + rows,
			sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC"), nil},
		{"a named act",
			lead + "Sanctioned under the Global Magnitsky Act:" + rows,
			sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC"), nil},
		{"delistings end the list",
			lead + "Designated today pursuant to E.O. 13818:\n\nZhang Weiming\n\nDelistings\n\nBlue Harbor Holdings Co., Ltd.\n\nSapphire Coast Trading LLC",
			sb("Zhang Weiming"), sb("Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"removed from the SDN List ends the list",
			lead + "Designated today pursuant to E.O. 13818:\n\nZhang Weiming\n\nRemoved from the SDN List:\n\nBlue Harbor Holdings Co., Ltd.\n\nSapphire Coast Trading LLC",
			sb("Zhang Weiming"), sb("Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"not designated ends the list",
			lead + "Designated today pursuant to E.O. 13818:\n\nZhang Weiming\n\nNot designated under E.O. 13818:\n\nBlue Harbor Holdings Co., Ltd.\n\nSapphire Coast Trading LLC",
			sb("Zhang Weiming"), sb("Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC")},
		{"contacts end the list",
			lead + "Designated today pursuant to E.O. 13818:\n\nZhang Weiming\n\nBlue Harbor Holdings Co., Ltd.\n\nContacts\n\nMaria Lopez\n\nSapphire Coast Trading LLC",
			sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd."), sb("Maria Lopez", "Sapphire Coast Trading LLC")},
		{"the plain heading stops at delistings too",
			lead + "Designations\n\nZhang Weiming\n\nDelistings\n\nBlue Harbor Holdings Co., Ltd.\n\nPress contacts:\n\nMaria Lopez",
			sb("Zhang Weiming"), sb("Blue Harbor Holdings Co., Ltd.", "Maria Lopez")},
		{"cells between rows do not end the list",
			lead + "Designated today pursuant to E.O. 13818:\n\nZhang Weiming\n\nChinese national\n\nBlue Harbor Holdings Co., Ltd.\n\nBurma\n\nSapphire Coast Trading LLC",
			sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC"), nil},
		{"a field label between rows does not end the list",
			lead + "Designated today pursuant to E.O. 13818:\n\nZhang Weiming\n\nNationality:\n\nChina\n\nBlue Harbor Holdings Co., Ltd.\n\nAddress:\n\nYangon, Burma\n\nSapphire Coast Trading LLC",
			sb("Zhang Weiming", "Blue Harbor Holdings Co., Ltd.", "Sapphire Coast Trading LLC"), nil},
		{"prose after the list",
			lead + "Designated today pursuant to E.O. 13818:\n\nZhang Weiming\n\nLi Qiang, a lawyer who represents several of the people named above, said the measures were unfair to his clients.",
			sb("Zhang Weiming"), sb("Li Qiang")},
	}
	checkRelCases(t, x, cases)
}
