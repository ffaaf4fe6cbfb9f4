package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestBodyRefPosts holds the posts in a body named earlier by its kind to sentences they must
// read and sentences where they must stay silent. The names are invented.
func TestBodyRefPosts(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a body noun phrase before the post, the body named a sentence earlier",
			"Kampot Provincial Police raided the casino on Monday. Colonel Chan Dara, the provincial police chief, said 40 people were held.",
			[]rel{{"Chan Dara", model.Directs, "Kampot Provincial Police", ""}},
			nil},
		{"a post for the body",
			"The Ministry of Interior ordered the inspection. Keo Sok, a spokesman for the ministry, said it would continue.",
			[]rel{{"Keo Sok", model.EmployedBy, "Ministry of Interior", ""}},
			nil},
		{"a possessive body before the post, in the same sentence",
			"Officers of the Tourist Crimes Division arrested them, said Colonel Somchai Dee, the division's commander.",
			[]rel{{"Somchai Dee", model.Directs, "Tourist Crimes Division", ""}},
			nil},
		{"the last of two bodies that fit, in different sentences",
			"The Royal Thai Police sent a team. The Tak Provincial Police joined it. Somchai Dee, the provincial police chief, said nothing.",
			[]rel{{"Somchai Dee", model.Directs, "Tak Provincial Police", ""}},
			[]rel{{"Somchai Dee", model.Directs, "Royal Thai Police", ""}}},
		{"the post and its body before the person, ranks between",
			"Kampot Provincial Police raided the casino. The provincial police chief, Colonel Chan Dara, said 40 people were held.",
			[]rel{{"Chan Dara", model.Directs, "Kampot Provincial Police", ""}},
			nil},
		{"a possessive body before the post, the body's name qualified by a possessive",
			"The Koh Kong Zone Administrative Committee approved it. Workers accused Bounmy Phom, the vice chairman of the zone's administrative committee, of shielding it.",
			[]rel{{"Bounmy Phom", model.Directs, "Koh Kong Zone Administrative Committee", ""}},
			nil},
		{"words before the person that are no ranks",
			"The Ministry of Interior ordered it. The ministry's spokesman, asked about Keo Sok, said nothing.",
			nil,
			[]rel{{"Keo Sok", model.EmployedBy, "Ministry of Interior", ""}}},
		{"two bodies that fit in one sentence: unclear",
			"The Kampot Provincial Police and the Kep Provincial Police met. Chan Dara, the provincial police chief, spoke.",
			nil,
			[]rel{{"Chan Dara", model.Directs, "Kampot Provincial Police", ""}, {"Chan Dara", model.Directs, "Kep Provincial Police", ""}}},
		{"no body of that kind named",
			"The Ministry of Labour fined the agency. Keo Sok, the provincial police chief, said nothing.",
			nil,
			[]rel{{"Keo Sok", model.Directs, "Ministry of Labour", ""}}},
		{"kin of a post holder holds no post",
			"The Ministry of Labour fined the agency. Nora Vance, the wife of the ministry's driver, complained.",
			nil,
			[]rel{{"Nora Vance", model.EmployedBy, "Ministry of Labour", ""}}},
		{"a body named long before is read through the description when it is the only one of its kind",
			"The Ministry of Interior spoke. A storm came. Roads closed. Schools shut. Shops shut. Keo Sok, a spokesman for the ministry, said so.",
			[]rel{{"Keo Sok", model.EmployedBy, "Ministry of Interior", ""}},
			nil},
		{"two bodies of the kind named long before",
			"The Ministry of Interior spoke. The Ministry of Justice agreed. A storm came. Roads closed. Schools shut. Shops shut. Keo Sok, a spokesman for the ministry, said so.",
			nil,
			[]rel{{"Keo Sok", model.EmployedBy, "Ministry of Interior", ""}, {"Keo Sok", model.EmployedBy, "Ministry of Justice", ""}}},
	}
	checkRelCases(t, x, cases)
}
