package extract

import (
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestFarReferences holds the cross-sentence readings of round 4: the page's one site called
// by its class noun far from its name, a court's one party called "the accused" or
// "Defendant", and a firm's name whose head word stands before its legal form. Each recall
// case has precision cases beside it: two candidates, a wrong type, a description with no
// antecedent at all.
func TestFarReferences(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"the one site named in the page, far back, is what 'the compound' stands for",
			"Jade River Park, a gated block of dormitories in Myawaddy, was emptied last week. " +
				"Rescuers said the workers came from nine countries. Buses took them to the border. " +
				"Families waited for days at the bridge. Most had paid recruiters in cash. " +
				"The compound is operated by Silver Kite Development Co., Ltd., a firm registered in Bangkok.",
			[]rel{{"Silver Kite Development Co., Ltd.", model.Operates, "Jade River Park", ""}}, nil},
		{"the same far back, as the object of a raid",
			"Workers escaped from Copper Hill Resort in March. They walked for two days. A church took them in. " +
				"Aid workers counted ninety people. On Friday, officers of the Tak Provincial Police raided the compound.",
			[]rel{{"Tak Provincial Police", model.Raided, "Copper Hill Resort", ""}}, nil},
		{"two sites named before: the far description stays open",
			"Jade River Park and Copper Hill Resort were emptied last week. Rescuers said the workers came from nine countries. " +
				"Buses took them to the border. Families waited for days at the bridge. Most had paid recruiters in cash. " +
				"The compound is operated by Silver Kite Development Co., Ltd., a firm registered in Bangkok.",
			nil,
			[]rel{{"Silver Kite Development Co., Ltd.", model.Operates, "Jade River Park", ""}, {"Silver Kite Development Co., Ltd.", model.Operates, "Copper Hill Resort", ""}}},
		{"no site named before: 'the compound' is new to the page and stands for nothing",
			"Silver Kite Development Co., Ltd. was registered in Bangkok in 2019. Its accounts were frozen. " +
				"Rescuers said the workers came from nine countries. Buses took them to the border. " +
				"The compound is operated by Silver Kite Development Co., Ltd., officials said.",
			nil, nil},
		{"'the site' is not read far back: it also names a web site",
			"Jade River Park, a gated block of dormitories in Myawaddy, was emptied last week. " +
				"Rescuers said the workers came from nine countries. Buses took them to the border. " +
				"Families waited for days at the bridge. Most had paid recruiters in cash. " +
				"The site is operated by Silver Kite Development Co., Ltd., a firm registered in Bangkok.",
			nil, []rel{{"Silver Kite Development Co., Ltd.", model.Operates, "Jade River Park", ""}}},
		{"the one accused of a judgment is what a later 'the accused' stands for",
			"The accused, Tan Wei Jie, a 31-year-old Malaysian, pleaded guilty to five charges. " +
				"The accused was the sole director of Harbourline Trading Pte. Ltd., a company incorporated in Singapore.",
			[]rel{{"Tan Wei Jie", model.Directs, "Harbourline Trading Pte. Ltd.", ""}}, nil},
		{"a bare, capitalised 'Defendant' opening a clause",
			"Defendant Pham Thu Ha pleaded guilty to one count. From 2020 to 2022, Defendant was employed by Golden Reef Entertainment Co., Ltd., a casino operator.",
			[]rel{{"Pham Thu Ha", model.EmployedBy, "Golden Reef Entertainment Co., Ltd.", ""}}, nil},
		{"two accused: 'the accused' may be either and stands for neither",
			"Accused Lim Boon Keat and accused Rosa Villanueva were convicted. The accused was the president of Bright Star Gaming Inc.",
			nil,
			[]rel{{"Lim Boon Keat", model.Directs, "Bright Star Gaming Inc.", ""}, {"Rosa Villanueva", model.Directs, "Bright Star Gaming Inc.", ""}}},
		{"a party word before a name designates; it is no reference to someone else",
			"The accused, Tan Wei Jie, pleaded guilty. Defendant Ong Kar Wai was the sole director of Harbourline Trading Pte. Ltd.",
			[]rel{{"Ong Kar Wai", model.Directs, "Harbourline Trading Pte. Ltd.", ""}},
			[]rel{{"Tan Wei Jie", model.Directs, "Harbourline Trading Pte. Ltd.", ""}}},
		{"an ordinal party is read by its own rule, not as the one accused",
			"The accused, Tan Wei Jie, pleaded guilty. The Second Accused was the sole director of Harbourline Trading Pte. Ltd.",
			nil,
			[]rel{{"Tan Wei Jie", model.Directs, "Harbourline Trading Pte. Ltd.", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestHeadBeforeLegalForm: "the group" is the firm whose name has "Group" before its legal
// form, not a nearer body of another kind.
func TestHeadBeforeLegalForm(t *testing.T) {
	cases := []struct {
		name string
		head string
		want bool
	}{
		{"Meng Sok Group Co., Ltd.", "group", true},
		{"Harbour Bay Holdings Pte. Ltd.", "holdings", true},
		{"Meng Sok Group Co., Ltd.", "company", false},
		{"Co. Ltd.", "co", false},
		{"Radio Free Asia", "group", false},
	}
	for _, c := range cases {
		ents := []*docEntity{{name: c.name, typ: model.Company}}
		text := c.name + " said."
		cand := candidate{s: 0, e: len(c.name), ent: 0}
		if got := headOf(text, cand, ents, c.head); got != c.want {
			t.Errorf("headOf(%q, %q) = %v, want %v", c.name, c.head, got, c.want)
		}
	}
	if n := legalTail(strings.Fields("meng sok group co., ltd.")); n != 2 {
		t.Errorf("legalTail = %d, want 2", n)
	}
}
