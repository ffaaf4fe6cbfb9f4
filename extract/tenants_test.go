package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTenants holds the tenant rules of tenants.go to sentences they must read and sentences
// where they must stay silent. The names are invented.
func TestTenants(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"buildings leased to an operator known by a name, the site told before",
			"Police raided Blue Heron Park on Monday. The owner leased the buildings to an operator known as Marlin Crest Holdings, workers said.",
			[]rel{{"Marlin Crest Holdings", model.Operates, "Blue Heron Park", ""}},
			nil},
		{"floors leased, a passive, the tenant described",
			"Police raided Blue Heron Park on Monday. He said the floors were leased to a Chinese-run company, Marlin Crest Holdings, whose manager fled.",
			[]rel{{"Marlin Crest Holdings", model.Operates, "Blue Heron Park", ""}},
			nil},
		{"rented them to, the site in the same sentence",
			"At Blue Heron Park, police arrested Ouk Samnang, owner of the villas, who had rented them to Marlin Crest Holdings.",
			[]rel{{"Marlin Crest Holdings", model.Operates, "Blue Heron Park", ""}},
			nil},
		{"a tenant set off before the name",
			"Survivors described Blue Heron Park. The scam floors were run by a tenant, Marlin Crest Holdings, whose managers handled recruitment.",
			[]rel{{"Marlin Crest Holdings", model.Operates, "Blue Heron Park", ""}},
			nil},
		{"a tenant set off after the name",
			"Survivors described Blue Heron Park. The call centres were run by Marlin Crest Holdings, a tenant that rented three of the buildings.",
			[]rel{{"Marlin Crest Holdings", model.Operates, "Blue Heron Park", ""}},
			nil},
		{"two sites told before: no tenant is placed",
			"Police raided Blue Heron Park and Red Heron Park. The owner leased the buildings to Marlin Crest Holdings.",
			nil,
			[]rel{{"Marlin Crest Holdings", model.Operates, "Blue Heron Park", ""}, {"Marlin Crest Holdings", model.Operates, "Red Heron Park", ""}}},
		{"cars leased to a firm are no site's parts",
			"Police raided Blue Heron Park on Monday. The owner leased three cars to Marlin Crest Holdings.",
			nil,
			[]rel{{"Marlin Crest Holdings", model.Operates, "Blue Heron Park", ""}}},
		{"a site told long before is out of reach",
			"Police raided Blue Heron Park on Monday. The raid lasted hours. Officers left at noon. Later the owner leased the buildings to Marlin Crest Holdings.",
			nil,
			[]rel{{"Marlin Crest Holdings", model.Operates, "Blue Heron Park", ""}}},
		// A site's management handed to a firm, a firm inside, a site run on behalf of a firm.
		{"management contracted to a firm, the site told before",
			"Police raided Blue Heron Park on Monday. Day-to-day management of the gaming floor has been contracted to a Chinese firm, Marlin Crest Holdings.",
			[]rel{{"Marlin Crest Holdings", model.Operates, "Blue Heron Park", ""}},
			nil},
		{"management of the site named in the clause",
			"Police raided Blue Heron Park on Monday. Management of the resort was contracted to Marlin Crest Holdings.",
			[]rel{{"Marlin Crest Holdings", model.Operates, "Blue Heron Park", ""}},
			nil},
		{"catering contracted to a firm is no management",
			"Police raided Blue Heron Park on Monday. Catering was contracted to Marlin Crest Holdings.",
			nil,
			[]rel{{"Marlin Crest Holdings", model.Operates, "Blue Heron Park", ""}}},
		{"the company inside",
			"Police raided Blue Heron Park on Monday. The company inside is called Marlin Crest Holdings.",
			[]rel{{"Marlin Crest Holdings", model.Operates, "Blue Heron Park", ""}},
			nil},
		{"a site run on behalf of a firm",
			"Arrested at Blue Heron Park was Ouk Samnang, who managed the compound on behalf of Marlin Crest Holdings.",
			[]rel{{"Marlin Crest Holdings", model.Operates, "Blue Heron Park", ""}},
			nil},
		{"the fraud operation at a site run on behalf of a firm",
			"Ouk Samnang managed the fraud operation at Blue Heron Park on behalf of Marlin Crest Holdings.",
			[]rel{{"Marlin Crest Holdings", model.Operates, "Blue Heron Park", ""}},
			nil},
		{"a visit on behalf of a firm runs nothing",
			"Ouk Samnang visited Blue Heron Park on behalf of Marlin Crest Holdings.",
			nil,
			[]rel{{"Marlin Crest Holdings", model.Operates, "Blue Heron Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
