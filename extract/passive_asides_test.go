package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPassiveAsides holds dropPassiveAsides: a passive read across who vouches for it, where
// the first name is, or the class it belongs to; and asides after which nothing may be read.
func TestPassiveAsides(t *testing.T) {
	x := newTestExtractor(t)
	ops := func(a, b string) rel { return rel{a, model.Operates, b, ""} }
	cases := []relCase{
		{"a source's verb inside the relative clause",
			"The recruits were taken to Dragon Reed Park, which the court finds was operated by Yongsheng International Group.",
			[]rel{ops("Yongsheng International Group", "Dragon Reed Park")}, nil},
		{"survivors vouch for the tie: read, and alleged",
			"The recruits were taken to Dragon Reed Park, which survivors say is run by Yongsheng International Group.",
			[]rel{{"Yongsheng International Group", model.Operates, "Dragon Reed Park", model.Alleged}}, nil},
		{"a placed aside before the passive, with a time after the verb",
			"Thaung Reed Park, located in Myawaddy Township, was built beginning in 2021 by Golden Sail Investment Group Co., Ltd.",
			[]rel{ops("Golden Sail Investment Group Co., Ltd.", "Thaung Reed Park")}, nil},
		{"the class the site belongs to",
			"Shwe Reed Garden, one of several compounds operated by Shwe Reed International Group, was searched in February.",
			[]rel{ops("Shwe Reed International Group", "Shwe Reed Garden")}, nil},
		{"a site leased to and run by its tenant; an adverb with hyphens after the verb",
			"Golden Reed Park has been leased to and run by Blue Tide Digital Co., Ltd. since 2019. Pacific Reed Resort is run day-to-day by Pacific Reed Hospitality Co., Ltd.",
			[]rel{ops("Blue Tide Digital Co., Ltd.", "Golden Reed Park"), ops("Pacific Reed Hospitality Co., Ltd.", "Pacific Reed Resort")}, nil},
		{"a two-word adverb of manner after the verb",
			"Golden Reed Park is run de facto by Li Ming.",
			[]rel{ops("Li Ming", "Golden Reed Park")}, nil},
		// Precision.
		{"a hyphenated noun after the verb starts another phrase: its participle's agent is not the verb's",
			"Golden Reed Park was run by ex-employees sacked by Blue Tide Digital Co., Ltd. last year. Shwe Reed Garden was run by ex-soldiers hired by Li Ming.",
			nil, []rel{ops("Blue Tide Digital Co., Ltd.", "Golden Reed Park"), ops("Li Ming", "Shwe Reed Garden")}},
		{"guarded by hyphenated men another trained",
			"Golden Reed Park was guarded by ex-soldiers trained by Colonel Saw Lin.",
			nil, []rel{{"Saw Lin", model.Protects, "Golden Reed Park", ""}, {"Colonel Saw Lin", model.Protects, "Golden Reed Park", ""}}},
		{"a plain noun after the verb has its own participle and agent: no tie to that agent",
			"Golden Reed Park was run by soldiers hired by Li Ming. Silver Bay Park was guarded by men paid by Colonel Saw Lin. Jade Bay Park was raided by police led by Wu Bo.",
			nil, []rel{ops("Li Ming", "Golden Reed Park"), {"Saw Lin", model.Protects, "Silver Bay Park", ""}, {"Wu Bo", model.Raided, "Jade Bay Park", ""}}},
		{"words between the verb and its own 'by' still pass",
			"Golden Reed Park was run solely by Blue Tide Digital Co., Ltd. until 2022.",
			[]rel{ops("Blue Tide Digital Co., Ltd.", "Golden Reed Park")}, nil},
		{"a site leased to one firm and sold by another: no tie to the seller",
			"Golden Reed Park was leased to and later sold by Blue Tide Digital Co., Ltd. in 2019.",
			nil, []rel{ops("Blue Tide Digital Co., Ltd.", "Golden Reed Park")}},
		{"the source's clause says something other than a passive tie",
			"The recruits were taken to Dragon Reed Park, which the court finds was visited by staff of Yongsheng International Group.",
			nil, []rel{ops("Yongsheng International Group", "Dragon Reed Park")}},
		{"a placed aside then a clause on another subject",
			"Thaung Reed Park, located in Myawaddy Township, said workers hired by Golden Sail Investment Group Co., Ltd. were missing.",
			nil, []rel{ops("Golden Sail Investment Group Co., Ltd.", "Thaung Reed Park")}},
		{"a class aside before a visit is no tie",
			"Shwe Reed Garden, one of several compounds visited by staff of Shwe Reed International Group, was searched in February.",
			nil, []rel{ops("Shwe Reed International Group", "Shwe Reed Garden")}},
	}
	checkRelCases(t, x, cases)
}
