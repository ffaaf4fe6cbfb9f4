package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteControlRules holds each rule of site_control.go, the land shapes added to leases.go
// and the shares told through "its" (share_holders.go) to sentences they must read and
// sentences where they must stay silent. The names are invented.
func TestSiteControlRules(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		// Operations and security of a site.
		{"a person who directs a site's operations runs it",
			"Investigators believe Zhang Wei directed day-to-day operations at the Sunrise Bay Resort from a rented house.",
			[]rel{{"Zhang Wei", model.Operates, "Sunrise Bay Resort", ""}},
			nil},
		{"the site's security in the possessive, after an apposition",
			"Its general manager, Chinese national Pan Jie, personally oversees the Golden Moon Resort's internal security.",
			[]rel{{"Pan Jie", model.Operates, "Golden Moon Resort", ""}},
			nil},
		{"in charge of operations",
			"Lim Kok Wai was in charge of operations at the Jade Moon Resort until 2023.",
			[]rel{{"Lim Kok Wai", model.Operates, "Jade Moon Resort", ""}},
			nil},
		{"operations of something at the site are not the site's",
			"Zhang Wei directed operations of a bus company that served the Sunrise Bay Resort.",
			nil,
			[]rel{{"Zhang Wei", model.Operates, "Sunrise Bay Resort", ""}}},
		{"the object of a preposition is not the verb's subject",
			"Workers said orders came from Zhang Wei, who managed security at the Sunrise Bay Resort's gate and the Jade Moon Resort.",
			nil,
			[]rel{{"Zhang Wei", model.Operates, "Jade Moon Resort", ""}}},
		// A subsidiary that runs the site.
		{"a site managed through a subsidiary",
			"Ruby Star Group, whose president is Leong Kam, built the Ruby Star Resort in 2021 and manages it through a local subsidiary, Ruby Star Myawaddy Co., Ltd.",
			[]rel{{"Ruby Star Group", model.Owns, "Ruby Star Myawaddy Co., Ltd.", ""}, {"Ruby Star Myawaddy Co., Ltd.", model.Operates, "Ruby Star Resort", ""}},
			[]rel{{"Leong Kam", model.Operates, "Ruby Star Resort", ""}}},
		{"the speaker does not hold the subsidiary",
			"Ruby Star Group said Mekong Star Co., Ltd. runs the Ruby Star Resort through a local subsidiary, Ruby Star Myawaddy Co., Ltd.",
			nil,
			[]rel{{"Ruby Star Group", model.Owns, "Ruby Star Myawaddy Co., Ltd.", ""}}},
		// A site described before it is named.
		{"a hub described, then named",
			"Lucky Galaxy Tech Solutions Inc. also runs a smaller hub in Bagac, Bataan, called the Bataan Bay Resort.",
			[]rel{{"Lucky Galaxy Tech Solutions Inc.", model.Operates, "Bataan Bay Resort", ""}},
			nil},
		{"a site named after a verb of visiting is not run",
			"Lucky Galaxy Tech Solutions Inc. visited a smaller hub in Bagac called the Bataan Bay Resort.",
			nil,
			[]rel{{"Lucky Galaxy Tech Solutions Inc.", model.Operates, "Bataan Bay Resort", ""}}},
		// Runners named by a description, concessions, builders of a site's buildings.
		{"a quoted role after described as",
			"Huang Wei was described by officials as the \"real boss\" of the Sunrise Bay Resort.",
			[]rel{{"Huang Wei", model.Operates, "Sunrise Bay Resort", ""}},
			nil},
		{"the manager in charge of a site",
			"Police arrested Huang Wei, suspected of being the manager in charge of the Sunrise Bay Resort, on Monday.",
			[]rel{{"Huang Wei", model.Operates, "Sunrise Bay Resort", ""}},
			nil},
		{"described as a victim of the site is no post",
			"Huang Wei was described by officials as a victim of the Sunrise Bay Resort.",
			nil,
			[]rel{{"Huang Wei", model.Operates, "Sunrise Bay Resort", ""}}},
		{"a concession held over a site",
			"Golden Sail Technology Co., Ltd. holds a 50-year concession on the Sunrise Bay Resort.",
			[]rel{{"Golden Sail Technology Co., Ltd.", model.Operates, "Sunrise Bay Resort", ""}},
			nil},
		{"a concession near the site is not over it",
			"Golden Sail Technology Co., Ltd. holds a concession next to the Sunrise Bay Resort.",
			nil,
			[]rel{{"Golden Sail Technology Co., Ltd.", model.Operates, "Sunrise Bay Resort", ""}}},
		{"the builder of a site's buildings",
			"Lucky Star Development Co., Ltd., a local firm, built the Lucky Star Resort's dormitories in 2019.",
			[]rel{{"Lucky Star Development Co., Ltd.", model.Operates, "Lucky Star Resort", ""}},
			nil},
		{"a road to the site's gate is not the site",
			"Lucky Star Development Co., Ltd. built the road to the Lucky Star Resort's gate.",
			nil,
			[]rel{{"Lucky Star Development Co., Ltd.", model.Operates, "Lucky Star Resort", ""}}},
		// Land told in acres, registered to its holder (leases.go).
		{"a site standing on acres owned by a person",
			"Blue River Resort, a walled compound on the Moei River, stands on 40 acres owned by Colonel Saw Ler Wah, a commander.",
			[]rel{{"Saw Ler Wah", model.Owns, "Blue River Resort", ""}},
			nil},
		{"land registered to a person",
			"The Jade Bay Resort, three kilometres south of the town, stands on land registered to Naw Paw Say, the wife of an officer.",
			[]rel{{"Naw Paw Say", model.Owns, "Jade Bay Resort", ""}},
			nil},
		{"land next to the site is not its land",
			"The Jade Bay Resort stands next to a farm whose land is registered to Naw Paw Say.",
			nil,
			[]rel{{"Naw Paw Say", model.Owns, "Jade Bay Resort", ""}}},
		// Shares told through "its" or a possessive (share_holders.go).
		{"a share of its shares",
			"The company, Sovanna Star Development Co., Ltd., was incorporated in Phnom Penh in 2018. According to filings, Chea Sovann holds 70 percent of its shares.",
			[]rel{{"Chea Sovann", model.Owns, "Sovanna Star Development Co., Ltd.", ""}},
			nil},
		{"its shareholders, coordinated, with relative clauses",
			"Inside the zone, the Golden Palace Resort is run by Golden Palace Entertainment Co., Ltd. Its two shareholders are Tep Vannak, who holds 30 percent, and Huang Zhiwen, a Chinese investor from Guangxi, who holds 70 percent.",
			[]rel{{"Tep Vannak", model.Owns, "Golden Palace Entertainment Co., Ltd.", ""}, {"Huang Zhiwen", model.Owns, "Golden Palace Entertainment Co., Ltd.", ""}},
			nil},
		{"a firm's shareholders after an inserted clause",
			"Boten Jinqiao Development Co., Ltd.'s shareholders, the registry shows, were a Lao businessman called Xaysana Vong and his Chinese partner Peng Lixin.",
			[]rel{{"Xaysana Vong", model.Owns, "Boten Jinqiao Development Co., Ltd.", ""}, {"Peng Lixin", model.Owns, "Boten Jinqiao Development Co., Ltd.", ""}},
			nil},
		{"a name after the shareholders are left unnamed",
			"Golden Palace Entertainment Co., Ltd. was fined in 2023. Its shareholders are unknown, and Huang Zhiwen said he had never heard of it.",
			nil,
			[]rel{{"Huang Zhiwen", model.Owns, "Golden Palace Entertainment Co., Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
