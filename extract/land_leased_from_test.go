package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteOnLandLeasedFrom holds the landlord of siteOnLandTail (leases.go): a site built on
// land "leased from" or "rented from" A stands on A's land, so A owns it. A relative of the
// landlord, a denial, a tenant's own lease in a clause of its own, and a body the land was
// leased from with another agent after it give the named person nothing.
func TestSiteOnLandLeasedFrom(t *testing.T) {
	x := newTestExtractor(t)
	w := model.Owns
	checkRelCases(t, x, []relCase{
		{"a person's land", "Jade Garden is built on land leased from Sai Kham Leng, a militia commander.",
			[]rel{{"Sai Kham Leng", w, "Jade Garden", "reported"}}, nil},
		{"a plot rented from a firm, a year between", "Golden Sun Park was built in 2021 on a plot rented from Golden Sun Co., Ltd.",
			[]rel{{"Golden Sun Co., Ltd.", w, "Golden Sun Park", ""}}, nil},
		{"hectares leased from a firm", "Jade Garden sits on 12 hectares leased from Heng Sopheap Investment Co., Ltd.",
			[]rel{{"Heng Sopheap Investment Co., Ltd.", w, "Jade Garden", ""}}, nil},
		{"attributed", "Police said Jade Garden was built on land leased from Sai Kham Leng.",
			[]rel{{"Sai Kham Leng", w, "Jade Garden", "alleged"}}, nil},
		// must not fire
		{"the landlord's brother", "Jade Garden is built on land leased from Sai Kham Leng's brother, Sai Kham Hla.",
			nil, []rel{{"Sai Kham Leng", w, "Jade Garden", ""}}},
		{"a denial", "Jade Garden is not built on land leased from Sai Kham Leng, his lawyer said.",
			nil, []rel{{"Sai Kham Leng", w, "Jade Garden", ""}}},
		{"the lessee is not the landlord", "Jade Garden is built on land leased from the provincial government by Sai Kham Leng.",
			nil, []rel{{"Sai Kham Leng", w, "Jade Garden", ""}}},
		{"the tenant named in a clause of its own", "Jade Garden was built on land that its operator, Golden Sun Co., Ltd., rented from Sai Kham Leng.",
			nil, []rel{{"Golden Sun Co., Ltd.", w, "Jade Garden", ""}}},
	})
}
