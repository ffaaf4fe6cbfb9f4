package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRefHeads9: "the group" for a firm written "... Group" (also when the gazetteer files it
// under another name) before a nearer firm that is not one, "He" before a capitalised word
// as a surname, and "its chief executive" as a firm's post, never a site's; with precision
// cases.
func TestRefHeads9(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the group as written, filed under another name",
			"Kings Romans Group built the riverside casino in 2009, with a provincial government holding the rest of the land. The group's chairman, Zhao Wei, lives in Bokeo.",
			[]rel{{"Zhao Wei", model.Directs, "Kings Romans International", ""}}, nil},
		{"the group passes a nearer firm that is no group",
			"Lotus Harbour Group owns three hotels in Kampot. Its property arm, Lotus Harbour Land Co., Ltd., built Pearl Bay Park in 2021. " +
				"Lotus Harbour Land says it only leases the towers. The group also controls Mekong Coin Exchange, a payments firm registered in Dubai.",
			[]rel{{"Lotus Harbour Group", model.Owns, "Mekong Coin Exchange", ""}},
			[]rel{{"Lotus Harbour Land Co., Ltd.", model.Owns, "Mekong Coin Exchange", ""}}},
		{"a nearer firm described as a group stays the group",
			"Lotus Harbour Group owns three hotels in Kampot. Seng Heng Holdings Co., Ltd., a gaming group from Macau, bought a casino in 2021. The group also controls Mekong Coin Exchange, a payments firm registered in Dubai.",
			[]rel{{"Seng Heng Holdings Co., Ltd.", model.Owns, "Mekong Coin Exchange", ""}},
			[]rel{{"Lotus Harbour Group", model.Owns, "Mekong Coin Exchange", ""}}},
		{"He before a capitalised word is a surname",
			"The firm's founder, Zhou Ping, was arrested in Manila. The tower was operated by Sanlin Technology Co., Ltd., whose chairman, He Wenbo, holds most of its shares.",
			nil, []rel{{"Zhou Ping", model.Directs, "Sanlin Technology Co., Ltd.", ""}}},
		{"he as a pronoun still stands for the person before",
			"Zhou Ping founded Sanlin Technology Co., Ltd. in 2015. He also chairs Golden Reed Holdings Ltd., a property firm.",
			[]rel{{"Zhou Ping", model.Directs, "Golden Reed Holdings Ltd.", ""}}, nil},
		{"its chief executive is the firm's after a site's sentence",
			"Jade Harbour Park was developed by Sunrise Orient Group, a company registered in Yangon in 2020. Its chief executive, Wu Haolin, signed the construction contracts.",
			[]rel{{"Wu Haolin", model.Directs, "Sunrise Orient Group", ""}},
			[]rel{{"Wu Haolin", model.Operates, "Jade Harbour Park", ""}}},
		{"its manager after a site's sentence is still the site's",
			"Jade Harbour Park was developed by Sunrise Orient Group, a company registered in Yangon in 2020. Its manager, Wu Haolin, lives on site.",
			[]rel{{"Wu Haolin", model.Operates, "Jade Harbour Park", ""}},
			[]rel{{"Wu Haolin", model.Directs, "Sunrise Orient Group", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestFirmSubject: "the company", "the firm", "the corporation" continue the firm that
// opened the previous sentence, not the firm it named last; with precision cases.
func TestFirmSubject(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the firm after a subject set off by a description",
			"The corporation, Santa Rosa Agri Corp., bought the plot in 2019 and leased it a year later to Jade Wave Outsourcing Inc., the operator of the hub. Carlos Mendoza remains the firm's president.",
			[]rel{{"Carlos Mendoza", model.Directs, "Santa Rosa Agri Corp.", ""}},
			[]rel{{"Carlos Mendoza", model.Directs, "Jade Wave Outsourcing Inc.", ""}}},
		{"the company after a subject that opens the sentence",
			"Golden Reed Holdings Ltd. sold the tower in 2020 to Silver Lake Capital Ltd., a Macau investor. Lim Boon Keat is the company's chairman.",
			[]rel{{"Lim Boon Keat", model.Directs, "Golden Reed Holdings Ltd.", ""}},
			[]rel{{"Lim Boon Keat", model.Directs, "Silver Lake Capital Ltd.", ""}}},
		{"a person as subject leaves the nearest firm",
			"Lim Boon Keat sold the tower in 2020 to Silver Lake Capital Ltd., a Macau investor. Chen Wei is the company's chairman.",
			[]rel{{"Chen Wei", model.Directs, "Silver Lake Capital Ltd.", ""}}, nil},
		{"a firm after an opening phrase is no subject read here",
			"In 2020, according to records, Golden Reed Holdings Ltd. sold the tower to Silver Lake Capital Ltd., a Macau investor. Chen Wei is the company's chairman.",
			nil, []rel{{"Chen Wei", model.Directs, "Golden Reed Holdings Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestItSubsidiary: "it is a subsidiary of X" stands for the firm named before; never for a
// site; with precision cases.
func TestItSubsidiary(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"it after a clause opener",
			"Readers asked who owns Silver Lake Capital Ltd. From what the registry shows, it is a subsidiary of Golden Reed Holdings Ltd., a Macau firm.",
			[]rel{{"Golden Reed Holdings Ltd.", model.Owns, "Silver Lake Capital Ltd.", ""}}, nil},
		{"it is a wholly owned unit of",
			"Silver Lake Capital Ltd. runs the tower's casino floor. It is a wholly owned unit of Golden Reed Holdings Ltd.",
			[]rel{{"Golden Reed Holdings Ltd.", model.Owns, "Silver Lake Capital Ltd.", ""}}, nil},
		{"a site is no subsidiary",
			"Police raided Riverside Pearl Park in May. It is a subsidiary of Golden Reed Holdings Ltd., officials said.",
			nil, []rel{{"Golden Reed Holdings Ltd.", model.Owns, "Riverside Pearl Park", ""}}},
		{"a member of a body is no subsidiary",
			"Silver Lake Capital Ltd. runs the tower's casino floor. It is a member of the Macau Gaming Association.",
			nil, []rel{{"Macau Gaming Association", model.Owns, "Silver Lake Capital Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestHonorificHead: "the tycoon" is the person titled Oknha before a nearer person; with
// precision cases.
func TestHonorificHead(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the tycoon passes a nearer nephew for the Oknha",
			"The company is chaired by Oknha Sok Vanna, who sits in the Senate. His nephew, Sok Dara, runs the leasing office. The tycoon's daughter, Sok Malis, sits on the board of Golden Reed Holdings Ltd.",
			[]rel{{"Sok Vanna", model.FamilyOf, "Sok Malis", ""}}, []rel{{"Sok Dara", model.FamilyOf, "Sok Malis", ""}}},
		{"no Oknha: the nearest person stays the tycoon",
			"The company is chaired by Sok Vanna, who sits in the Senate. The businessman Lim Dara runs the leasing office. The tycoon's daughter, Lim Malis, sits on the board of Golden Reed Holdings Ltd.",
			[]rel{{"Lim Dara", model.FamilyOf, "Lim Malis", ""}}, []rel{{"Sok Vanna", model.FamilyOf, "Lim Malis", ""}}},
		{"an Oknha is no senator",
			"Senator Chea Vibol opened the bridge. Oknha Sok Vanna paid for it. The senator's son, Chea Dara, runs Golden Reed Holdings Ltd.",
			[]rel{{"Chea Vibol", model.FamilyOf, "Chea Dara", ""}}, []rel{{"Sok Vanna", model.FamilyOf, "Chea Dara", ""}}},
	}
	checkRelCasesEitherWay(t, x, cases)
}
