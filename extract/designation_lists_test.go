package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestDesignationHeadingLists holds the rule of designation_lists.go: names listed under a
// heading such as "Designations" are SANCTIONED_BY the body that designates; the list ends at
// prose; a list under another heading, or with no body said to designate, gives nothing.
func TestDesignationHeadingLists(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a list of names with dashes under 'Designations'",
			"The Office of Foreign Assets Control today designated a network that runs scam centres.\n\nDesignations\n\nZhang Weiming – chairman, Blue Harbor Holdings\n\nBlue Harbor Holdings Co., Ltd.\n\nSapphire Coast Trading LLC – front company",
			[]rel{{"Zhang Weiming", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"Blue Harbor Holdings Co., Ltd.", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"Sapphire Coast Trading LLC", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		{"table cells under 'Individuals and entities sanctioned'",
			"The United Kingdom has sanctioned five parties behind a compound in Koh Kong.\n\nIndividuals and entities sanctioned\n\nName\n\nRole\n\nChea Sophal\n\nDirector, Harbor Crest Development Co., Ltd.\n\nHarbor Crest Development Co., Ltd.\n\nDeveloper of the site",
			[]rel{{"Chea Sophal", model.SanctionedBy, "United Kingdom", ""}, {"Harbor Crest Development Co., Ltd.", model.SanctionedBy, "United Kingdom", ""}}, nil},
		// Precision.
		{"the list ends at the first sentence of prose",
			"The Office of Foreign Assets Control today designated a network that runs scam centres.\n\nDesignations\n\nZhang Weiming – chairman, Blue Harbor Holdings\n\nLi Qiang, a lawyer who represents several of the people named above, said the measures were unfair to his clients.",
			[]rel{{"Zhang Weiming", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, []rel{{"Li Qiang", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a list under a heading of contacts names no one designated",
			"The Office of Foreign Assets Control today designated a network that runs scam centres.\n\nMedia contacts\n\nLi Qiang – press office\n\nAnna Lee – press office",
			nil, []rel{{"Li Qiang", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"Anna Lee", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a designations heading with no body said to designate",
			"The Office of Foreign Assets Control published its annual report.\n\nDesignations\n\nZhang Weiming – chairman, Blue Harbor Holdings",
			nil, []rel{{"Zhang Weiming", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a row led by a place or a description is no party",
			"The Office of Foreign Assets Control today designated a network that runs scam centres.\n\nDesignated persons and entities\n\nTachileik, Burma\n\nChairman, Blue Harbor Holdings",
			nil, []rel{{"Tachileik", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"Blue Harbor Holdings", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestSanctionParentPair holds the passive whose agent is an office named after its parent
// in the possessive.
func TestSanctionParentPair(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"two parties joined by 'and' designated by an office of a department",
			"In 2024, Li Qiang and Silver Dragon International Holdings were designated by the US Treasury Department's Office of Foreign Assets Control.",
			[]rel{{"Li Qiang", model.SanctionedBy, "Office of Foreign Assets Control", ""}, {"Silver Dragon International Holdings", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		{"one party sanctioned on a date by an office of a department",
			"Sapphire Coast Trading LLC was sanctioned in May 2025 by the Treasury's Office of Foreign Assets Control.",
			[]rel{{"Sapphire Coast Trading LLC", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		// Precision.
		{"a party investigated, not designated, by an office of a department",
			"Blue Harbor Holdings was investigated by the US Treasury Department's Office of Foreign Assets Control.",
			nil, []rel{{"Blue Harbor Holdings", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
		{"a party that only met an office",
			"Zhang Weiming met officials of the US Treasury Department's Office of Foreign Assets Control in May.",
			nil, []rel{{"Zhang Weiming", model.SanctionedBy, "Office of Foreign Assets Control", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestSanctionCells holds the rule of sanctionCells: a table's status cell naming who
// sanctioned the party its row opens with.
func TestSanctionCells(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a status cell under the row's name and role",
			"The people behind the park are listed below.\n\nName\n\nRole\n\nStatus\n\nChen Baoli\n\nOwner, Lotus Crest Holdings Ltd.\n\nSanctioned by the United Kingdom, March 2024\n\nLotus Crest Holdings Ltd.\n\nDeveloper of the park\n\nDesignated by the Office of Foreign Assets Control",
			[]rel{{"Chen Baoli", model.SanctionedBy, "United Kingdom", ""}, {"Lotus Crest Holdings Ltd.", model.SanctionedBy, "Office of Foreign Assets Control", ""}}, nil},
		// Precision.
		{"a status cell that names a warrant, not a sanction",
			"The people behind the park are listed below.\n\nChen Baoli\n\nOwner, Lotus Crest Holdings Ltd.\n\nWanted by the Ministry of Public Security",
			nil, []rel{{"Chen Baoli", model.SanctionedBy, "Ministry of Public Security", ""}}},
		{"a sentence of prose that says a body sanctioned someone else",
			"Chen Baoli\n\nSanctioned by the United Kingdom in 2024 was his former partner Li Qiang, who runs a hotel.",
			nil, []rel{{"Chen Baoli", model.SanctionedBy, "United Kingdom", ""}}},
		{"a status cell as the first line",
			"Sanctioned by the United Kingdom\n\nChen Baoli",
			nil, []rel{{"Chen Baoli", model.SanctionedBy, "United Kingdom", ""}}},
	}
	checkRelCases(t, x, cases)
}
