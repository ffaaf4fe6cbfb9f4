package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteApposPlace holds clause_site_places.go: a site's or firm's apposition that places
// it still does so when the site ends a relative clause inserted after another name; the
// words after the clause stay the other name's, and a person's apposition places no one.
func TestSiteApposPlace(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a site ending a 'which' clause, then a verb of the clause's owner",
			"Harbour Star Holdings, which owns Coral Gate Park, a gated compound in Bavet, was fined last year.",
			[]rel{{"Coral Gate Park", model.LocatedIn, "Bavet", ""}},
			[]rel{{"Harbour Star Holdings", model.LocatedIn, "Bavet", ""}}},
		{"a firm ending a 'who' clause",
			"Lim Dara, who chairs Ocean Link Trading Co., Ltd., a fuel supplier company in Koh Kong, denied the claims.",
			[]rel{{"Ocean Link Trading Co., Ltd.", model.LocatedIn, "Koh Kong", ""}}, nil},
		{"a site ending a clause, its apposition closing the sentence",
			"He runs Mekong Arc Holdings, which in turn owns Coral Gate Park, a casino complex in Poipet where hundreds were held.",
			[]rel{{"Coral Gate Park", model.LocatedIn, "Poipet", ""}},
			[]rel{{"Mekong Arc Holdings", model.LocatedIn, "Poipet", ""}}},
		{"a firm ending a 'who' clause, its place made its modifier",
			"The militia is led by Saw Htet, who also owns Kaw Thaung Trading Co., Ltd., the Hpa-an-based conglomerate that holds the land.",
			[]rel{{"Kaw Thaung Trading Co., Ltd.", model.LocatedIn, "Hpa-an", ""}}, nil},
		// Precision.
		{"a person ending a clause, described by a firm's place",
			"Harbour Star Holdings, which hired Chen Bo, a manager at a casino in Bavet, was fined.",
			nil, []rel{{"Harbour Star Holdings", model.LocatedIn, "Bavet", ""}}},
		{"a person ending a clause, with a place-made modifier",
			"Harbour Star Holdings, which hired Chen Bo, the Hpa-an-based broker, was fined.",
			nil, []rel{{"Harbour Star Holdings", model.LocatedIn, "Hpa-an", ""}, {"Chen Bo", model.LocatedIn, "Hpa-an", ""}}},
		{"a site ending a clause, described by what stands near it",
			"Harbour Star Holdings, which owns Coral Gate Park, a gated compound near Bavet, was fined.",
			nil, []rel{{"Coral Gate Park", model.LocatedIn, "Bavet", ""}}},
	}
	checkRelCases(t, x, cases)
}
