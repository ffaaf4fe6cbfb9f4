package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidTargets holds unraidedSite: a site's possessive names what was raided, unless it
// names a part of the site; a planned, prepared or called-off raid raided nothing.
func TestRaidTargets(t *testing.T) {
	x := newTestExtractor(t)
	raided := func(b string) rel { return rel{"Royal Thai Police", model.Raided, b, ""} }
	checkRelCases(t, x, []relCase{
		// Recall.
		{"a plain raid",
			"Thai police raided Silver Bay Park on Monday.",
			[]rel{raided("Silver Bay Park")}, nil},
		{"a raid on a part of the site",
			"Thai police raided Silver Bay Park's main building on Monday.",
			[]rel{raided("Silver Bay Park")}, nil},
		{"a raid on floors and a wing of the site, through a reference",
			"Silver Bay Park is a hotel and casino. Thai police raided the hotel's ninth to twelfth floors on Monday. Kirin Bay Park was searched too; Thai police raided the resort's east wing.",
			[]rel{raided("Silver Bay Park")}, nil},
		{"a raid carried out after a planned one",
			"Thai police raided Silver Bay Park after months of planning.",
			[]rel{raided("Silver Bay Park")}, nil},
		{"a raid on the site's dorms, office and scam centre",
			"Thai police raided Kirin Bay Park's dorms on Tuesday. Thai police raided Silver Bay Park's scam centre. Thai police raided Golden Reed Park's office.",
			[]rel{raided("Kirin Bay Park"), raided("Silver Bay Park"), raided("Golden Reed Park")}, nil},
		{"a planned raid that went ahead",
			"Thai police planned a raid on Silver Bay Park, and the raid went ahead on Friday.",
			[]rel{raided("Silver Bay Park")}, nil},
		// Precision.
		{"the site's other compound",
			"Thai police raided Kirin Bay Park's other compound, Silver Bay Park.",
			nil, []rel{raided("Kirin Bay Park")}},
		{"the site's owner's house",
			"Thai police raided Kirin Bay Park's owner's house in Bangkok.",
			nil, []rel{raided("Kirin Bay Park")}},
		{"the site's neighbour",
			"Thai police raided Silver Bay Park's neighbour, Kirin Bay Park.",
			nil, []rel{raided("Silver Bay Park")}},
		{"the office of the site's lawyer",
			"Thai police raided the office of Silver Bay Park's lawyer.",
			nil, []rel{raided("Silver Bay Park")}},
		{"a raid planned that never happened",
			"Thai police planned a raid on Silver Bay Park that never happened.",
			nil, []rel{raided("Silver Bay Park")}},
		{"a planned raid called off",
			"A planned raid on Silver Bay Park by Thai police was called off.",
			nil, []rel{raided("Silver Bay Park")}},
		{"a threatened crackdown",
			"Thai police threatened a crackdown on Silver Bay Park.",
			nil, []rel{raided("Silver Bay Park")}},
	})
}
