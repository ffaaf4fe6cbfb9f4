package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestAppositionHeadTypes types a name by the head noun of the apposition after it, and
// keeps a name whose apposition only uses a site's or a place's word as a modifier.
func TestAppositionHeadTypes(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string // Type:Name
		forbid []string
	}{
		{"a site's word that modifies a person's noun in a one-word name's apposition",
			"The registry shows that Dimaano, a former casino cashier, held the shares for her employer.",
			nil,
			[]string{"Compound:Dimaano"}},
		{"a one-word name whose apposition is headed by a site's word",
			"Workers were held at Jadeport, a casino on the river, for months.",
			[]string{"Compound:Jadeport"},
			nil},
		{"a person-shaped name described as a hub",
			"Investigators froze accounts tied to Silver Crane Technopark, a former offshore gaming hub in Capas.",
			[]string{"Compound:Silver Crane Technopark"},
			[]string{"Person:Silver Crane Technopark"}},
		{"a firm-shaped name described as a walled compound",
			"Sunrise Lakeview Estate, a 12-hectare walled compound in Barangay Dolores, was raided in May.",
			[]string{"Compound:Sunrise Lakeview Estate"},
			[]string{"Company:Sunrise Lakeview Estate"}},
		{"the apposition outweighs a later mention typed by its last word",
			"Soldiers guarded Jade Horse City, a fenced scam compound beside the river. Jade Horse City lies in Kayin State.",
			[]string{"Compound:Jade Horse City"},
			[]string{"Location:Jade Horse City"}},
		{"the stated type decides over several mentions typed by shape",
			"Reef Harbour City, a gated scam development on the coast, opened in 2021. Workers inside Reef Harbour City were beaten. Reef Harbour City lies in Koh Kong.",
			[]string{"Compound:Reef Harbour City"},
			[]string{"Location:Reef Harbour City"}},
		{"a name-shaped place described as a town",
			"The workers were kept at Wan Pong, a town on the Mekong, for three months.",
			[]string{"Location:Wan Pong"},
			[]string{"Person:Wan Pong"}},
		{"a site's word that modifies the head says nothing",
			"Police questioned Chen Weiming, a casino boss from Fujian. Golden Fortune Holdings, a resort developer, denied it.",
			[]string{"Person:Chen Weiming", "Company:Golden Fortune Holdings"},
			[]string{"Compound:Chen Weiming", "Compound:Golden Fortune Holdings"}},
		{"a name-shaped name described as a block of flats or a walled yard",
			"Police sealed off the Jade Orchid, a six-storey block inside the zone. His firm owns the Nam Kaew Depot, a walled yard of warehouses.",
			[]string{"Compound:Jade Orchid", "Compound:Nam Kaew Depot"},
			[]string{"Person:Jade Orchid", "Person:Nam Kaew Depot"}},
		{"a block, a yard or a depot that only modifies a person's noun says nothing",
			"Police questioned Chen Weiming, a block captain in the zone, and Lim Boon Heng, a depot manager, and Sok Dara, a yard worker.",
			[]string{"Person:Chen Weiming", "Person:Lim Boon Heng", "Person:Sok Dara"},
			[]string{"Compound:Chen Weiming", "Compound:Lim Boon Heng", "Compound:Sok Dara"}},
		{"a place's word in a possessive or before a role says nothing",
			"Police detained Nang Kham, the town's mayor, and Sai Leng Hpa, a district official.",
			[]string{"Person:Nang Kham", "Person:Sai Leng Hpa"},
			[]string{"Location:Nang Kham", "Location:Sai Leng Hpa"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}

// TestPossessiveShortForms joins a firm's short form written with a possessive to the firm
// whose name it begins, and leaves a person whose name also begins a firm's.
func TestPossessiveShortForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []struct {
		name   string
		text   string
		want   []string
		forbid []string
	}{
		{"a firm's short form before its possessive",
			"Harbor Zenith Gaming Corp. ran the site. Records show that Harbor Zenith's shares were held by Blue Star Holdings Ltd.",
			[]string{"Company:Harbor Zenith Gaming Corp."},
			[]string{"Person:Harbor Zenith"}},
		{"a listed firm's short form before a post",
			"Lestari Jaya Berhad owns the site. Lestari Jaya's executive chairman, Lim Boon Hock, said it was sold.",
			[]string{"Company:Lestari Jaya Berhad", "Person:Lim Boon Hock"},
			[]string{"Person:Lestari Jaya"}},
		{"a titled person stays a person beside the firm named after her",
			"Senator Rosa Lim denied the claims. Rosa Lim's husband runs Rosa Lim Trading Corp.",
			[]string{"Person:Rosa Lim", "Company:Rosa Lim Trading Corp."},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := model.Document{URL: "https://news.example.org/a", Kind: "article", Text: c.text}
			x.Analyze(&d)
			checkNames(t, entityNames(d), c.want, c.forbid)
		})
	}
}
