package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidSoleSite: "the raid ... led by X" with no raid told before stands for a raid on the
// one site the page has named; two sites, "the operation", or a raid told before only on
// something else (a hotel, a home, "in a separate case") leave the fallback unread.
func TestRaidSoleSite(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"one site named, the raid's leader after a passive",
			"Bay Lotus Complex, the offshore gaming compound in Barangay Santa Lucia, Capas, Tarlac that authorities raided last week, is owned by a senator's partner. Workers described beatings. The raid on May 7 was led by the Preah Sihanouk Provincial Police.",
			[]rel{{"Preah Sihanouk Provincial Police", model.Raided, "Bay Lotus Complex", ""}}, nil},
		{"one site named, the raid by a body in an aside",
			"A hub was raided last year. The landlord leased the site, known as the Porac Lucky Sun compound, to a tenant. The tenant's executive fled before the raid by the Presidential Anti-Organized Crime Commission.",
			[]rel{{"Presidential Anti-Organized Crime Commission", model.Raided, "Porac Lucky Sun", ""}}, nil},
		{"two sites named before: open",
			"Workers moved between Bay Lotus Complex and Silver Moon Park before a raid last year. The raid on May 7 was led by the Preah Sihanouk Provincial Police.",
			nil,
			[]rel{{"Preah Sihanouk Provincial Police", model.Raided, "Bay Lotus Complex", ""}, {"Preah Sihanouk Provincial Police", model.Raided, "Silver Moon Park", ""}}},
		{"'the operation' may be the scam's own: open",
			"Workers said the Jade Harbour compound was crowded. The operation was led by the Kampot Provincial Police.",
			nil, []rel{{"Kampot Provincial Police", model.Raided, "Jade Harbour", ""}}},
		{"no raid spoken of before: open",
			"Workers at the Jade Harbour compound were freed in May. The raid by the Tak Provincial Police followed complaints.",
			nil, []rel{{"Tak Provincial Police", model.Raided, "Jade Harbour", ""}}},
		{"a raid told before on a hotel: open",
			"Police raided a hotel in Manila last year. The Golden Fortune compound in Bavet remains open, residents say. The raid was led by the National Bureau of Investigation.",
			nil, []rel{{"National Bureau of Investigation", model.Raided, "Golden Fortune", ""}}},
		{"a raid told before on a home, in a separate case: open",
			"Workers fled the Golden Fortune compound in Bavet in March. In a separate case, police raided the home of a local lawyer. The raid was led by the Provincial Police Commissariat of Svay Rieng.",
			nil, []rel{{"Provincial Police Commissariat of Svay Rieng", model.Raided, "Golden Fortune", ""}}},
		{"the site named only after the raid: open",
			"The raid on May 7 was led by the Preah Sihanouk Provincial Police. Bay Lotus Complex stands across the street.",
			nil, []rel{{"Preah Sihanouk Provincial Police", model.Raided, "Bay Lotus Complex", ""}}},
	})
}
