package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPlaceTriples covers places told through a town's apposition, brackets, a bare
// apostrophe, a region's capital, a firm's office, a site on a river, and a site named after
// its place; with cases where each must not fire.
func TestPlaceTriples(t *testing.T) {
	x := newTestExtractor(t)
	L := model.LocatedIn
	cases := []relCase{
		{name: "town apposition", text: "Workers were moved to Poipet, a border town in Banteay Meanchey province, in March.",
			want: []rel{{"Poipet", L, "Banteay Meanchey", ""}}},
		{name: "town apposition with a modifier and a bearing", text: "The vans stopped in Mong Pawk, a small trading town in the north of Shan State.",
			want: []rel{{"Mong Pawk", L, "Shan State", ""}}},
		{name: "town in a possessive country's province", text: "He fled to Mae Sot, a border town in Thailand's Tak province, last year.",
			forbid: []rel{{"Mae Sot", L, "Thailand", ""}}},
		{name: "a person's apposition is no town's", text: "Sok Dara, a lawyer in Phnom Penh, said the firm had closed.",
			forbid: []rel{{"Sok Dara", L, "Phnom Penh", ""}}},
		{name: "region in brackets", text: "Twelve workers are still inside a park in Laukkaing (Kokang), the post said.",
			want: []rel{{"Laukkaing", L, "Kokang", ""}}},
		{name: "bare apostrophe of a country", text: "A former deputy governor of Laos' Bokeo province sits on the board.",
			want: []rel{{"Bokeo", L, "Laos", ""}}},
		{name: "a region's capital", text: "The land was leased to a firm registered in Kayin State's capital, Hpa-an, in 2021.",
			want: []rel{{"Hpa-an", L, "Karen State", ""}}},
		{name: "a firm's office in a town", text: "A woman who answered the phone at Golden Reed Trading Co., Ltd.'s office in Myawaddy hung up.",
			want: []rel{{"Golden Reed Trading Co., Ltd.", L, "Myawaddy", ""}}},
		{name: "a firm's town office", text: "Silver Reed Holdings Ltd. runs the site. Staff at Silver Reed Holdings Ltd.'s Hpa-an office declined to comment.",
			want: []rel{{"Silver Reed Holdings Ltd.", L, "Hpa-an", ""}}},
		{name: "a state body's headquarters is no placing", text: "He spoke outside the Royal Thai Police headquarters in Bangkok on Monday.",
			forbid: []rel{{"Royal Thai Police", L, "Bangkok", ""}}},
		{name: "a site on a river, then its district", text: "The Jade Naga Tower, a 30-storey tower on the Mekong in Ton Pheung district, was sealed.",
			want: []rel{{"Jade Naga Tower", L, "Ton Pheung", ""}}, forbid: []rel{{"Mekong", L, "Ton Pheung", ""}}},
		{name: "a site named after its place", text: "My cousin got out of a place in Boten called Lotus Silk Plaza last month.",
			want: []rel{{"Lotus Silk Plaza", L, "Boten", ""}}},
		{name: "a site named after a chain of places", text: "The same group runs a smaller hub in Bagac, Bataan, called Marlin Bay Resort.",
			want: []rel{{"Marlin Bay Resort", L, "Bagac", ""}}},
		{name: "a firm called after a person's town is no placing", text: "A man in Boten called Lotus Silk Plaza on Monday.",
			forbid: []rel{{"Lotus Silk Plaza", L, "Boten", ""}}},
		{name: "a place made a firm's modifier before a business noun", text: "Kuala Lumpur-based contractor Teratai Jaya Construction Berhad lent the money.",
			want: []rel{{"Teratai Jaya Construction Berhad", L, "Kuala Lumpur", ""}}},
		{name: "a listed firm's exchange is no seat", text: "Shenzhen-listed supplier Golden Reed Holdings Ltd. sold the servers.",
			forbid: []rel{{"Golden Reed Holdings Ltd.", L, "Shenzhen", ""}}},
		{name: "a Filipino barangay written with Sta.", text: "Police raided a walled compound in Barangay Sta. Rosa, Capas, on Monday.",
			want: []rel{{"Barangay Sta. Rosa", L, "Capas", ""}}},
		{name: "a site on a town's southern edge", text: "Fighters stormed Jade Orchid Park, a fortified scam compound on the southern edge of Laukkaing, on Sunday.",
			want: []rel{{"Jade Orchid Park", L, "Laukkaing", ""}}},
		{name: "a person on a town's edge is placed by no apposition", text: "They met Chen Bo, a cousin of the governor on the southern edge of Laukkaing.",
			forbid: []rel{{"Chen Bo", L, "Laukkaing", ""}}},
		{name: "a site that sits on a town's edge", text: "The Jade Orchid Resort sits on the southern edge of Bavet.",
			want: []rel{{"Jade Orchid Resort", L, "Bavet", ""}}},
		{name: "a site written with its kind", text: "Soldiers swept the Jade Fern Park casino complex in Ton Pheung district on Saturday.",
			want: []rel{{"Jade Fern Park", L, "Ton Pheung", ""}}},
		{name: "a town in a special region", text: "The report looks at Laukkaing in the Kokang Self-Administered Zone and at Tachileik.",
			want: []rel{{"Laukkaing", L, "Kokang Self-Administered Zone", ""}}},
		{name: "a town between two regions is in neither", text: "The road runs between Mong La and Laukkaing in the Kokang Self-Administered Zone.",
			forbid: []rel{{"Laukkaing", L, "Kokang Self-Administered Zone", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestRegisterOfficesAndHolders covers a register whose place column is headed "Registered
// office" and whose holders column lists shares parted by commas.
func TestRegisterOfficesAndHolders(t *testing.T) {
	filler := strings.Repeat("Investigators matched the company filings against bank records and land titles. ", 6)
	cases := []struct {
		name   string
		html   string
		want   []rel
		forbid []rel
	}{
		{"registered office and major shareholders",
			`<table><tr><th>Company</th><th>Registered office</th><th>Major shareholders</th></tr>
<tr><td>Teak River Logistics Co., Ltd.</td><td>Mae Sot</td><td>Mrs. Pranee Saelim (60%), Kiat Wong Holdings Co., Ltd. (40%)</td></tr></table>`,
			[]rel{{"Teak River Logistics Co., Ltd.", model.LocatedIn, "Mae Sot", ""},
				{"Pranee Saelim", model.Owns, "Teak River Logistics Co., Ltd.", ""},
				{"Kiat Wong Holdings Co., Ltd.", model.Owns, "Teak River Logistics Co., Ltd.", ""}}, nil},
		{"precision: a comma inside a firm's name parts no holder",
			`<table><tr><th>Company</th><th>Shareholders</th></tr>
<tr><td>Teak River Logistics Co., Ltd.</td><td>Kiat Wong Holdings Co., Ltd. (100%)</td></tr></table>`,
			[]rel{{"Kiat Wong Holdings Co., Ltd.", model.Owns, "Teak River Logistics Co., Ltd.", ""}}, nil},
		{"precision: an office column of a table of events places nothing",
			`<table><tr><th>Date</th><th>Registered office</th></tr><tr><td>2024</td><td>Bangkok</td></tr></table>`,
			nil, []rel{{"2024", model.LocatedIn, "Bangkok", ""}}},
	}
	x := newTestExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := layoutText(filler, c.html, "https://press.example.org/release")
			got, _ := analyzeText(t, x, text)
			checkRelations(t, got, c.want, c.forbid)
		})
	}
}
