package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSiteOwnerShapes holds two widenings of the site readers to sentences they must read and
// sentences where they must stay silent. The names are invented.
//
//   - a copula before a site's description that places it, then a participle (reOwnDescParticiple,
//     own_shapes.go): "S was a walled compound in L, L, operated by B": B runs S, only when S
//     opens its clause;
//   - a site's possessed owner restated by a name (reOwnerPoss, holdings.go): "S's registered
//     owner, B,": B owns S.
func TestSiteOwnerShapes(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		// A copula before a described site.
		{"a copula, a site placed by two places, operated by",
			"Longhai Park was a walled compound in Myawaddy, Burma, operated by Longhai Park Development Co., Ltd.",
			[]rel{{"Longhai Park Development Co., Ltd.", model.Operates, "Longhai Park", ""}}, nil},
		{"a copula, a firm placed, owned by",
			"Golden Reed Co., Ltd. is a firm in Phnom Penh owned by Lim Chanthy, records show.",
			[]rel{{"Lim Chanthy", model.Owns, "Golden Reed Co., Ltd.", ""}}, nil},
		{"attributed: police said that",
			"Police said that the Longhai Park was a compound in Myawaddy run by Golden Reed Co., Ltd., a local firm.",
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Longhai Park", "alleged"}}, nil},
		{"the site is no subject of the copula",
			"A tower next to Longhai Park is a building in Myawaddy owned by Golden Reed Co., Ltd.",
			nil, []rel{{"Golden Reed Co., Ltd.", model.Owns, "Longhai Park", ""}}},
		{"the post of the site is the subject",
			"The manager of Longhai Park is a company in Myawaddy run by Golden Reed Co., Ltd.",
			nil, []rel{{"Golden Reed Co., Ltd.", model.Operates, "Longhai Park", ""}}},
		{"a negation",
			"Longhai Park was not a compound in Myawaddy run by Golden Reed Co., Ltd.",
			nil, []rel{{"Golden Reed Co., Ltd.", model.Operates, "Longhai Park", ""}}},
		{"a whose clause gives the participle to a part of the site",
			"Longhai Park was a compound in Myawaddy, Burma, whose casino was run by Golden Reed Co., Ltd.",
			nil, []rel{{"Golden Reed Co., Ltd.", model.Operates, "Longhai Park", ""}}},
		{"the running ended",
			"Longhai Park was a casino in Myawaddy, Burma, run by Golden Reed Co., Ltd. until 2019.",
			nil, []rel{{"Golden Reed Co., Ltd.", model.Operates, "Longhai Park", ""}}},
		{"a partner of a firm: the head is another's",
			"Golden Reed Co., Ltd. is a partner of a firm in Phnom Penh owned by Lim Chanthy.",
			nil, []rel{{"Lim Chanthy", model.Owns, "Golden Reed Co., Ltd.", ""}}},
		{"a relative as the agent",
			"Longhai Park was a compound in Myawaddy built by the father of Lim Chanthy.",
			nil, []rel{{"Lim Chanthy", model.Operates, "Longhai Park", ""}, {"Lim Chanthy", model.Owns, "Longhai Park", ""}}},
		// A site's possessed owner restated by a name.
		{"a registered owner restated by a firm",
			"Silver Dune Park's registered owner, Golden Leaf Resort Co., Ltd., declined to comment.",
			[]rel{{"Golden Leaf Resort Co., Ltd.", model.Owns, "Silver Dune Park", ""}}, nil},
		{"the owner phrase inside another post",
			"A relative of his is listed as the director of Silver Dune Park's registered owner, Golden Leaf Resort Co., Ltd.",
			[]rel{{"Golden Leaf Resort Co., Ltd.", model.Owns, "Silver Dune Park", ""}}, nil},
		{"a kin noun of the owner",
			"Silver Dune Park's owner's son, Lim Chanthy, runs a bank.",
			nil, []rel{{"Lim Chanthy", model.Owns, "Silver Dune Park", ""}}},
		{"a description between the post and a later name",
			"Silver Dune Park's owner, a company linked to Lim Chanthy, declined to comment.",
			nil, []rel{{"Lim Chanthy", model.Owns, "Silver Dune Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
