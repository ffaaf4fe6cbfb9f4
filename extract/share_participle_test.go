package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestShareParticiple holds the shared-ownership participle ending a description of a firm or
// a site ("Y, a Cambodian company 60 percent owned by X") to sentences it must read and
// sentences where it must stay silent. The names are invented.
func TestShareParticiple(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a share in percent before owned by, after a described firm",
			"The towers were built by Silver Crane Development Co., Ltd., a Cambodian company 70 percent owned by Red Lantern Capital Berhad, which trades in Kuala Lumpur.",
			[]rel{{"Red Lantern Capital Berhad", model.Owns, "Silver Crane Development Co., Ltd.", ""}},
			nil},
		{"a majority held through a relative clause after a firm placed by its registration",
			"The compound is run by Blue Heron Hotel Group Co., Ltd., a company registered in Tachileik that is majority-owned by Aung Min Htet, a former township official.",
			[]rel{{"Aung Min Htet", model.Owns, "Blue Heron Hotel Group Co., Ltd.", ""}},
			nil},
		{"a whole holding with a per cent sign on a site",
			"Police raided Jade Orchid Park, a gated compound in Bavet 51% owned by Golden Reed Holdings Co., Ltd., on Tuesday.",
			[]rel{{"Golden Reed Holdings Co., Ltd.", model.Owns, "Jade Orchid Park", ""}},
			nil},
		{"a wholly owned subsidiary named by its parent",
			"Payments went to Harbour Finch Trading Ltd., a Hong Kong shell company wholly owned by Pravit Somsak.",
			[]rel{{"Pravit Somsak", model.Owns, "Harbour Finch Trading Ltd.", ""}},
			nil},
		{"a share owned by someone's relative is not the possessor's",
			"Payments went to Harbour Finch Trading Ltd., a Hong Kong company 40 percent owned by Pravit Somsak's wife.",
			nil,
			[]rel{{"Pravit Somsak", model.Owns, "Harbour Finch Trading Ltd.", ""}}},
		{"a share of another firm named inside the description is not the first firm's",
			"The land is leased from Harbour Finch Trading Ltd., a supplier to a casino 60 percent owned by Pravit Somsak.",
			nil,
			[]rel{{"Pravit Somsak", model.Owns, "Harbour Finch Trading Ltd.", ""}}},
		{"a share denied is not read",
			"Harbour Finch Trading Ltd., a Hong Kong company, said it was never 60 percent owned by Pravit Somsak.",
			nil,
			[]rel{{"Pravit Somsak", model.Owns, "Harbour Finch Trading Ltd.", ""}}},
		{"owned by a named agent of the owner, not the owner",
			"Payments went to Harbour Finch Trading Ltd., a Hong Kong company majority-owned by a nominee of Pravit Somsak.",
			nil,
			[]rel{{"Pravit Somsak", model.Owns, "Harbour Finch Trading Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}
